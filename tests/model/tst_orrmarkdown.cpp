// The review as Markdown: the decision, what blocks it, waivers, every
// answer with its evidence, and calculations with their numbers.
#include "report/orrmarkdown.h"

#include "golden.h"

#include <QTest>

using namespace closeloop;

namespace {

const QDate kToday(2026, 11, 22);

ReviewContext sample()
{
    ReviewContext c;
    c.service.name = QStringLiteral("ledger");
    c.service.tier = 1;
    c.set.name = QStringLiteral("Core");
    Axiom cap;
    cap.id = 1;
    cap.key = QStringLiteral("CAP-1");
    cap.area = QStringLiteral("Capacity");
    cap.statement = QStringLiteral("Losing one AZ leaves enough capacity | for peak");
    cap.launchBlocking = true;
    cap.checkKind = CheckKind::Calculator;
    cap.calculator = QStringLiteral("az-capacity");
    Axiom mon = cap;
    mon.id = 2;
    mon.key = QStringLiteral("MON-7");
    mon.area = QStringLiteral("Monitoring");
    mon.statement = QStringLiteral("Errors are alarmed per AZ");
    mon.launchBlocking = false;
    mon.calculator.clear();
    mon.checkKind = CheckKind::YesNo;
    c.axioms = { { 1, cap }, { 2, mon } };
    c.current = { cap, mon };

    c.review.kind = ReviewKind::Annual;
    c.review.reviewDate = kToday;
    c.review.reviewerId = 10;
    c.review.participantIds = { 10, 11 };
    OrrAnswer a1;
    a1.axiomId = 1;
    a1.state = AnswerState::NotMet;
    a1.calculatorInputs = QStringLiteral(R"({"peak":12000,"margin":0.2,"capacity":[9000,4000,4000]})");
    OrrAnswer a2;
    a2.axiomId = 2;
    a2.state = AnswerState::Waived;
    a2.waiver = Waiver { 0, QStringLiteral("Per-AZ dashboards ship in Q1"), 12, kToday.addDays(40), QStringLiteral("Canary per AZ"), {} };
    Evidence e;
    e.kind = EvidenceKind::Link;
    e.url = QStringLiteral("https://wiki.example.com/alarms");
    e.text = QStringLiteral("Alarm inventory");
    e.collectedOn = kToday;
    a2.evidence = { e };
    c.review.answers = { a1, a2 };
    return c;
}

const QHash<Id, QString> kPeople { { 10, QStringLiteral("Ana") }, { 11, QStringLiteral("Ben") }, { 12, QStringLiteral("Quinn") } };

} // namespace

class TestOrrMarkdown : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void inProgressReviewSaysWhatBlocks()
    {
        const QString md = orrReviewToMarkdown(sample(), kPeople, kToday);
        QVERIFY(md.startsWith(QStringLiteral("# ORR: ledger — Annual recertification")));
        QVERIFY(md.contains(QStringLiteral("| Participants | Ana, Ben |")));
        QVERIFY(md.contains(QStringLiteral("Not signed off yet. 1 launch-blocking axioms do not hold today.")));
        QVERIFY(md.contains(QStringLiteral("### Launch-blocking axioms that do not hold")));
        QVERIFY(md.contains(QStringLiteral("| CAP-1 | Losing one AZ leaves enough capacity \\| for peak | Not met |")));
        QVERIFY(md.contains(QStringLiteral("| MON-7 | Per-AZ dashboards ship in Q1 | Quinn | 2027-01-01 | Canary per AZ |")));
        QVERIFY(md.contains(QStringLiteral("[Alarm inventory](https://wiki.example.com/alarms) (2026-11-22)")));
        // The worked example from orr-axioms.md: losing the first AZ leaves 8,000 < 14,400.
        QVERIFY(md.contains(QStringLiteral("### CAP-1: fail.")));
        QVERIFY2(md.contains(QStringLiteral("14,400")), qPrintable(md));
        CLOSELOOP_COMPARE_GOLDEN(QStringLiteral("orr-review.md"), md);
    }

    void signedReviewShowsTheDecision()
    {
        ReviewContext c = sample();
        c.review.status = ReviewStatus::SignedOff;
        c.review.decision = ReviewDecision::NoGo;
        c.review.decisionOwnerId = 12;
        c.review.signedAt = QDateTime(kToday, QTime(15, 30), Qt::UTC);
        c.review.decisionNotes = QStringLiteral("Come back with the third AZ.");
        const QString md = orrReviewToMarkdown(c, kPeople, kToday);
        QVERIFY(md.contains(QStringLiteral("**No go**, decided by Quinn and signed off 2026-11-22 15:30 UTC.")));
        QVERIFY(md.contains(QStringLiteral("Come back with the third AZ.")));
        QVERIFY(!md.contains(QStringLiteral("Not signed off yet")));
    }
};

QTEST_GUILESS_MAIN(TestOrrMarkdown)
#include "tst_orrmarkdown.moc"
