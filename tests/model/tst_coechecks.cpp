// The rules a COE is held to: thought-experiment answers, the impact
// window's order, completeness by section, proposed action items and the
// workflow's gates.
#include "coe/answerrules.h"
#include "coe/coechecks.h"
#include "coe/coeworkflow.h"
#include "coefixtures.h"

#include <QTest>

using namespace closeloop;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

QList<CoeField> fieldsOf(const QList<CoeCheck> &checks)
{
    QList<CoeField> fields;
    for (const CoeCheck &c : checks)
        fields << c.field;
    return fields;
}

test::CoeCast fakeCast()
{
    return { 1, 2, 3, 4 };
}

QList<ReviewCheck> allYes()
{
    QList<ReviewCheck> answers;
    for (const ReviewQuestion &q : reviewQuestions())
        answers.append({ QString::fromLatin1(q.key), true, {}, std::nullopt, {} });
    return answers;
}

} // namespace

class TestCoeChecks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void thoughtExperimentAnswers_data()
    {
        QTest::addColumn<int>("experiment");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("mentions");
        const int ttd = int(ThoughtExperiment::HalveTtd);
        const int blast = int(ThoughtExperiment::HalveBlastRadius);
        QTest::newRow("empty") << ttd << "" << false << "Answer the question";
        QTest::newRow("spaces") << ttd << "   \n " << false << "Answer the question";
        QTest::newRow("n/a") << ttd << "n/a" << false << "is not an answer";
        QTest::newRow("N/A.") << ttd << "N/A." << false << "is not an answer";
        QTest::newRow("nothing") << ttd << "Nothing" << false << "is not an answer";
        QTest::newRow("none!") << blast << "none!" << false << "is not an answer";
        QTest::newRow("no mechanism") << ttd << "We should have been faster at noticing" << false << "Name a mechanism";
        QTest::newRow("too short") << ttd << "Canary." << false << "Say what you would build";
        QTest::newRow("alarm threshold") << ttd << "A tighter alarm threshold on p99 latency" << true << "";
        QTest::newRow("plural matches") << ttd << "Synthetic canaries hitting checkout every minute" << true << "";
        QTest::newRow("new metric") << ttd << "Publish a metric for rejected payments and alarm on it" << true << "";
        QTest::newRow("detection words do not halve blast") << blast << "A tighter threshold on the latency graph" << false << "cut the impact";
        QTest::newRow("cells") << blast << "Split the fleet into cells of 5% of customers" << true << "";
        QTest::newRow("zonal deploy") << blast << "Deploy one AZ at a time with a bake" << true << "";
        QTest::newRow("emoji and RTL") << blast << QStringLiteral("🚨 خلايا: split into cells per region") << true << "";
    }

    void thoughtExperimentAnswers()
    {
        QFETCH(int, experiment);
        QFETCH(QString, answer);
        QFETCH(bool, ok);
        QFETCH(QString, mentions);
        const AnswerCheck check = checkThoughtExperimentAnswer(ThoughtExperiment(experiment), answer);
        QCOMPARE(check.ok, ok);
        if (!ok)
            QVERIFY2(check.message.contains(mentions), qPrintable(check.message));
        else
            QVERIFY(!check.mechanisms.isEmpty());
    }

    void impactWindowOrder()
    {
        Coe c = test::completeCoe(fakeCast());
        QVERIFY(validateCoeFields(c, kNow).isEmpty());
        c.detected = test::nepalTime(1, 40); // ten minutes before the impact started
        const QList<CoeCheck> checks = validateCoeFields(c, kNow);
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.first().field, CoeField::Detected);
        QVERIFY2(checks.first().message.contains(QStringLiteral("10 min before start of impact")), qPrintable(checks.first().message));
    }

    void mitigatedAfterResolvedIsFlaggedOnce()
    {
        Coe c = test::completeCoe(fakeCast());
        c.resolved = test::nepalTime(2, 30);
        const QList<CoeCheck> checks = validateCoeFields(c, kNow);
        QCOMPARE(fieldsOf(checks), QList<CoeField> { CoeField::Resolved });
    }

    void timesInTheFuture()
    {
        Coe c = test::completeCoe(fakeCast());
        c.resolved = Instant::fromUtc(kNow.addDays(1), 0);
        const QList<CoeCheck> checks = validateCoeFields(c, kNow);
        QCOMPARE(fieldsOf(checks), QList<CoeField> { CoeField::Resolved });
        QVERIFY(checks.first().message.contains(QStringLiteral("in the future")));
    }

    void impossibleNumbers()
    {
        Coe c = test::completeCoe(fakeCast());
        c.customersAffected = 100;
        c.customersTotal = 10;
        c.failedRequestShare = 1.5;
        QCOMPARE(fieldsOf(validateCoeFields(c, kNow)), (QList<CoeField> { CoeField::CustomersAffected, CoeField::FailedRequestShare }));
    }

    void emptyCoeListsEverySectionInOrder()
    {
        Coe c;
        const QList<CoeCheck> checks = completenessCheck(c, {}, kNow);
        QVERIFY(hasBlocking(checks));
        QList<CoeSection> sections;
        for (const CoeCheck &check : checks)
            if (sections.isEmpty() || sections.last() != check.section)
                sections << check.section;
        QCOMPARE(sections, (QList<CoeSection> { CoeSection::Header, CoeSection::Summary, CoeSection::Timeline, CoeSection::Detection,
                                                 CoeSection::Resolution, CoeSection::BlastRadius, CoeSection::Whys,
                                                 CoeSection::ActionItems, CoeSection::Lessons }));
        for (CoeField f : impactWindowFields())
            QVERIFY(fieldsOf(checks).contains(f));
    }

    void completeCoePasses()
    {
        const test::CoeCast cast = fakeCast();
        const QList<CoeCheck> checks = completenessCheck(test::completeCoe(cast), test::completeActions(cast), kNow);
        QVERIFY2(!hasBlocking(checks), qPrintable(checks.isEmpty() ? QString() : checks.first().message));
    }

    // A root cause that blames a person cannot go to review; blame in the
    // middle of the chain is pointed out; a reviewer's written reason
    // lets a finding stand.
    void blameLeavesBlockSubmission()
    {
        const test::CoeCast cast = fakeCast();
        Coe c = test::completeCoe(cast);
        const QList<ActionItem> items = test::completeActions(cast);
        auto whyMessages = [&] {
            QStringList out;
            for (const CoeCheck &k : completenessCheck(c, items, kNow))
                if (k.field == CoeField::Whys)
                    out << QStringLiteral("%1:%2").arg(k.level == CoeCheck::Level::Blocking ? QStringLiteral("block") : QStringLiteral("advice"), k.message);
            return out;
        };
        QVERIFY(whyMessages().isEmpty());

        c.whys.last().answer = QStringLiteral("The on-call engineer deployed to every AZ at once.");
        QStringList m = whyMessages();
        QCOMPARE(m.size(), 1);
        QVERIFY2(m.first().startsWith(QStringLiteral("block:")) && m.first().contains(QStringLiteral("blames a person")), qPrintable(m.first()));
        QVERIFY(m.first().contains(QStringLiteral("What allowed this action to have this effect?")));
        QVERIFY(hasBlocking(completenessCheck(c, items, kNow)));

        // The next why under it: the blame answer is now mid-chain.
        c.whys.append({ -4, c.whys.last().id, 0, QStringLiteral("What allowed this action to have this effect?"), QString(), {}, std::nullopt });
        m = whyMessages();
        QCOMPARE(m.size(), 2);
        QVERIFY(m.contains(QStringLiteral("block:A why is still unanswered: answer it or remove it.")));
        QVERIFY(std::any_of(m.cbegin(), m.cend(), [](const QString &s) { return s.startsWith(QStringLiteral("advice:")) && s.contains(QStringLiteral("not the person")); }));
        c.whys.last().answer = QStringLiteral("The deploy pipeline had no stage that limited a change to one AZ.");
        m = whyMessages();
        QCOMPARE(m.size(), 1);
        QVERIFY(m.first().startsWith(QStringLiteral("advice:")));
        QVERIFY(!hasBlocking(completenessCheck(c, items, kNow)));

        // A blame leaf with a reviewer's reason stands.
        c.whys.removeLast();
        QVERIFY(hasBlocking(completenessCheck(c, items, kNow)));
        c.whys.last().overrideReason = QStringLiteral("Quoted from the customer's report; the next COE covers the pipeline.");
        c.whys.last().overrideBy = cast.reviewer;
        QVERIFY(!hasBlocking(completenessCheck(c, items, kNow)));
    }

    void weakOnlyRootCauseFixesBlock()
    {
        const test::CoeCast cast = fakeCast();
        const Coe c = test::completeCoe(cast);
        QList<ActionItem> items = test::completeActions(cast);
        ActionItem training = items.first();
        training.id = -9;
        training.title = QStringLiteral("Train engineers to double-check the region");
        training.type = ActionType::Process;
        training.addresses = ActionTarget::RootCause;
        items << training;
        const auto weakFinding = [&] {
            for (const CoeCheck &k : completenessCheck(c, items, kNow))
                if (k.message.contains(QStringLiteral("only by weak items")))
                    return k.level == CoeCheck::Level::Blocking;
            return false;
        };
        QVERIFY(weakFinding());
        ActionItem guard = training;
        guard.id = -10;
        guard.title = QStringLiteral("Make the deploy tool refuse a region it was not given");
        guard.type = ActionType::Prevent;
        items << guard;
        QVERIFY(!weakFinding());

        items.last().title = QStringLiteral("Investigate stuff");
        const QList<CoeCheck> checks = completenessCheck(c, items, kNow);
        QVERIFY(std::any_of(checks.cbegin(), checks.cend(), [](const CoeCheck &k) {
            return k.level == CoeCheck::Level::Advice && k.message.contains(QStringLiteral("Investigate stuff")) && k.message.contains(QStringLiteral("done state"));
        }));
    }

    void thoughtExperimentsNeedAnActionOrAReason()
    {
        const test::CoeCast cast = fakeCast();
        Coe c = test::completeCoe(cast);
        QList<CoeCheck> checks = completenessCheck(c, { test::completeActions(cast).at(1) }, kNow);
        QCOMPARE(fieldsOf(checks), QList<CoeField> { CoeField::HalveTtdNoActionReason });
        c.halveTtdNoActionReason = QStringLiteral("The alarm already exists; it was muted by mistake and is tracked elsewhere.");
        QVERIFY(!hasBlocking(completenessCheck(c, { test::completeActions(cast).at(1) }, kNow)));
    }

    void customerDetectionAndMissingRunbookProposeActions()
    {
        const test::CoeCast cast = fakeCast();
        Coe c = test::completeCoe(cast);
        c.detectionMethod = DetectionMethod::CustomerReport;
        c.noRunbook = true;
        c.runbookUrl.clear();
        QList<ActionItem> items = test::completeActions(cast);
        const QList<ActionItem> proposals = proposedActionItems(c, items);
        QCOMPARE(proposals.size(), 2);
        QCOMPARE(proposals.at(0).addresses, ActionTarget::DetectionGap);
        QCOMPARE(proposals.at(0).type, ActionType::Detect);
        QCOMPARE(proposals.at(1).addresses, ActionTarget::RunbookGap);
        QCOMPARE(completenessCheck(c, items, kNow).size(), 2);

        for (ActionItem p : proposals) {
            p.ownerId = cast.author;
            p.due = QDate(2026, 6, 1);
            items << p;
        }
        QVERIFY(proposedActionItems(c, items).isEmpty());
        QVERIFY(!hasBlocking(completenessCheck(c, items, kNow)));
    }

    void submitNeedsNoBlockingFinding()
    {
        const test::CoeCast cast = fakeCast();
        Coe c = test::completeCoe(cast);
        QVERIFY(checkSubmit(c, test::completeActions(cast), kNow).ok());
        c.lessons.clear();
        const Status s = checkSubmit(c, test::completeActions(cast), kNow);
        QVERIFY(!s.ok());
        QVERIFY(s.errorMessage().contains(QStringLiteral("1 finding")));
    }

    void approvalRules()
    {
        const test::CoeCast cast = fakeCast();
        Coe c = test::completeCoe(cast);
        QVERIFY(!checkApprove(c, cast.reviewer, allYes()).ok()); // still a draft
        c.status = CoeStatus::InReview;
        QVERIFY(checkApprove(c, cast.author, allYes()).errorMessage().contains(QStringLiteral("You wrote this COE")));
        QVERIFY(checkApprove(c, cast.other, allYes()).errorMessage().contains(QStringLiteral("assigned to another reviewer")));
        QList<ReviewCheck> answers = allYes();
        answers[2].passed = false;
        QVERIFY(checkApprove(c, cast.reviewer, answers).errorMessage().contains(QStringLiteral("Five Whys")));
        QVERIFY(checkApprove(c, cast.reviewer, allYes()).ok());
        c.reviewerId.reset();
        QVERIFY(checkApprove(c, cast.other, allYes()).ok());
    }

    void requestChangesNeedsANote()
    {
        const test::CoeCast cast = fakeCast();
        Coe c = test::completeCoe(cast);
        c.status = CoeStatus::InReview;
        QList<ReviewCheck> answers = allYes();
        QVERIFY(!checkRequestChanges(c, cast.reviewer, answers).ok());
        answers[3].note = QStringLiteral("Training is not a fix; automate the check.");
        QVERIFY(checkRequestChanges(c, cast.reviewer, answers).ok());
        QVERIFY(!checkRequestChanges(c, cast.author, answers).ok());
    }

    void closeNeedsEveryActionSettled()
    {
        const test::CoeCast cast = fakeCast();
        Coe c = test::completeCoe(cast);
        c.status = CoeStatus::Approved;
        QList<ActionItem> items = test::completeActions(cast);
        QVERIFY(checkClose(c, items).errorMessage().contains(QStringLiteral("2 action items are not done")));
        items[0].status = ActionStatus::Done;
        items[1].status = ActionStatus::WontDo;
        QVERIFY(!checkClose(c, items).ok()); // won't do without a reason
        items[1].statusReason = QStringLiteral("Replaced by the cell migration.");
        QVERIFY(checkClose(c, items).ok());
    }
};

QTEST_GUILESS_MAIN(TestCoeChecks)
#include "tst_coechecks.moc"
