// Schema migrations: numbered steps, each in one transaction; databases
// from every released schema version migrate to the same schema as a fresh
// one; newer databases are refused untouched; failing steps change nothing.
#include "storage/database.h"
#include "actions/actionrules.h"
#include "storage/migrator.h"
#include "storage/sql.h"
#include "storage/workinggrouprepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace closeloop;

namespace {

// The schema as the database describes it: every table, column, index and
// trigger (SQLite's own text of each; PostgreSQL's catalog, per schema).
QStringList schemaOf(Database &db)
{
    QStringList entries;
    QSqlQuery q(db.connection());
    const QString describe = db.isShared()
        ? QStringLiteral(
              "SELECT 'column', table_name || '.' || column_name, data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') "
              "FROM information_schema.columns WHERE table_schema = current_schema() "
              "UNION ALL SELECT 'index', indexname, regexp_replace(indexdef, ' ON \\S+\\.', ' ON ') FROM pg_indexes WHERE schemaname = current_schema() "
              "UNION ALL SELECT 'trigger', trigger_name || '.' || event_manipulation, action_statement "
              "FROM information_schema.triggers WHERE trigger_schema = current_schema() ORDER BY 1, 2")
        : QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");
    if (!q.exec(describe))
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

        // PostgreSQL function bodies and triggers that name a function.
        const QStringList pg = Migrator::splitStatements(QStringLiteral(
            "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    UPDATE b SET y = 1;\n    RETURN NEW;\nEND\n$$;\n"
            "CREATE TRIGGER t AFTER INSERT ON a\n    FOR EACH ROW EXECUTE FUNCTION f();\nSELECT 1;\n"));
        QCOMPARE(pg.size(), 3);
        QVERIFY(pg.at(0).endsWith(QLatin1String("$$;")));
        QVERIFY(pg.at(1).startsWith(QLatin1String("CREATE TRIGGER")));
    }

    // A step written per dialect is read as one step with two variants.
    void dialectVariantsShareOneNumber()
    {
        const Migration &search = Migrator::shipped().at(4);
        QCOMPARE(search.version, 5);
        QCOMPARE(search.name, QStringLiteral("coe_search"));
        QVERIFY(search.sqlFor(QStringLiteral("sqlite")).contains(QLatin1String("fts5")));
        QVERIFY(search.sqlFor(QStringLiteral("postgresql")).contains(QLatin1String("tsvector")));
        // A step without variants serves both.
        const Migration &first = Migrator::shipped().at(0);
        QCOMPARE(first.sqlFor(QStringLiteral("sqlite")), first.sqlFor(QStringLiteral("postgresql")));
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
        if (test::onServer())
            QSKIP("the fixtures are SQLite files; stepwiseUpgradeMatchesFresh covers the server");
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
        // The upgrade's pages are folded into the file, not left in the log
        // for every later read to look through.
        QCOMPARE(QFileInfo(copy + QStringLiteral("-wal")).size(), 0);
        QCOMPARE(schemaOf(*migrated.value()), schemaOf(*fresh));
        QSqlQuery q(migrated.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM coes")) && q.next());
        QVERIFY2(q.value(0).toInt() > 0, "the fixture's data survives migration");
        // Migration 5 indexes the COEs that were already there.
        const int coes = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM coe_search")) && q.next());
        QCOMPARE(q.value(0).toInt(), coes);
        // Migration 9: every item already there is rated on open, as the
        // program rates it.
        QVERIFY(q.exec(QStringLiteral("SELECT title, description, type, strength FROM action_items")));
        int items = 0;
        while (q.next()) {
            ++items;
            const ActionType type = enumFromKey<ActionType>(q.value(2).toString()).value_or(ActionType::Prevent);
            QCOMPARE(q.value(3).toString(), enumKey(strengthOf(q.value(0).toString(), q.value(1).toString(), type)));
        }
        QVERIFY(items > 0);
        // Migration 10: the overdue count, now answered from the rebuilt
        // indexes, still finds every open overdue item.
        const QDate today(2026, 11, 1);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM action_items WHERE status IN ('open', 'in_progress') AND due_on < '%1'")
                           .arg(today.toString(Qt::ISODate)))
                && q.next());
        const int overdue = q.value(0).toInt();
        auto groups = WorkingGroupRepository(*migrated.value()).openItemGroups(today);
        QVERIFY2(groups, qPrintable(groups.errorMessage()));
        int counted = 0;
        for (const OpenItemGroup &g : std::as_const(groups.value()))
            counted += g.overdue;
        QCOMPARE(counted, overdue);
        // Migration 11: a period's COEs, now read from the new index, are
        // every COE whose impact began in it or, with no impact start,
        // that was written in it, in the order they were written.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO coes (title, created_at, updated_at)"
                                      " VALUES ('No impact start yet', '2026-11-02T09:00:00Z', '2026-11-02T09:00:00Z')")));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM coes WHERE COALESCE(impact_start_at, created_at) >= '2000-01-01'")) && q.next());
        const int inPeriod = q.value(0).toInt();
        QVERIFY(inPeriod > 0);
        auto read = WorkingGroupRepository(*migrated.value()).coes(WorkingGroupRepository::Period { QDate(2000, 1, 2), QDate(2100, 1, 1) });
        QVERIFY2(read, qPrintable(read.errorMessage()));
        QCOMPARE(read.value().size(), inPeriod);
        QVERIFY(std::is_sorted(read.value().cbegin(), read.value().cend(), [](const CoeFact &a, const CoeFact &b) { return a.id < b.id; }));
        QCOMPARE(read.value().constLast().title, QStringLiteral("No impact start yet"));
    }

    // A database left at every earlier version, holding a COE, upgrades to
    // exactly the schema a fresh one gets, keeping the COE searchable.
    void stepwiseUpgradeMatchesFresh()
    {
        auto fresh = test::openFresh(m_dir, QStringLiteral("stepwise-fresh.db"));
        const QStringList wanted = schemaOf(*fresh);
        for (int version = 1; version < Migrator::latestVersion(); ++version) {
            std::unique_ptr<Database> db;
            const QString name = QStringLiteral("stepwise-%1.db").arg(version);
            if (test::onServer()) {
                db = test::openOnServer(test::freshSchemaName(), false);
            } else {
                OpenOptions options;
                options.path = m_dir.filePath(name);
                options.create = true;
                options.migrate = false;
                db = std::move(Database::openSqlite(options)).value();
            }
            QVERIFY(Migrator::apply(*db, Migrator::shipped().mid(0, version)));
            QCOMPARE(db->schemaVersion(), version);
            QVERIFY(sql::exec(*db, QStringLiteral("INSERT INTO coes (title, summary, created_at, updated_at) "
                                                  "VALUES ('Throttled writes in eu-west-1', 'queue backlog', 'x', 'x')")));
            QVERIFY(Migrator::migrate(*db));
            QCOMPARE(db->schemaVersion(), Migrator::latestVersion());
            QCOMPARE(schemaOf(*db), wanted);
            auto found = sql::exec(*db, QStringLiteral("SELECT count(*) FROM coe_search"));
            QVERIFY(found && found.value().next());
            QCOMPARE(found.value().value(0).toInt(), 1);
        }
    }

    void newerDatabaseIsRefusedUntouched()
    {
        if (test::onServer()) {
            const QString schema = test::freshSchemaName();
            {
                auto db = test::openOnServer(schema);
                QVERIFY(sql::exec(*db, QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'from_the_future', 'x')")
                                           .arg(Migrator::latestVersion() + 5)));
            }
            PgConnection c = *test::testServer();
            c.schema = schema;
            auto db = Database::openPostgres(c, OpenOptions {});
            QVERIFY(!db);
            QVERIFY2(db.errorMessage().contains(QStringLiteral("newer Closeloop")), qPrintable(db.errorMessage()));
            QVERIFY(db.errorMessage().contains(QString::number(Migrator::latestVersion() + 5)));
            return;
        }
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
                       QStringLiteral("CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n"), {} });
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
        steps.append({ Migrator::latestVersion() + 1, QStringLiteral("extra"), QStringLiteral("CREATE TABLE extra (x INTEGER);\n"), {} });
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
