#pragma once

#include "database.h"
#include "domain/result.h"
#include "workinggroup/dashboardfacts.h"
#include "workinggroup/similarity.h"

#include <optional>

namespace closeloop {

// Reads the flat rows the working group's dashboard aggregates and the
// words its similarity search compares: a handful
// of whole-table queries rather than one per record, so that ten thousand
// COEs load in a blink. Strength and recertification are left to the
// caller (they are rules, not storage).
class WorkingGroupRepository final {
public:
    explicit WorkingGroupRepository(Database &db) : m_db(db) { }

    // A period to read for: COEs whose impact began in it (a day either
    // side, for time zones; the dashboard filters exactly), and the action
    // items opened or done in it, still open, or of those COEs. Without
    // one, everything is read.
    struct Period {
        QDate from;
        QDate to;
    };
    Result<QList<CoeFact>> coes(const std::optional<Period> &period = {});
    Result<QList<ActionFact>> actions(const std::optional<Period> &period = {});
    // Open items past due on `today` or raised by a launch-blocking axiom,
    // counted per service and severity.
    Result<QList<OpenItemGroup>> openItemGroups(const QDate &today);
    // Waivers of each service's latest signed-off review.
    Result<QList<WaiverFact>> waivers();
    // Answers of signed-off reviews that passed or waived their axiom.
    Result<QList<AxiomPassFact>> passes();
    Result<QHash<Id, QString>> serviceTeams();
    // Every COE's title, summary, whys, root causes, tags and labels.
    Result<QList<CoeText>> coeTexts();

private:
    Database &m_db;
};

} // namespace closeloop
