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

Result<QList<EntityCount>> countEntities(const Database &db);

} // namespace closeloop
