#pragma once

#include "database.h"
#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace closeloop {

// One table as the copy found it on both sides.
struct TableTally {
    QString table;
    qint64 rows = 0;
    QByteArray checksum; // SHA-256, hex, of the rows in any order
};

struct CopyReport {
    QList<TableTally> tables; // every table copied, verified on both sides
    qint64 totalRows() const;
};

// Reports (rows copied so far, rows in all, the table being copied);
// returning false cancels, and the target is left as it was.
using CopyProgress = std::function<bool(qint64 done, qint64 total, const QString &table)>;

// The tables a whole-database copy carries, parents before children. The
// search index is not among them: each database rebuilds its own.
const QStringList &copiedTables();

// Counts and a content checksum of every copied table; the same data gives
// the same tally in SQLite and PostgreSQL.
Result<QList<TableTally>> tallyTables(Database &db);

// Copies everything in `from` into the empty database `to` (a local file
// into a shared server, or back), keeping every id, in one transaction on
// `to`; then compares counts and checksums on both sides. A target that
// already holds data is refused untouched; any difference undoes the copy.
Result<CopyReport> copyDatabase(Database &from, Database &to, const CopyProgress &progress = {});

} // namespace closeloop
