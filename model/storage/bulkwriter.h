#pragma once

#include "database.h"
#include "domain/ids.h"
#include "domain/result.h"
#include "transaction.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace closeloop {

// Writes many rows fast, for generated data sets and bulk loads: one
// transaction, each statement prepared once and reused, no per-field audit
// rows, and the search index paused until finish() rebuilds it once.
// Destroyed without finish(), it leaves the database as it was.
class BulkWriter final {
public:
    explicit BulkWriter(Database &db);
    ~BulkWriter();

    // Starts the transaction and pauses the search index.
    Status begin();
    // One row; `columns` must be the same list on every call for a table.
    // Returns the new row's id (0 for tables without one).
    Result<Id> insert(const QString &table, const QStringList &columns, const QVariantList &values, bool returnsId = true);
    // Rebuilds the search index and commits.
    Status finish();

private:
    Database &m_db;
    std::unique_ptr<Transaction> m_tx;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace closeloop
