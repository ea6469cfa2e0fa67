// Working-group findings and their links to COEs and axioms.
#include "storage/coerepository.h"
#include "storage/findingrepository.h"
#include "testsupport.h"

#include <QTest>

using namespace closeloop;

class TestFindingRepository : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init() { m_db = test::openFresh(m_dir, QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction()))); }
    void cleanup() { m_db.reset(); }

    void roundTripWithLinks()
    {
        QList<Id> coes;
        for (int i = 0; i < 3; ++i) {
            Coe c;
            c.title = QStringLiteral("COE %1").arg(i);
            QVERIFY(CoeRepository(*m_db).create(c));
            coes << c.id;
        }
        FindingRepository repo(*m_db);
        Finding f;
        f.title = QStringLiteral("Config changes skip staging");
        f.coeIds = { coes[0], coes[2] };
        QVERIFY(repo.create(f));
        Finding l = repo.load(f.id).value();
        QCOMPARE(l.coeIds, (QList<Id> { coes[0], coes[2] }));

        l.status = FindingStatus::Decided;
        QVERIFY2(!repo.update(l), "a decided finding needs an outcome");
        l.outcome = FindingOutcome::AutomatedCheck;
        l.coeIds.append(coes[1]);
        QVERIFY(repo.update(l));
        const Finding again = repo.load(f.id).value();
        QCOMPARE(again.outcome, FindingOutcome::AutomatedCheck);
        QCOMPARE(again.coeIds.size(), 3);
        QCOMPARE(repo.list().value().first().finding.coeIds.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestFindingRepository)
#include "tst_findingrepository.moc"
