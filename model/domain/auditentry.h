#pragma once

#include "ids.h"

#include <QDateTime>
#include <QString>

namespace closeloop {

// One recorded change: who changed which field of which record, and how.
struct AuditEntry {
    Id id = 0;
    QDateTime at;
    QString actor;
    QString entity; // table of the aggregate root, e.g. "coes"
    Id entityId = 0;
    QString action; // create, update, delete, transition
    QString field;
    QString oldValue;
    QString newValue;
};

} // namespace closeloop
