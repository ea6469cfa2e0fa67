// Next year's review starts from a copy of the last, asking again only what
// changed; the diff says what moved between the two.
#include "orr/reviewcycle.h"

#include <QTest>

using namespace closeloop;

namespace {

const QDate kToday(2026, 11, 22);

Axiom axiom(Id id, const char *key, int version)
{
    Axiom a;
    a.id = id;
    a.key = QString::fromLatin1(key);
    a.version = version;
    a.statement = QStringLiteral("Statement of %1").arg(a.key);
    return a;
}

OrrAnswer answer(Id axiomId, AnswerState state)
{
    OrrAnswer a;
    a.id = axiomId * 10;
    a.axiomId = axiomId;
    a.state = state;
    return a;
}

} // namespace

class TestReviewCycle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nextYearAsksOnlyWhatChanged()
    {
        const QList<Axiom> old { axiom(1, "CAP-1", 1), axiom(2, "MON-4", 1), axiom(3, "DEP-3", 1), axiom(4, "OVL-5", 1) };
        const QList<Axiom> current { axiom(1, "CAP-1", 1), axiom(2, "MON-4", 1), axiom(3, "DEP-3", 1), axiom(14, "OVL-5", 2), axiom(15, "NEW-1", 1) };
        QHash<Id, Axiom> all;
        for (const Axiom &a : old + current)
            all.insert(a.id, a);

        OrrReview last;
        last.id = 7;
        last.serviceId = 3;
        last.participantIds = { 1, 2 };
        OrrAnswer cap = answer(1, AnswerState::Met);
        cap.calculatorInputs = QStringLiteral(R"({"capacity":[7350,7350,7350],"margin":0.2,"peak":12000})");
        Evidence e;
        e.id = 99;
        e.text = QStringLiteral("Capacity model, tab 3");
        cap.evidence.append(e);
        OrrAnswer mon = answer(2, AnswerState::Waived);
        mon.waiver = Waiver { 5, QStringLiteral("Ships in Q1"), 9, kToday.addDays(60), {}, {} };
        OrrAnswer dep = answer(3, AnswerState::Waived);
        dep.waiver = Waiver { 6, QStringLiteral("Pipeline rework"), 9, kToday.addDays(-10), {}, {} };
        last.answers = { cap, mon, dep, answer(4, AnswerState::Met) };

        const OrrReview next = nextReviewFrom(last, all, current, ReviewKind::Annual, kToday);
        QCOMPARE(next.previousReviewId, Id(7));
        QCOMPARE(next.serviceId, Id(3));
        QCOMPARE(next.kind, ReviewKind::Annual);
        QCOMPARE(next.participantIds, last.participantIds);
        QCOMPARE(next.answers.size(), 5);
        QCOMPARE(next.answers[0].state, AnswerState::Met); // unchanged axiom: carried
        QCOMPARE(next.answers[0].evidence.size(), 1);
        QCOMPARE(next.answers[0].evidence[0].id, Id(0)); // a copy, not the old row
        QCOMPARE(next.answers[0].id, Id(0));
        QCOMPARE(next.answers[1].state, AnswerState::Waived); // waiver still in force
        QCOMPARE(next.answers[2].state, AnswerState::Unanswered); // expired waiver: decide again
        QCOMPARE(next.answers[3].axiomId, Id(14));
        QCOMPARE(next.answers[3].state, AnswerState::Unanswered); // revised axiom: asked again
        QCOMPARE(next.answers[4].state, AnswerState::Unanswered); // new axiom

        OrrReview answered = next;
        answered.answers[0].calculatorInputs = QStringLiteral(R"({"capacity":[7350,7350,7350],"margin":0.2,"peak":15000})");
        answered.answers[2].state = AnswerState::Met;
        const ReviewDiff d = diffReviews(last, answered, all, kToday);
        QCOMPARE(d.answers.size(), 2);
        QCOMPARE(d.answers[0].key, QStringLiteral("DEP-3"));
        QCOMPARE(d.answers[0].what, QStringLiteral("Waived → Met"));
        QCOMPARE(d.answers[1].what, QStringLiteral("Met → Unanswered")); // OVL-5, asked again after its revision
        QCOMPARE(d.axioms.size(), 2);
        QCOMPARE(d.axioms[0].key, QStringLiteral("NEW-1"));
        QCOMPARE(d.axioms[1].what, QStringLiteral("revised from version 1 to 2"));
        QCOMPARE(d.waivers.size(), 1);
        QVERIFY(d.waivers[0].what.startsWith(QStringLiteral("the waiver expired on")));
        QCOMPARE(d.inputs.size(), 1);
        QCOMPARE(d.inputs[0].what, QStringLiteral("peak 12000 → 15000"));
        QVERIFY(diffReviews(last, last, all, kToday).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReviewCycle)
#include "tst_reviewcycle.moc"
