#include "dashboardsource.h"

#include "actions/actionrules.h"
#include "storage/workinggrouprepository.h"

namespace closeloop {

Result<DashboardFacts> loadDashboardFacts(Database &db, const QDate &today)
{
    WorkingGroupRepository repo(db);
    DashboardFacts facts;
    auto coes = repo.coes();
    if (!coes)
        return coes.error();
    facts.coes = std::move(coes).value();
    auto actions = repo.actions();
    if (!actions)
        return actions.error();
    facts.actions = std::move(actions).value();
    for (ActionFact &item : facts.actions)
        item.strong = classifyStrength(item.title, item.description, item.type).strength == ActionStrength::Strong;
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
