#pragma once

// Helpers shared by the test executables: a fresh database in a temporary
// folder, and reading a file's bytes to prove it was not touched.

#include "storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace closeloop::test {

inline std::unique_ptr<Database> openFresh(const QTemporaryDir &dir, const QString &name = QStringLiteral("test.db"))
{
    OpenOptions options;
    options.path = dir.filePath(name);
    options.create = true;
    options.actor = QStringLiteral("tester");
    auto db = Database::openSqlite(options);
    if (!db)
        qFatal("cannot open test database: %s", qPrintable(db.errorMessage()));
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
