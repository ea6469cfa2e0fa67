// Reaching a shared server: connection strings, and every way of not
// getting there explained in words a user can act on. The parsing runs
// everywhere; the failures need the test cluster (tst_pgconnection_pg).
#include "coefixtures.h"
#include "storage/coerepository.h"
#include "storage/pgconnection.h"
#include "storage/retry.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QTest>

using namespace closeloop;

class TestPgConnection : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static PgConnection server()
    {
        PgConnection c = *test::testServer();
        c.connectTimeoutSeconds = 3;
        return c;
    }

private Q_SLOTS:
    void parsesKeyValueForm()
    {
        auto c = PgConnection::parse(QStringLiteral("host=db.example.com port=6543 dbname='closeloop prod' user=asha "
                                                    "sslmode=require schema=team"));
        QVERIFY2(c, qPrintable(c.errorMessage()));
        QCOMPARE(c->host, QStringLiteral("db.example.com"));
        QCOMPARE(c->port, 6543);
        QCOMPARE(c->database, QStringLiteral("closeloop prod"));
        QCOMPARE(c->user, QStringLiteral("asha"));
        QCOMPARE(c->tls, PgConnection::Tls::Require);
        QCOMPARE(c->schema, QStringLiteral("team"));
        QCOMPARE(c->display(), QStringLiteral("asha@db.example.com:6543/closeloop prod#team"));
        QVERIFY(!c->display().contains(QStringLiteral("password")));
    }

    void parsesUriForm()
    {
        auto c = PgConnection::parse(QStringLiteral("postgresql://bo:p%40ss@10.0.0.5:5433/coes?sslmode=verify-full"));
        QVERIFY2(c, qPrintable(c.errorMessage()));
        QCOMPARE(c->host, QStringLiteral("10.0.0.5"));
        QCOMPARE(c->port, 5433);
        QCOMPARE(c->database, QStringLiteral("coes"));
        QCOMPARE(c->user, QStringLiteral("bo"));
        QCOMPARE(c->password, QStringLiteral("p@ss"));
        QCOMPARE(c->tls, PgConnection::Tls::VerifyFull);
        QVERIFY(c->driverOptions().contains(QStringLiteral("sslmode=verify-full")));
    }

    void conninfoRoundTripsWithoutPassword()
    {
        PgConnection c;
        c.host = QStringLiteral("db.example.com");
        c.port = 6543;
        c.database = QStringLiteral("it's closeloop");
        c.user = QStringLiteral("asha");
        c.password = QStringLiteral("never written");
        c.tls = PgConnection::Tls::VerifyFull;
        c.schema = QStringLiteral("team");
        const QString text = c.toConninfo();
        QVERIFY(!text.contains(QStringLiteral("never written")));
        auto back = PgConnection::parse(text);
        QVERIFY2(back, qPrintable(back.errorMessage()));
        QCOMPARE(back->database, c.database);
        QCOMPARE(back->port, 6543);
        QCOMPARE(back->tls, PgConnection::Tls::VerifyFull);
        QCOMPARE(back->schema, QStringLiteral("team"));
        QVERIFY(back->password.isEmpty());
    }

    // Writes the server undid (deadlock, serialization) are repeated a few
    // times; anything else, or running out of attempts, is returned as is.
    void transientFailuresAreRetried()
    {
        const RetryPolicy quick { 4, 1, 4 };
        int calls = 0;
        int retries = 0;
        Status s = retryTransient([&]() -> Status {
            return ++calls < 3 ? Status { Error { QStringLiteral("deadlock"), Error::Kind::Transient } } : Status {};
        }, quick, &retries);
        QVERIFY(s);
        QCOMPARE(calls, 3);
        QCOMPARE(retries, 2);

        calls = 0;
        s = retryTransient([&]() -> Status { ++calls; return Error { QStringLiteral("conflict"), Error::Kind::Conflict }; }, quick);
        QVERIFY(!s);
        QCOMPARE(calls, 1);

        calls = 0;
        s = retryTransient([&]() -> Status { ++calls; return Error { QStringLiteral("deadlock"), Error::Kind::Transient }; }, quick);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::Transient);
        QCOMPARE(calls, 4);
    }

    // Someone else's open transaction holds the row: past the lock timeout
    // the save fails as transient (worth retrying), changing nothing; once
    // the other transaction ends, the same save goes through.
    void lockedRowIsTransient()
    {
        if (!test::onServer())
            QSKIP("needs the PostgreSQL test cluster");
        auto holder = test::openOnServer(test::freshSchemaName());
        auto saver = test::openAgain(*holder);
        const test::CoeCast cast = test::createCast(*holder);
        Coe coe = test::completeCoe(cast);
        QVERIFY(CoeRepository(*holder).create(coe));
        QVERIFY(sql::exec(*saver, QStringLiteral("SET lock_timeout = '100ms'")));

        QVERIFY(holder->beginTransaction());
        QVERIFY(sql::exec(*holder, QStringLiteral("UPDATE coes SET lessons = 'held' WHERE id = :id"), { { QStringLiteral("id"), coe.id } }));
        Coe mine = coe;
        mine.title = QStringLiteral("Saved once the lock is gone");
        const Status blocked = CoeRepository(*saver).update(mine);
        QVERIFY(!blocked);
        QCOMPARE(blocked.error().kind, Error::Kind::Transient);
        QVERIFY2(blocked.errorMessage().contains(QStringLiteral("save again")), qPrintable(blocked.errorMessage()));
        holder->rollbackTransaction();

        mine = CoeRepository(*saver).load(coe.id).value();
        mine.title = QStringLiteral("Saved once the lock is gone");
        QVERIFY(retryTransient([&] { return CoeRepository(*saver).update(mine); }));
        QCOMPARE(CoeRepository(*holder).load(coe.id).value().title, mine.title);
    }

    void badConnectionStringsAreNamed_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<QString>("named");
        QTest::newRow("empty") << QString() << QStringLiteral("No PostgreSQL connection");
        QTest::newRow("no value") << QStringLiteral("host") << QStringLiteral("\"host\" has no value");
        QTest::newRow("port") << QStringLiteral("port=eighty") << QStringLiteral("\"eighty\" is not a port");
        QTest::newRow("tls") << QStringLiteral("sslmode=sometimes") << QStringLiteral("\"sometimes\"");
        QTest::newRow("unknown") << QStringLiteral("hots=x") << QStringLiteral("\"hots\" is not one");
        QTest::newRow("quote") << QStringLiteral("dbname='open") << QStringLiteral("not closed");
        QTest::newRow("ca") << QStringLiteral("sslmode=verify-full sslrootcert=/no/such/ca.pem") << QStringLiteral("/no/such/ca.pem does not exist");
    }

    void badConnectionStringsAreNamed()
    {
        QFETCH(QString, conninfo);
        QFETCH(QString, named);
        auto c = PgConnection::parse(conninfo);
        QVERIFY(!c);
        QVERIFY2(c.errorMessage().contains(named), qPrintable(c.errorMessage()));
    }

    void unreachableServer()
    {
        if (!test::onServer())
            QSKIP("needs the PostgreSQL test cluster");
        PgConnection c = server();
        c.port = 1; // tcpmux: nothing listens there
        auto db = Database::openPostgres(c, OpenOptions {});
        QVERIFY(!db);
        QCOMPARE(db.error().kind, Error::Kind::Offline);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("cannot be reached")), qPrintable(db.errorMessage()));
    }

    void missingDatabase()
    {
        if (!test::onServer())
            QSKIP("needs the PostgreSQL test cluster");
        PgConnection c = server();
        c.database = QStringLiteral("no_such_closeloop");
        auto db = Database::openPostgres(c, OpenOptions {});
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("has no database called no_such_closeloop")), qPrintable(db.errorMessage()));
    }

    void tlsRequiredButNotOffered()
    {
        if (!test::onServer())
            QSKIP("needs the PostgreSQL test cluster");
        PgConnection c = server(); // the test cluster has no certificate
        c.tls = PgConnection::Tls::Require;
        auto db = Database::openPostgres(c, OpenOptions {});
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("secure (TLS) connection")), qPrintable(db.errorMessage()));
    }

    void missingSchemaIsNotCreatedUnasked()
    {
        if (!test::onServer())
            QSKIP("needs the PostgreSQL test cluster");
        PgConnection c = server();
        c.schema = QStringLiteral("never_made");
        auto db = Database::openPostgres(c, OpenOptions {});
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("no schema called never_made")), qPrintable(db.errorMessage()));
    }

    // The server goes away in the middle of a save: the save reports the
    // lost connection, and the server holds the COE as it was before.
    void serverGoneMidSave()
    {
        if (!test::onServer())
            QSKIP("needs the PostgreSQL test cluster");
        const QString schema = test::freshSchemaName();
        auto admin = test::openOnServer(schema);
        auto editor = test::openOnServer(schema);
        const test::CoeCast cast = test::createCast(*admin);
        Coe coe = test::completeCoe(cast);
        QVERIFY(CoeRepository(*editor).create(coe));

        auto pid = sql::exec(*editor, QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(pid && pid.value().next());
        const int backend = pid.value().value(0).toInt();
        QVERIFY(sql::exec(*admin, QStringLiteral("SELECT pg_terminate_backend(:p)"), { { QStringLiteral("p"), backend } }));

        coe.title = QStringLiteral("Renamed while the server went away");
        coe.lessons = QStringLiteral("Half of this must not arrive");
        const Status s = CoeRepository(*editor).update(coe);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::Offline);
        QVERIFY2(s.errorMessage().contains(QStringLiteral("connection to")), qPrintable(s.errorMessage()));
        QCOMPARE(editor->transactionDepth(), 0);
        const Coe stored = CoeRepository(*admin).load(coe.id).value();
        QCOMPARE(stored.title, test::completeCoe(cast).title);
        QCOMPARE(stored.lessons, test::completeCoe(cast).lessons);
        QCOMPARE(stored.revision, 1);

        // Once the server is back, the same Database connects again and the
        // save goes through whole.
        QVERIFY(editor->reconnect());
        QVERIFY2(CoeRepository(*editor).update(coe), "saving after reconnecting");
        QCOMPARE(CoeRepository(*admin).load(coe.id).value().title, coe.title);
    }
};

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"
