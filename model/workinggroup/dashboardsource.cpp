#include "dashboardsource.h"

#include "memorypolicy.h"
#include "storage/workinggrouprepository.h"

#include <future>

namespace closeloop {

namespace {

using Period = std::optional<WorkingGroupRepository::Period>;

// Everything but the period's action items: the period's COEs, and what
// is small or already counted in SQL.
Status loadAllButActions(Database &db, const QDate &today, const Period &period, DashboardFacts &facts)
{
    WorkingGroupRepository repo(db);
    auto coes = repo.coes(period);
    if (!coes)
        return coes.error();
    facts.coes = std::move(coes).value();
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
    return {};
}

} // namespace

Result<DashboardFacts> loadDashboardFacts(Database &db, const QDate &today, const DashboardFilter &scope)
{
    Period period;
    if (scope.from.isValid() && scope.to.isValid())
        period = WorkingGroupRepository::Period { scope.from, scope.to };
    // The period's action items are the largest read (54,000 rows for a
    // year of a large organisation): they are read on a connection of
    // their own on another thread, while this one reads the rest.
    auto actions = std::async(std::launch::async, [&db, period]() -> Result<QList<ActionFact>> {
        // The thread's heap is new: on huge pages, the first touch of the
        // rows' memory takes a fraction of the page faults (a first opening
        // of the dashboard: 8,500 faults and 245 ms to 1,300 and 165 ms).
        backThreadHeapWithHugePages();
        auto reader = db.openReaderBeside();
        if (!reader)
            return reader.error();
        return WorkingGroupRepository(**reader).actions(period);
    });
    DashboardFacts facts;
    const Status rest = loadAllButActions(db, today, period, facts);
    Result<QList<ActionFact>> items = actions.get();
    if (!rest)
        return rest.error();
    if (!items)
        return items.error();
    facts.actions = std::move(items).value();
    return facts;
}

} // namespace closeloop
