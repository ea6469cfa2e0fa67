#include "weeklyagenda.h"

namespace closeloop {

WeeklyAgenda weeklyAgenda(const DashboardFacts &facts, const QDate &today)
{
    WeeklyAgenda agenda { today.addDays(-6), today, {}, {} };
    auto inWeek = [&agenda](const QDate &d) { return d.isValid() && d >= agenda.from && d <= agenda.to; };
    for (const ActionFact &item : facts.actions)
        if (item.strong && item.status == ActionStatus::Done && item.doneOn && inWeek(*item.doneOn))
            agenda.quickWins.append(item);
    for (const CoeFact &coe : facts.coes)
        if (inWeek(coe.date))
            agenda.coes.append(coe);
    std::sort(agenda.coes.begin(), agenda.coes.end(), [](const CoeFact &a, const CoeFact &b) {
        return a.severity != b.severity ? a.severity < b.severity : a.date > b.date;
    });
    return agenda;
}

} // namespace closeloop
