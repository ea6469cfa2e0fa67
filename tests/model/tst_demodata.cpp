// The demo organisation a newcomer sees: complete, varied, and only ever
// added to an empty database.
#include "demo/demodata.h"
#include "storage/actionitemrepository.h"
#include "storage/coerepository.h"
#include "storage/databasestats.h"
#include "storage/orrreviewrepository.h"
#include "storage/servicerepository.h"
#include "testsupport.h"

#include <QSet>
#include <QTest>

using namespace closeloop;

class TestDemoData : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const QDate m_today { 2026, 11, 21 };

private Q_SLOTS:
    void initTestCase()
    {
        m_db = test::openFresh(m_dir);
        const Status s = seedDemoData(*m_db, m_today);
        QVERIFY2(s, qPrintable(s.errorMessage()));
    }

    void hasEnoughOfEverything()
    {
        QVERIFY(ServiceRepository(*m_db).list().value().size() >= 4);
        QVERIFY(OrrReviewRepository(*m_db).list().value().size() >= 2);
    }

    void coesCoverEveryStateWithCompleteSections()
    {
        CoeRepository repo(*m_db);
        const auto list = repo.list().value();
        QVERIFY(list.size() >= 8);
        QSet<CoeStatus> states;
        for (const CoeSummary &s : list) {
            states.insert(s.status);
            const Coe c = repo.load(s.id).value();
            QVERIFY(!c.summary.isEmpty());
            QVERIFY(!c.impact.isEmpty());
            QVERIFY(c.impactStart && c.detected && c.mitigated && c.resolved);
            QVERIFY(c.detectionMethod != DetectionMethod::Unknown);
            QVERIFY(!c.halveTtdAnswer.isEmpty());
            QVERIFY(!c.halveBlastAnswer.isEmpty());
            QVERIFY(!c.resolution.isEmpty());
            QVERIFY(c.whys.size() >= 3);
            QVERIFY(!c.timeline.isEmpty());
            QVERIFY(!c.lessons.isEmpty());
            QVERIFY2(!ActionItemRepository(*m_db).forSource(ActionSource::Coe, c.id).value().isEmpty(), qPrintable(c.title));
        }
        QCOMPARE(states.size(), enumValues<CoeStatus>().size());
    }

    void actionItemsAreOpenOverdueAndDone()
    {
        const auto items = ActionItemRepository(*m_db).list().value();
        int open = 0, overdue = 0, done = 0;
        for (const ActionItemSummary &s : items) {
            open += s.item.isOpen() && !s.item.isOverdue(m_today);
            overdue += s.item.isOverdue(m_today);
            done += s.item.status == ActionStatus::Done;
        }
        QVERIFY(open > 0);
        QVERIFY(overdue > 0);
        QVERIFY(done > 0);
    }

    void refusesNonEmptyDatabase()
    {
        const auto before = countEntities(*m_db).value();
        const Status s = seedDemoData(*m_db, m_today);
        QVERIFY(!s);
        QVERIFY(s.errorMessage().contains(QStringLiteral("already holds data")));
        const auto after = countEntities(*m_db).value();
        for (int i = 0; i < before.size(); ++i)
            QCOMPARE(after.at(i).count, before.at(i).count);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
