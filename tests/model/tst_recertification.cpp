// Recertification due dates: annual after sign-off, earlier when a waiver
// expires or evidence passes its axiom's maximum age.
#include "orr/recertification.h"

#include <QTest>

using namespace closeloop;

namespace {

const QDate kToday(2026, 11, 22);

Service service(Id id, const QString &name, int interval = 365)
{
    Service s;
    s.id = id;
    s.name = name;
    s.recertIntervalDays = interval;
    return s;
}

OrrReview signedReview(Id id, Id serviceId, const QDate &on)
{
    OrrReview r;
    r.id = id;
    r.serviceId = serviceId;
    r.status = ReviewStatus::SignedOff;
    r.reviewDate = on;
    r.signedAt = QDateTime(on, QTime(12, 0), Qt::UTC);
    return r;
}

} // namespace

class TestRecertification : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dueDates()
    {
        QHash<Id, Axiom> axioms;
        Axiom forecast;
        forecast.key = QStringLiteral("CAP-8");
        forecast.maxEvidenceAgeDays = 92;
        axioms.insert(10, forecast);
        Axiom alarms;
        alarms.key = QStringLiteral("MON-4");
        axioms.insert(11, alarms);

        OrrReview annual = signedReview(1, 1, QDate(2026, 3, 1));
        OrrReview older = signedReview(2, 1, QDate(2025, 3, 1)); // superseded
        OrrReview waived = signedReview(3, 2, QDate(2026, 6, 1));
        OrrAnswer w;
        w.axiomId = 11;
        w.state = AnswerState::Waived;
        w.waiver = Waiver { 0, QStringLiteral("Per-AZ metrics ship in Q1"), 5, QDate(2026, 12, 31), {}, {} };
        waived.answers.append(w);
        OrrReview stale = signedReview(4, 3, QDate(2026, 9, 1));
        OrrAnswer e;
        e.axiomId = 10;
        e.state = AnswerState::Met;
        e.answeredAt = QDateTime(QDate(2026, 8, 1), QTime(9, 0), Qt::UTC);
        Evidence doc;
        doc.collectedOn = QDate(2026, 8, 20);
        e.evidence.append(doc);
        stale.answers.append(e);
        OrrReview inProgress = signedReview(5, 4, QDate(2026, 10, 1));
        inProgress.status = ReviewStatus::InProgress;

        const QList<RecertificationDue> due = recertificationDue(
            { service(1, QStringLiteral("checkout")), service(2, QStringLiteral("identity")), service(3, QStringLiteral("search")),
              service(4, QStringLiteral("payments")), service(5, QStringLiteral("archive"), 180) },
            { annual, older, waived, stale, inProgress, signedReview(6, 5, QDate(2026, 1, 1)) }, axioms, kToday);
        QCOMPARE(due.size(), 5);
        QHash<QString, RecertificationDue> by;
        for (const RecertificationDue &d : due)
            by.insert(d.serviceName, d);
        QCOMPARE(by[QStringLiteral("checkout")].due, QDate(2027, 3, 1));
        QCOMPARE(by[QStringLiteral("checkout")].lastReviewId, Id(1));
        QCOMPARE(by[QStringLiteral("checkout")].reason, QStringLiteral("annual recertification"));
        QCOMPARE(by[QStringLiteral("identity")].due, QDate(2026, 12, 31));
        QCOMPARE(by[QStringLiteral("identity")].reason, QStringLiteral("the waiver of MON-4 expires"));
        QCOMPARE(by[QStringLiteral("search")].due, QDate(2026, 8, 20).addDays(92));
        QVERIFY(by[QStringLiteral("search")].reason.contains(QStringLiteral("CAP-8 passes its maximum age of 92 days")));
        QCOMPARE(by[QStringLiteral("payments")].due, kToday); // only an unsigned review
        QCOMPARE(by[QStringLiteral("payments")].lastSignedOn, std::nullopt);
        QCOMPARE(by[QStringLiteral("archive")].due, QDate(2026, 1, 1).addDays(180));
        QVERIFY(by[QStringLiteral("archive")].isOverdue(kToday));
        for (int i = 1; i < due.size(); ++i)
            QVERIFY(due.at(i - 1).due <= due.at(i).due); // soonest first
    }
};

QTEST_GUILESS_MAIN(TestRecertification)
#include "tst_recertification.moc"
