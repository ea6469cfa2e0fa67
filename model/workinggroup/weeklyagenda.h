#pragma once

#include "dashboardfacts.h"

namespace closeloop {

// The weekly operations review's agenda: the wins worth a moment (strong
// action items finished this week), the COEs of the week, then the wheel.
struct WeeklyAgenda {
    QDate from; // the seven days ending today
    QDate to;
    QList<ActionFact> quickWins;
    QList<CoeFact> coes;
};

WeeklyAgenda weeklyAgenda(const DashboardFacts &facts, const QDate &today);

} // namespace closeloop
