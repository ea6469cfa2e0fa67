// Action items from each kind of source: round trip, rules, list joins.
#include "storage/actionitemrepository.h"
#include "storage/coerepository.h"
#include "storage/findingrepository.h"
#include "testsupport.h"

#include <QTest>

using namespace closeloop;

class TestActionItemRepository : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Id m_coe = 0;

private Q_SLOTS:
    void init()
    {
        m_db = test::openFresh(m_dir, QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
        Coe c;
        c.title = QStringLiteral("Incident");
        QVERIFY(CoeRepository(*m_db).create(c));
        m_coe = c.id;
    }
    void cleanup() { m_db.reset(); }

    void roundTrip()
    {
        ActionItemRepository repo(*m_db);
        ActionItem a;
        a.title = QStringLiteral("Add a canary for checkout");
        a.description = QStringLiteral("Every minute, every Region");
        a.due = QDate(2026, 12, 1);
        a.priority = 1;
        a.type = ActionType::Detect;
        a.trackerRef = QStringLiteral("OPS-12");
        a.source = ActionSource::Coe;
        a.sourceId = m_coe;
        a.addresses = ActionTarget::HalveTtd;
        QVERIFY(repo.create(a));
        const ActionItem l = repo.load(a.id).value();
        QCOMPARE(l.title, a.title);
        QCOMPARE(l.due, a.due);
        QCOMPARE(l.priority, 1);
        QCOMPARE(l.type, ActionType::Detect);
        QCOMPARE(l.source, ActionSource::Coe);
        QCOMPARE(l.sourceId, m_coe);
        QCOMPARE(l.addresses, ActionTarget::HalveTtd);
        QCOMPARE(repo.forSource(ActionSource::Coe, m_coe).value().size(), 1);

        const auto list = repo.list().value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().sourceTitle, QStringLiteral("Incident"));
    }

    void wontDoNeedsAReason()
    {
        ActionItemRepository repo(*m_db);
        ActionItem a;
        a.title = QStringLiteral("Retrain everyone");
        a.sourceId = m_coe;
        a.status = ActionStatus::WontDo;
        const auto r = repo.create(a);
        QVERIFY(!r);
        QVERIFY(r.errorMessage().contains(QStringLiteral("reason")));
        a.statusReason = QStringLiteral("Training changes nothing");
        QVERIFY(repo.create(a));
    }

    void rulesAreEnforced_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("priority");
        QTest::addColumn<qint64>("sourceId");
        QTest::newRow("no title") << QString() << 1 << qint64(1);
        QTest::newRow("P7") << QStringLiteral("x") << 7 << qint64(1);
        QTest::newRow("no source") << QStringLiteral("x") << 1 << qint64(0);
        QTest::newRow("unknown COE") << QStringLiteral("x") << 1 << qint64(999);
    }

    void rulesAreEnforced()
    {
        QFETCH(QString, title);
        QFETCH(int, priority);
        QFETCH(qint64, sourceId);
        ActionItem a;
        a.title = title;
        a.priority = priority;
        a.sourceId = sourceId;
        QVERIFY(!ActionItemRepository(*m_db).create(a));
        QCOMPARE(ActionItemRepository(*m_db).list().value().size(), 0);
    }

    void overdueIsJudgedByDate()
    {
        ActionItem a;
        a.due = QDate(2026, 1, 10);
        QVERIFY(a.isOverdue(QDate(2026, 1, 11)));
        QVERIFY(!a.isOverdue(QDate(2026, 1, 10)));
        a.status = ActionStatus::Done;
        QVERIFY(!a.isOverdue(QDate(2027, 1, 1)));
    }

    void findingSource()
    {
        Finding f;
        f.title = QStringLiteral("Pattern");
        QVERIFY(FindingRepository(*m_db).create(f));
        ActionItem a;
        a.title = QStringLiteral("Add a pipeline check");
        a.source = ActionSource::Finding;
        a.sourceId = f.id;
        QVERIFY(ActionItemRepository(*m_db).create(a));
        QCOMPARE(ActionItemRepository(*m_db).load(a.id).value().source, ActionSource::Finding);
    }
};

QTEST_GUILESS_MAIN(TestActionItemRepository)
#include "tst_actionitemrepository.moc"
