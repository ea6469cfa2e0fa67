// ORR answer rules and the sign-off summary: evidence, reasons, waivers
// approved from outside the team with a future expiry, and unanswered
// counting as not met.
#include "orr/reviewrules.h"

#include <QTest>

using namespace closeloop;

namespace {

const QDate kToday(2026, 11, 22);

Axiom axiom(const char *key, bool blocking, std::optional<int> maxAge = std::nullopt)
{
    Axiom a;
    a.key = QString::fromLatin1(key);
    a.launchBlocking = blocking;
    a.maxEvidenceAgeDays = maxAge;
    return a;
}

OrrAnswer answer(Id axiomId, AnswerState state)
{
    OrrAnswer a;
    a.axiomId = axiomId;
    a.state = state;
    return a;
}

} // namespace

class TestReviewRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void answerProblems_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("notes");
        QTest::addColumn<QDate>("evidenceDate");
        QTest::addColumn<qint64>("approver");
        QTest::addColumn<QDate>("expiry");
        QTest::addColumn<QString>("problem"); // empty: no problem
        const QDate none;
        QTest::newRow("met with a note") << int(AnswerState::Met) << QStringLiteral("Dashboard reviewed") << none << qint64(0) << none << QString();
        QTest::newRow("met without evidence") << int(AnswerState::Met) << QString() << none << qint64(0) << none << QStringLiteral("without evidence");
        QTest::newRow("stale evidence") << int(AnswerState::Met) << QString() << kToday.addDays(-400) << qint64(0) << none << QStringLiteral("older than the 365 days");
        QTest::newRow("fresh evidence") << int(AnswerState::Met) << QString() << kToday.addDays(-30) << qint64(0) << none << QString();
        QTest::newRow("n/a without reason") << int(AnswerState::NotApplicable) << QString() << none << qint64(0) << none << QStringLiteral("say why");
        QTest::newRow("waiver by the team") << int(AnswerState::Waived) << QString() << none << qint64(7) << kToday.addDays(60) << QStringLiteral("outside the team");
        QTest::newRow("waiver expired") << int(AnswerState::Waived) << QString() << none << qint64(9) << kToday.addDays(-1) << QStringLiteral("not in the future");
        QTest::newRow("waiver expiring today") << int(AnswerState::Waived) << QString() << none << qint64(9) << kToday << QStringLiteral("not in the future");
        QTest::newRow("good waiver") << int(AnswerState::Waived) << QString() << none << qint64(9) << kToday.addDays(90) << QString();
        QTest::newRow("not met") << int(AnswerState::NotMet) << QString() << none << qint64(0) << none << QString();
    }

    void answerProblems()
    {
        QFETCH(int, state);
        QFETCH(QString, notes);
        QFETCH(QDate, evidenceDate);
        QFETCH(qint64, approver);
        QFETCH(QDate, expiry);
        QFETCH(QString, problem);
        OrrAnswer a = answer(1, AnswerState(state));
        a.notes = notes;
        if (evidenceDate.isValid()) {
            Evidence e;
            e.kind = EvidenceKind::Link;
            e.url = QStringLiteral("https://wiki.example.com/restore-test");
            e.collectedOn = evidenceDate;
            a.evidence.append(e);
        }
        if (AnswerState(state) == AnswerState::Waived)
            a.waiver = Waiver { 0, QStringLiteral("Per-AZ metrics ship next quarter"), approver, expiry, QStringLiteral("Regional alarm at 1 %"), {} };
        const QStringList problems = closeloop::answerProblems(a, axiom("DR-2", true, 365), { 7, 8 }, kToday);
        if (problem.isEmpty())
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('|'))));
        else
            QVERIFY2(problems.join(QLatin1Char('|')).contains(problem), qPrintable(problems.join(QLatin1Char('|'))));
    }

    void signOffCountsUnansweredAsNotMet()
    {
        const QHash<Id, Axiom> axioms { { 1, axiom("CAP-1", true) }, { 2, axiom("MON-4", false) }, { 3, axiom("DEP-3", true) },
                                        { 4, axiom("OVL-5", false) }, { 5, axiom("GOV-3", true) } };
        OrrReview r;
        r.answers = { answer(1, AnswerState::Met), answer(2, AnswerState::NotMet), answer(3, AnswerState::Unanswered),
                      answer(4, AnswerState::Waived), answer(5, AnswerState::Waived) };
        r.answers[3].waiver = Waiver { 0, QStringLiteral("r"), 9, kToday.addDays(30), {}, {} };
        r.answers[4].waiver = Waiver { 0, QStringLiteral("r"), 9, kToday.addDays(-2), {}, {} };
        const SignOffSummary s = signOffSummary(r, axioms, kToday);
        QCOMPARE(s.total, 5);
        QCOMPARE(s.answered, 4);
        QCOMPARE(s.blocking.size(), 2); // DEP-3 unanswered, GOV-3's waiver expired
        QCOMPARE(s.blocking.at(0).axiomId, Id(3));
        QCOMPARE(s.blocking.at(1).axiomId, Id(5));
        QCOMPARE(s.notHolding.size(), 3);
        QCOMPARE(s.waivers.size(), 1);
        QCOMPARE(s.expiredWaivers.size(), 1);
        QVERIFY(!s.canGo());
        r.answers[2].state = AnswerState::Met;
        r.answers[4].waiver->expiresOn = kToday;
        QVERIFY(signOffSummary(r, axioms, kToday).canGo()); // a waiver holds through its expiry day
    }
};

QTEST_GUILESS_MAIN(TestReviewRules)
#include "tst_reviewrules.moc"
