#pragma once

#include "ids.h"

#include <QList>
#include <QString>

namespace closeloop {

// Where a service runs. A zone left empty means a regional footprint (for
// example a dependency on a regional store).
struct ServiceZone {
    QString region;
    QString zone;
    friend bool operator==(const ServiceZone &, const ServiceZone &) = default;
};

struct Service {
    Id id = 0;
    int revision = 0;
    QString name;
    QString team;
    int tier = 2; // 1 = most critical
    QString description;
    OptionalId ownerId;
    int recertIntervalDays = 365;
    QList<ServiceZone> footprint;
};

} // namespace closeloop
