#pragma once

#include "database.h"
#include "domain/result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace closeloop {

// Row counts per entity, for `closeloop-cli check` and the status bar.
struct EntityCount {
    QString entity; // stable key, e.g. "coes"
    qint64 count = 0;
};

// Rows in one of our own tables (the name is never user input).
Result<qint64> countRows(const Database &db, const QString &table);
// Whether one of our own tables holds any row (without counting them).
Result<bool> hasRows(const Database &db, const QString &table);
Result<QList<EntityCount>> countEntities(const Database &db);

} // namespace closeloop
