#pragma once

#include "database.h"
#include "domain/result.h"
#include "workinggroup/dashboardfacts.h"
#include "workinggroup/similarity.h"

namespace closeloop {

// Reads the flat rows the working group's dashboard aggregates and the
// words its similarity search compares: a handful
// of whole-table queries rather than one per record, so that ten thousand
// COEs load in a blink. Strength and recertification are left to the
// caller (they are rules, not storage).
class WorkingGroupRepository final {
public:
    explicit WorkingGroupRepository(Database &db) : m_db(db) { }

    Result<QList<CoeFact>> coes();
    Result<QList<ActionFact>> actions();
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
