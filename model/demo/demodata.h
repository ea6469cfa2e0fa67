#pragma once

#include "domain/result.h"
#include "storage/database.h"

#include <QDate>

namespace closeloop {

// Fills an empty database with a small, realistic organisation: services,
// people, COEs in every workflow state, an axiom set, ORR reviews, action
// items (open, overdue, done) and a working-group finding. Dates are placed
// relative to `today`, so the demo always has overdue and upcoming items.
// Refuses a database that already holds COEs or services.
Status seedDemoData(Database &db, const QDate &today = QDate::currentDate());

} // namespace closeloop
