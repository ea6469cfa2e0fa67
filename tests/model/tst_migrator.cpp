// Schema migrations: numbered steps, each in one transaction; databases
// from every released schema version migrate to the same schema as a fresh
// one; newer databases are refused untouched; failing steps change nothing.
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace closeloop;

namespace {

// The schema as SQLite describes it: every table, index and trigger.
QStringList schemaOf(Database &db)
{
    QStringList entries;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")))
        return { q.lastError().text() };
    while (q.next())
        entries << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(' ')
                + q.value(2).toString().simplified();
    return entries;
}

} // namespace

class TestMigrator : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void shippedStepsAreNumberedWithoutGaps()
    {
        const auto &steps = Migrator::shipped();
        QVERIFY(!steps.isEmpty());
        for (int i = 0; i < steps.size(); ++i)
            QCOMPARE(steps.at(i).version, i + 1);
        QCOMPARE(Migrator::latestVersion(), int(steps.size()));
    }

    void splitsStatements()
    {
        const QStringList s = Migrator::splitStatements(QStringLiteral(
            "-- comment;\nCREATE TABLE a (x TEXT DEFAULT 'a;b');\n\nCREATE TABLE b (\n  y INTEGER\n);\n"
            "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE b SET y = 1;\nEND;\n"));
        QCOMPARE(s.size(), 3);
        QVERIFY(s.at(0).startsWith(QLatin1String("CREATE TABLE a")));
        QVERIFY(s.at(2).contains(QLatin1String("UPDATE b SET y = 1;")));
    }

    // Every released schema version has a fixture database; each migrates
    // to exactly the schema a fresh database gets, keeping its data.
    void fixturesMigrateToFreshSchema_data()
    {
        QTest::addColumn<QString>("fixture");
        const QDir dir(QStringLiteral(CLOSELOOP_TEST_DATA "/db"));
        const QStringList fixtures = dir.entryList({ QStringLiteral("schema-v*.db") }, QDir::Files, QDir::Name);
        QVERIFY(!fixtures.isEmpty());
        for (const QString &f : fixtures)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void fixturesMigrateToFreshSchema()
    {
        QFETCH(QString, fixture);
        const QString copy = m_dir.filePath(QFileInfo(fixture).fileName());
        QFile::remove(copy);
        QVERIFY(QFile::copy(fixture, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        auto fresh = test::openFresh(m_dir, QStringLiteral("fresh-for-%1").arg(QFileInfo(fixture).fileName()));
        OpenOptions options;
        options.path = copy;
        auto migrated = Database::openSqlite(options);
        QVERIFY2(migrated, qPrintable(migrated.errorMessage()));
        QCOMPARE(migrated.value()->schemaVersion(), Migrator::latestVersion());
        QCOMPARE(schemaOf(*migrated.value()), schemaOf(*fresh));
        QSqlQuery q(migrated.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM coes")) && q.next());
        QVERIFY2(q.value(0).toInt() > 0, "the fixture's data survives migration");
        // Migration 5 indexes the COEs that were already there.
        const int coes = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM coe_search")) && q.next());
        QCOMPARE(q.value(0).toInt(), coes);
    }

    void newerDatabaseIsRefusedUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.db"));
        {
            auto db = test::openFresh(m_dir, QStringLiteral("newer.db"));
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'from_the_future', 'x')").arg(Migrator::latestVersion() + 5)));
        }
        QVERIFY(test::flattenToSingleFile(path));
        const QByteArray before = test::fileHash(path);
        OpenOptions options;
        options.path = path;
        auto db = Database::openSqlite(options);
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("newer Closeloop")), qPrintable(db.errorMessage()));
        QVERIFY(db.errorMessage().contains(QString::number(Migrator::latestVersion() + 5)));
        QCOMPARE(test::fileHash(path), before);
        QVERIFY2(!QFile::exists(path + QStringLiteral("-wal")), "not even a journal is left behind");
    }

    void failingStepLeavesDatabaseAsItWas()
    {
        auto db = test::openFresh(m_dir, QStringLiteral("failing.db"));
        const QStringList schemaBefore = schemaOf(*db);
        const int versionBefore = db->schemaVersion();
        QList<Migration> steps = Migrator::shipped();
        steps.append({ Migrator::latestVersion() + 1, QStringLiteral("broken"),
                       QStringLiteral("CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n") });
        const Status s = Migrator::apply(*db, steps);
        QVERIFY(!s);
        QVERIFY2(s.errorMessage().contains(QStringLiteral("left at version %1").arg(versionBefore)), qPrintable(s.errorMessage()));
        QCOMPARE(db->schemaVersion(), versionBefore);
        QCOMPARE(schemaOf(*db), schemaBefore);
        QCOMPARE(db->transactionDepth(), 0);
    }

    void goodStepIsRecorded()
    {
        auto db = test::openFresh(m_dir, QStringLiteral("good.db"));
        QList<Migration> steps = Migrator::shipped();
        steps.append({ Migrator::latestVersion() + 1, QStringLiteral("extra"), QStringLiteral("CREATE TABLE extra (x INTEGER);\n") });
        QVERIFY(Migrator::apply(*db, steps));
        QCOMPARE(db->schemaVersion(), Migrator::latestVersion() + 1);
        QVERIFY(Migrator::apply(*db, steps)); // applying again is a no-op
    }

    void dialectsExpandTokens()
    {
        const QString sql = QStringLiteral("CREATE TABLE t (id {{PK}}, ref {{ID}}, r {{REAL}}, b {{BLOB}})");
        QCOMPARE(SqliteDialect().expandTypes(sql),
                 QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, ref INTEGER, r REAL, b BLOB)"));
        QCOMPARE(PostgresDialect().expandTypes(sql),
                 QStringLiteral("CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, ref BIGINT, "
                                "r DOUBLE PRECISION, b BYTEA)"));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
