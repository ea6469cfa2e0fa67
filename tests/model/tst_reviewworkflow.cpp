// A review from start to the next year's copy, through the database:
// answering (with the checks that refuse bad answers), the action item a
// "not met" answer opens, sign-off, and moving to newer axiom versions.
#include "orr/axiomlibrary.h"
#include "orr/reviewworkflow.h"
#include "storage/actionitemrepository.h"
#include "storage/orrreviewrepository.h"
#include "storage/personrepository.h"
#include "storage/servicerepository.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace closeloop;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);

Axiom axiom(const char *key, bool blocking, const char *tiers = "")
{
    Axiom a;
    a.key = QString::fromLatin1(key);
    a.area = QStringLiteral("Capacity");
    a.statement = QStringLiteral("Statement of %1").arg(a.key);
    a.launchBlocking = blocking;
    a.applicability = QString::fromLatin1(tiers);
    return a;
}

AxiomLibrary library()
{
    AxiomLibrary lib;
    lib.set = AxiomSet { 0, 0, QStringLiteral("core"), QStringLiteral("Core"), {}, QStringLiteral("1") };
    lib.axioms = { axiom("CAP-1", true), axiom("MON-1", false), axiom("TIER1-1", true, "1") };
    return lib;
}

OrrAnswer &answerFor(ReviewContext &c, const QString &key)
{
    for (OrrAnswer &a : c.review.answers)
        if (c.axioms.value(a.axiomId).key == key)
            return a;
    qFatal("no answer for %s", qPrintable(key));
}

} // namespace

class TestReviewWorkflow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Id m_setId = 0;
    Id m_service = 0;
    Id m_ana = 0;
    Id m_quinn = 0;
    Id m_review = 0;

    Id person(const char *name)
    {
        Person p { 0, 0, QString::fromLatin1(name), {}, {}, PersonRole::Engineer };
        if (!PersonRepository(*m_db).create(p))
            qFatal("person");
        return p.id;
    }

    ReviewContext context()
    {
        auto c = loadReviewContext(*m_db, m_review);
        if (!c)
            qFatal("%s", qPrintable(c.errorMessage()));
        return c.value();
    }

    void answer(const QString &key, AnswerState state)
    {
        ReviewContext c = context();
        OrrAnswer a = answerFor(c, key);
        a.state = state;
        a.notes = QStringLiteral("Checked in the capacity model");
        auto saved = saveAnswer(*m_db, c, a, m_ana, kNow);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::openFresh(m_dir, QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
        auto installed = installAxiomLibrary(*m_db, library());
        QVERIFY(installed);
        m_setId = installed.value().setId;
        Service s;
        s.name = QStringLiteral("ledger");
        s.tier = 2;
        QVERIFY(ServiceRepository(*m_db).create(s));
        m_service = s.id;
        m_ana = person("Ana");
        m_quinn = person("Quinn");
        OrrReview r;
        r.serviceId = m_service;
        r.setId = m_setId;
        r.kind = ReviewKind::PreLaunch;
        r.reviewDate = kNow.date();
        r.reviewerId = m_ana;
        r.participantIds = { m_ana };
        auto id = createReview(*m_db, r);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        m_review = id.value();
    }
    void cleanup() { m_db.reset(); }

    void newReviewAsksWhatAppliesToTheTier()
    {
        const ReviewContext c = context();
        QCOMPARE(c.review.answers.size(), 2); // TIER1-1 applies to tier 1 only
        for (const OrrAnswer &a : c.review.answers)
            QCOMPARE(a.state, AnswerState::Unanswered);
        QVERIFY(!c.behindLibrary());
    }

    void badAnswersAreRefusedAndNothingIsSaved()
    {
        ReviewContext c = context();
        OrrAnswer met = answerFor(c, QStringLiteral("CAP-1"));
        met.state = AnswerState::Met; // no evidence, no notes
        auto saved = saveAnswer(*m_db, c, met, m_ana, kNow);
        QVERIFY(!saved);
        QVERIFY2(saved.errorMessage().contains(QStringLiteral("CAP-1")), qPrintable(saved.errorMessage()));

        OrrAnswer waived = answerFor(c, QStringLiteral("MON-1"));
        waived.state = AnswerState::Waived;
        waived.waiver = Waiver { 0, QStringLiteral("Ships next quarter"), m_quinn, kNow.date().addDays(-1), {}, {} };
        saved = saveAnswer(*m_db, c, waived, m_ana, kNow);
        QVERIFY2(!saved, "a waiver that already expired is refused");
        waived.waiver->approverId = m_ana;
        waived.waiver->expiresOn = kNow.date().addDays(30);
        saved = saveAnswer(*m_db, c, waived, m_ana, kNow);
        QVERIFY2(!saved, "a participant cannot approve the team's own waiver");

        const ReviewContext reloaded = context();
        for (const OrrAnswer &a : reloaded.review.answers)
            QCOMPARE(a.state, AnswerState::Unanswered);
    }

    void notMetOpensOneActionItem()
    {
        answer(QStringLiteral("CAP-1"), AnswerState::NotMet);
        answer(QStringLiteral("CAP-1"), AnswerState::NotMet); // saved again: still one item
        ReviewContext c = context();
        const Id answerId = answerFor(c, QStringLiteral("CAP-1")).id;
        const auto items = ActionItemRepository(*m_db).forSource(ActionSource::OrrAnswer, answerId).value();
        QCOMPARE(items.size(), 1);
        const ActionItem &item = items.first();
        QVERIFY(item.title.startsWith(QStringLiteral("Meet CAP-1")));
        QCOMPARE(item.addresses, ActionTarget::AxiomNotMet);
        QCOMPARE(item.priority, 1); // CAP-1 blocks launch
        QCOMPARE(item.ownerId, OptionalId(m_ana));
        QVERIFY(item.due.has_value() && *item.due > kNow.date());
    }

    void goIsRefusedWhileBlockingAxiomsDoNotHold()
    {
        answer(QStringLiteral("MON-1"), AnswerState::Met);
        ReviewContext c = context();
        auto s = signOff(*m_db, c, { ReviewDecision::Go, m_quinn, {} }, kNow);
        QVERIFY(!s);
        QVERIFY2(s.errorMessage().contains(QStringLiteral("CAP-1")), qPrintable(s.errorMessage()));
        QVERIFY(!signOff(*m_db, c, { ReviewDecision::NoGo, 0, {} }, kNow)); // no owner
        QCOMPARE(context().review.status, ReviewStatus::InProgress);
    }

    void signOffRecordsWhatWasDecidedAndFreezes()
    {
        answer(QStringLiteral("MON-1"), AnswerState::Met);
        ReviewContext c = context();
        OrrAnswer waived = answerFor(c, QStringLiteral("CAP-1"));
        waived.state = AnswerState::Waived;
        waived.waiver = Waiver { 0, QStringLiteral("Third AZ arrives in March"), m_quinn, kNow.date().addDays(90),
                                 QStringLiteral("Manual scale-up runbook"), {} };
        QVERIFY(saveAnswer(*m_db, c, waived, m_ana, kNow));
        QVERIFY(signOff(*m_db, c, { ReviewDecision::Go, m_quinn, QStringLiteral("Launch Tuesday") }, kNow));

        ReviewContext signedReview = context();
        QCOMPARE(signedReview.review.status, ReviewStatus::SignedOff);
        QCOMPARE(signedReview.review.decision, ReviewDecision::Go);
        QCOMPARE(signedReview.review.decisionOwnerId, OptionalId(m_quinn));
        const QJsonObject record = QJsonDocument::fromJson(signedReview.review.signOffRecord.toUtf8()).object();
        QCOMPARE(record.value(QStringLiteral("waivers")).toArray().size(), 1);
        QCOMPARE(record.value(QStringLiteral("waivers")).toArray().first().toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("CAP-1"));
        QCOMPARE(record.value(QStringLiteral("blocking")).toArray().size(), 0);

        OrrAnswer late = answerFor(signedReview, QStringLiteral("MON-1"));
        late.state = AnswerState::NotMet;
        QVERIFY2(!saveAnswer(*m_db, signedReview, late, m_ana, kNow), "a signed review never changes");
        QCOMPARE(answerFor(signedReview, QStringLiteral("MON-1")).state, AnswerState::Met);
    }

    void nextReviewStartsFromACopyOnce()
    {
        answer(QStringLiteral("MON-1"), AnswerState::Met);
        answer(QStringLiteral("CAP-1"), AnswerState::NotMet);
        ReviewContext c = context();
        QVERIFY2(!startNextReview(*m_db, m_review, ReviewKind::Annual, kNow.date()), "an in-progress review is not copied");
        QVERIFY(signOff(*m_db, c, { ReviewDecision::NoGo, m_quinn, {} }, kNow));

        auto next = startNextReview(*m_db, m_review, ReviewKind::Annual, kNow.date().addYears(1));
        QVERIFY2(next, qPrintable(next.errorMessage()));
        QVERIFY(next.value() != m_review);
        auto again = startNextReview(*m_db, m_review, ReviewKind::Annual, kNow.date().addYears(1));
        QCOMPARE(again.value(), next.value());

        auto copy = loadReviewContext(*m_db, next.value()).value();
        QCOMPARE(copy.review.previousReviewId, OptionalId(m_review));
        QCOMPARE(copy.review.kind, ReviewKind::Annual);
        QCOMPARE(answerFor(copy, QStringLiteral("MON-1")).state, AnswerState::Met);
        auto previous = previousReview(*m_db, copy).value();
        QVERIFY(previous.has_value());
        QCOMPARE(previous->review.id, m_review);
    }

    void movingToNewVersionsAsksAgainAndKeepsActionItems()
    {
        answer(QStringLiteral("MON-1"), AnswerState::Met);
        answer(QStringLiteral("CAP-1"), AnswerState::NotMet);
        AxiomLibrary revised = library();
        revised.axioms[0].statement = QStringLiteral("Each of three AZs holds at least 50% of peak");
        revised.axioms.append(axiom("OVL-1", false));
        QVERIFY(installAxiomLibrary(*m_db, revised));

        ReviewContext c = context();
        QVERIFY(c.behindLibrary());
        const Id capAnswer = answerFor(c, QStringLiteral("CAP-1")).id;
        auto moved = moveToCurrentAxioms(*m_db, c);
        QVERIFY2(moved, qPrintable(moved.errorMessage()));
        QCOMPARE(moved.value().reasked, QStringList { QStringLiteral("CAP-1") });
        QCOMPARE(moved.value().added, QStringList { QStringLiteral("OVL-1") });

        ReviewContext after = context();
        QVERIFY(!after.behindLibrary());
        QCOMPARE(after.review.answers.size(), 3);
        QCOMPARE(answerFor(after, QStringLiteral("MON-1")).state, AnswerState::Met);
        QCOMPARE(answerFor(after, QStringLiteral("CAP-1")).state, AnswerState::Unanswered);
        QCOMPARE(after.axioms.value(answerFor(after, QStringLiteral("CAP-1")).axiomId).version, 2);
        QCOMPARE(ActionItemRepository(*m_db).forSource(ActionSource::OrrAnswer, capAnswer).value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReviewWorkflow)
#include "tst_reviewworkflow.moc"
