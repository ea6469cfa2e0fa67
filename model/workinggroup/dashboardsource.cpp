#include "dashboardsource.h"

#include "storage/workinggrouprepository.h"

namespace closeloop {

Result<DashboardFacts> loadDashboardFacts(Database &db, const QDate &today, const DashboardFilter &scope)
{
    WorkingGroupRepository repo(db);
    DashboardFacts facts;
    std::optional<WorkingGroupRepository::Period> period;
    if (scope.from.isValid() && scope.to.isValid())
        period = WorkingGroupRepository::Period { scope.from, scope.to };
    auto coes = repo.coes(period);
    if (!coes)
        return coes.error();
    facts.coes = std::move(coes).value();
    auto actions = repo.actions(period);
    if (!actions)
        return actions.error();
    facts.actions = std::move(actions).value();
    auto open = repo.openItemGroups(today);
    if (!open)
        return open.error();
    facts.openGroups = std::move(open).value();
    auto waivers = repo.waivers();
    if (!waivers)
        return waivers.error();
    facts.waivers = std::move(waivers).value();
    auto passes = repo.passes();
    if (!passes)
        return passes.error();
    facts.passes = std::move(passes).value();
    auto teams = repo.serviceTeams();
    if (!teams)
        return teams.error();
    facts.serviceTeams = std::move(teams).value();
    auto due = recertificationDue(db, today);
    if (!due)
        return due.error();
    facts.recertifications = std::move(due).value();
    return facts;
}

} // namespace closeloop
