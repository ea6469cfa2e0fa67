#pragma once

#include "database.h"
#include "domain/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace closeloop {

struct Migration {
    int version = 0;
    QString name;
    QString sql; // with dialect tokens; for every dialect without a variant
    QHash<QString, QString> variants; // dialect name -> the step written for it

    QString sqlFor(const QString &dialect) const { return variants.value(dialect, sql); }
};

// Numbered schema steps compiled in as resources (model/storage/migrations).
// Each step runs in its own transaction and records its version in
// schema_migrations; a failing step leaves the database as it was before it.
class Migrator final {
public:
    static const QList<Migration> &shipped();
    static int latestVersion();

    // 0 for a database without a Closeloop schema.
    static Result<int> currentVersion(const Database &db);
    // Whether the database holds tables that are not Closeloop's.
    static Result<bool> hasForeignTables(const Database &db);

    static Status migrate(Database &db);
    // Applies the given steps above the current version (tests pass broken ones).
    static Status apply(Database &db, const QList<Migration> &steps);

    // Statements of a migration, split at semicolons that end a line.
    static QStringList splitStatements(const QString &sql);
};

} // namespace closeloop
