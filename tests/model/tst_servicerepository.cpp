// People and services: round trips, validation, revisions, audit.
#include "storage/auditlogrepository.h"
#include "storage/personrepository.h"
#include "storage/servicerepository.h"
#include "testsupport.h"

#include <QTest>

using namespace closeloop;

class TestServiceRepository : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init() { m_db = test::openFresh(m_dir, QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction()))); }
    void cleanup() { m_db.reset(); }

    void personRoundTrip()
    {
        PersonRepository repo(*m_db);
        Person p { 0, 0, QStringLiteral("Zoë Ångström"), QStringLiteral("zoe@example.com"), QStringLiteral("SRE"), PersonRole::Reviewer };
        QVERIFY(repo.create(p));
        QVERIFY(p.id > 0);
        const Person loaded = repo.load(p.id).value();
        QCOMPARE(loaded.name, p.name);
        QCOMPARE(loaded.role, PersonRole::Reviewer);
        QCOMPARE(loaded.team, QStringLiteral("SRE"));
        QVERIFY(repo.findByName(QStringLiteral("Zoë Ångström")).value().has_value());
        Person dup { 0, 0, QStringLiteral("Zoë Ångström"), {}, {}, PersonRole::Engineer };
        QVERIFY2(!repo.create(dup), "names are unique");
        Person empty;
        QVERIFY(!repo.create(empty));
    }

    // The choice of who you are lists every person by name, with the id
    // the choice stands for.
    void personNamesComeByNameWithTheirIds()
    {
        PersonRepository repo(*m_db);
        Person mo { 0, 0, QStringLiteral("Mo Said"), {}, QStringLiteral("SRE"), PersonRole::Engineer };
        Person ana { 0, 0, QStringLiteral("Ana Ruiz"), {}, {}, PersonRole::Leader };
        QVERIFY(repo.create(mo));
        QVERIFY(repo.create(ana));
        const auto names = repo.names();
        QVERIFY2(names, qPrintable(names.errorMessage()));
        QCOMPARE(names.value().size(), 2);
        QCOMPARE(names.value().at(0).name, QStringLiteral("Ana Ruiz"));
        QCOMPARE(names.value().at(0).id, ana.id);
        QCOMPARE(names.value().at(1).name, QStringLiteral("Mo Said"));
        QCOMPARE(names.value().at(1).id, mo.id);
    }

    void serviceRoundTripWithFootprint()
    {
        ServiceRepository repo(*m_db);
        Service s;
        s.name = QStringLiteral("ledger");
        s.team = QStringLiteral("Payments");
        s.tier = 1;
        s.description = QStringLiteral("Double-entry ledger");
        s.footprint = { { QStringLiteral("eu-west-1"), QStringLiteral("euw1-az1") },
                        { QStringLiteral("eu-west-1"), QStringLiteral("euw1-az2") },
                        { QStringLiteral("eu-west-1"), QString() } };
        QVERIFY(repo.create(s));
        Service loaded = repo.load(s.id).value();
        QCOMPARE(loaded.name, s.name);
        QCOMPARE(loaded.tier, 1);
        QCOMPARE(loaded.footprint, s.footprint);
        QCOMPARE(loaded.revision, 1);

        loaded.footprint.removeLast();
        loaded.team = QStringLiteral("Ledger");
        QVERIFY(repo.update(loaded));
        QCOMPARE(loaded.revision, 2);
        const Service again = repo.load(s.id).value();
        QCOMPARE(again.footprint.size(), 2);
        QCOMPARE(again.team, QStringLiteral("Ledger"));

        const auto list = repo.list().value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().service.footprint.size(), 2);
    }

    void staleUpdateIsRefused()
    {
        ServiceRepository repo(*m_db);
        Service s;
        s.name = QStringLiteral("search");
        QVERIFY(repo.create(s));
        Service mine = repo.load(s.id).value();
        Service theirs = repo.load(s.id).value();
        theirs.description = QStringLiteral("theirs");
        QVERIFY(repo.update(theirs));
        mine.description = QStringLiteral("mine");
        const Status st = repo.update(mine);
        QVERIFY(!st);
        QCOMPARE(st.error().kind, Error::Kind::Conflict);
        QVERIFY2(st.errorMessage().contains(QStringLiteral("tester")), "names who changed it");
        QCOMPARE(repo.load(s.id).value().description, QStringLiteral("theirs"));
    }

    void invalidServiceIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("tier");
        QTest::newRow("no name") << QString() << 2;
        QTest::newRow("tier 0") << QStringLiteral("a") << 0;
        QTest::newRow("tier 9") << QStringLiteral("a") << 9;
    }

    void invalidServiceIsRefused()
    {
        QFETCH(QString, name);
        QFETCH(int, tier);
        Service s;
        s.name = name;
        s.tier = tier;
        QVERIFY(!ServiceRepository(*m_db).create(s));
        QCOMPARE(ServiceRepository(*m_db).list().value().size(), 0);
    }

    void editsAreAudited()
    {
        ServiceRepository repo(*m_db);
        Service s;
        s.name = QStringLiteral("audited");
        QVERIFY(repo.create(s));
        s.tier = 3;
        QVERIFY(repo.update(s));
        const auto history = AuditLogRepository(*m_db).history(QStringLiteral("services"), s.id).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).action, QStringLiteral("create"));
        QCOMPARE(history.at(1).field, QStringLiteral("tier"));
        QCOMPARE(history.at(1).oldValue, QStringLiteral("2"));
        QCOMPARE(history.at(1).newValue, QStringLiteral("3"));
        QCOMPARE(history.at(1).actor, QStringLiteral("tester"));
    }
};

QTEST_GUILESS_MAIN(TestServiceRepository)
#include "tst_servicerepository.moc"
