// From a finding to a change of practice: a new axiom linked both ways, an
// automated check as an action item, or a best practice; all or nothing.
#include "demo/demodata.h"
#include "storage/actionitemrepository.h"
#include "storage/axiomrepository.h"
#include "storage/coerepository.h"
#include "testsupport.h"
#include "workinggroup/findingloop.h"

#include <QTest>

using namespace closeloop;

class TestFindingLoop : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<Id> m_coes;
    Id m_setId = 0;

    Finding finding(const QString &title)
    {
        Finding f;
        f.title = title;
        f.description = QStringLiteral("Both incidents began with a change no pipeline stage checked.");
        f.coeIds = { m_coes.at(0), m_coes.at(1) };
        return f;
    }

    qsizetype findingCount() { return FindingRepository(*m_db).list().value().size(); }

private Q_SLOTS:
    void init()
    {
        m_db = test::openFresh(m_dir, QStringLiteral("loop-%1.db").arg(QLatin1String(QTest::currentTestFunction())));
        QVERIFY(seedDemoData(*m_db, QDate(2026, 11, 22)));
        const QList<CoeSummary> coes = CoeRepository(*m_db).list().value();
        m_coes.clear();
        for (const CoeSummary &c : coes)
            m_coes.append(c.id);
        std::sort(m_coes.begin(), m_coes.end());
        const QList<AxiomSet> sets = AxiomRepository(*m_db).listSets().value();
        QVERIFY(!sets.isEmpty());
        m_setId = sets.first().id;
    }

    void nextKeyFollowsTheHighest()
    {
        Axiom a, b, c;
        a.key = QStringLiteral("DEP-2");
        b.key = QStringLiteral("DEP-10");
        c.key = QStringLiteral("CAP-40");
        QCOMPARE(nextAxiomKey({ a, b, c }, QStringLiteral("DEP")), QStringLiteral("DEP-11"));
        QCOMPARE(nextAxiomKey({ a, b, c }, QStringLiteral("WG")), QStringLiteral("WG-1"));
    }

    void aNewAxiomIsLinkedBothWays()
    {
        Finding f = finding(QStringLiteral("Every change type passes the same staged pipeline"));
        f.outcome = FindingOutcome::NewAxiom;
        const QList<Axiom> current = AxiomRepository(*m_db).current(m_setId).value();
        const QString key = nextAxiomKey(current, QStringLiteral("WG"));
        FindingDecision decision;
        decision.newAxiom = axiomDraft(f, m_setId, QStringLiteral("Deployment"), key);
        QVERIFY(decision.newAxiom->rationale.contains(QStringLiteral("COE-%1").arg(m_coes.at(0))));
        auto saved = saveFinding(*m_db, f, decision);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        QVERIFY(f.id > 0);
        QVERIFY(f.axiomId.has_value());
        QCOMPARE(f.status, FindingStatus::Decided);

        const Axiom axiom = AxiomRepository(*m_db).load(*f.axiomId).value();
        QCOMPARE(axiom.key, key);
        QCOMPARE(axiom.statement, f.title);
        auto fromAxiom = axiomTrace(*m_db, axiom);
        QVERIFY(fromAxiom);
        QVERIFY(fromAxiom->coeIds.contains(m_coes.at(0)) && fromAxiom->coeIds.contains(m_coes.at(1)));
        QCOMPARE(fromAxiom->findings.size(), 1);
        QCOMPARE(fromAxiom->findings.first().finding.id, f.id);

        auto fromCoe = coeTrace(*m_db, m_coes.at(1));
        QVERIFY(fromCoe);
        QVERIFY(std::any_of(fromCoe->findings.cbegin(), fromCoe->findings.cend(), [&](const FindingSummary &s) { return s.finding.id == f.id; }));
        QVERIFY(std::any_of(fromCoe->axioms.cbegin(), fromCoe->axioms.cend(), [&](const Axiom &a) { return a.key == key; }));
        // A COE the finding does not cite gains nothing.
        auto other = coeTrace(*m_db, m_coes.last());
        QVERIFY(std::none_of(other->axioms.cbegin(), other->axioms.cend(), [&](const Axiom &a) { return a.key == key; }));
    }

    void anAutomatedCheckBecomesTheFindingsActionItem()
    {
        Finding f = finding(QStringLiteral("Configuration pushes reach every AZ at once"));
        f.outcome = FindingOutcome::AutomatedCheck;
        FindingDecision decision;
        decision.check = automatedCheckDraft(f, std::nullopt, QDate(2026, 12, 22));
        QVERIFY(saveFinding(*m_db, f, decision));
        const QList<ActionItem> items = ActionItemRepository(*m_db).forSource(ActionSource::Finding, f.id).value();
        QCOMPARE(items.size(), 1);
        QVERIFY(items.first().title.startsWith(QStringLiteral("Add a deployment pipeline check")));
        QCOMPARE(items.first().due, QDate(2026, 12, 22));
    }

    void incompleteDecisionsLeaveNothingBehind()
    {
        const qsizetype before = findingCount();
        Finding practice = finding(QStringLiteral("Runbooks rot"));
        practice.outcome = FindingOutcome::BestPractice;
        auto s = saveFinding(*m_db, practice, {});
        QVERIFY(!s);
        QVERIFY(s.errorMessage().contains(QStringLiteral("best practice")));

        Finding lonely = finding(QStringLiteral("A pattern of one"));
        lonely.coeIds.clear();
        QVERIFY(saveFinding(*m_db, lonely, {}).errorMessage().contains(QStringLiteral("Tick the COEs")));

        // An axiom the library refuses (no statement) stops the finding too.
        Finding f = finding(QStringLiteral("Everything fails sometimes"));
        f.outcome = FindingOutcome::NewAxiom;
        FindingDecision decision;
        decision.newAxiom = axiomDraft(f, m_setId, QStringLiteral("Deployment"), QStringLiteral("WG-1"));
        decision.newAxiom->statement.clear();
        QVERIFY(!saveFinding(*m_db, f, decision));
        QCOMPARE(findingCount(), before);
        QCOMPARE(f.id, Id(0));
    }
};

QTEST_GUILESS_MAIN(TestFindingLoop)
#include "tst_findingloop.moc"
