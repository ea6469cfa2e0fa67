#pragma once

#include "dashboardfacts.h"
#include "domain/result.h"

namespace closeloop {

class Database;

// Everything the dashboard, the report and the axiom-effectiveness view
// read, in one pass over the database. Action strength is judged here,
// once, so that refiltering is pure arithmetic.
Result<DashboardFacts> loadDashboardFacts(Database &db, const QDate &today);

} // namespace closeloop
