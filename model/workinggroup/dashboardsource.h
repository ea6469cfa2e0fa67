#pragma once

#include "dashboard.h"
#include "domain/result.h"

namespace closeloop {

class Database;

// Everything the dashboard, the report and the axiom-effectiveness view
// read, in one pass over the database, so that refiltering by service,
// team or severity is pure arithmetic. With a period (scope.from and
// scope.to), only the COEs of that period and the action items that can
// count in it are read: a year of a large organisation, not its decade.
Result<DashboardFacts> loadDashboardFacts(Database &db, const QDate &today, const DashboardFilter &scope = {});

} // namespace closeloop
