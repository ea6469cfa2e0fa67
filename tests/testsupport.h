#pragma once

// Helpers shared by the test executables: a fresh database in a temporary
// folder, and reading a file's bytes to prove it was not touched.

#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace closeloop::test {

// The throwaway PostgreSQL cluster of a *_pg test run (CLOSELOOP_TEST_PG
// names the file holding its conninfo), or nothing in a SQLite run.
// The cluster's conninfo as written (with its password), or empty.
inline QString testConninfo()
{
    const QString file = qEnvironmentVariable("CLOSELOOP_TEST_PG");
    if (file.isEmpty())
        return {};
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("CLOSELOOP_TEST_PG names %s, which cannot be read", qPrintable(file));
    return QString::fromUtf8(f.readAll()).trimmed();
}

inline std::optional<PgConnection> testServer()
{
    const QString conninfo = testConninfo();
    if (conninfo.isEmpty())
        return std::nullopt;
    auto c = PgConnection::parse(conninfo);
    if (!c)
        qFatal("bad test conninfo: %s", qPrintable(c.errorMessage()));
    return c.value();
}

inline bool onServer()
{
    return testServer().has_value();
}

// A schema name no other test of this run has used.
inline QString freshSchemaName()
{
    static int counter = 0;
    return QStringLiteral("t%1_%2_%3").arg(QCoreApplication::applicationPid()).arg(++counter)
        .arg(QDateTime::currentMSecsSinceEpoch() % 100000);
}

// Opens a database on the test server in `schema` (made if missing).
inline std::unique_ptr<Database> openOnServer(const QString &schema, bool migrate = true)
{
    PgConnection c = *testServer();
    c.schema = schema;
    OpenOptions options;
    options.create = true;
    options.actor = QStringLiteral("tester");
    options.migrate = migrate;
    auto db = Database::openPostgres(c, options);
    if (!db)
        qFatal("cannot open test database on the server: %s", qPrintable(db.errorMessage()));
    return std::move(db).value();
}

// A fresh, empty Closeloop database: a file in `dir`, or in a *_pg run a new
// schema on the test server (`name` then only tells two apart).
inline std::unique_ptr<Database> openFresh(const QTemporaryDir &dir, const QString &name = QStringLiteral("test.db"))
{
    if (onServer())
        return openOnServer(freshSchemaName());
    OpenOptions options;
    options.path = dir.filePath(name);
    options.create = true;
    options.actor = QStringLiteral("tester");
    auto db = Database::openSqlite(options);
    if (!db)
        qFatal("cannot open test database: %s", qPrintable(db.errorMessage()));
    return std::move(db).value();
}

// A second connection to the database `first` (another program, another
// person): the same file, or the same schema on the test server.
inline std::unique_ptr<Database> openAgain(const Database &first, const QString &actor = QStringLiteral("someone else"))
{
    OpenOptions options;
    options.path = first.path();
    options.actor = actor;
    auto db = first.isShared() ? Database::openPostgres([&first] {
        PgConnection c = *testServer();
        c.schema = first.sharedConnection()->schema;
        return c;
    }(), options)
                               : Database::openSqlite(options);
    if (!db)
        qFatal("cannot open the test database again: %s", qPrintable(db.errorMessage()));
    return std::move(db).value();
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// Folds the WAL into the main file and leaves WAL mode, so that the file on
// disk is the whole database (for fixtures, and for tests that damage bytes).
inline bool flattenToSingleFile(const QString &path)
{
    bool ok = false;
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("flatten"));
        conn.setDatabaseName(path);
        QSqlQuery q(conn);
        ok = conn.open() && q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))
            && q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        q.finish();
        conn.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("flatten"));
    return ok;
}

} // namespace closeloop::test
