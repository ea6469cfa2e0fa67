#pragma once

#include "database.h"
#include "domain/orr.h"
#include "domain/result.h"

#include <QList>

namespace closeloop {

// The ORR axiom library: sets of axioms, each axiom kept in every version.
class AxiomRepository final {
public:
    explicit AxiomRepository(Database &db) : m_db(db) { }

    Result<Id> createSet(AxiomSet &set);
    Result<AxiomSet> loadSet(Id id);
    Result<QList<AxiomSet>> listSets();

    // Adds version 1 of a new axiom to its set.
    Result<Id> add(Axiom &axiom);
    // Stores the edited axiom as the next version; the version it replaces
    // stays for the reviews that answered it.
    Result<Id> revise(Axiom &axiom);
    Result<Axiom> load(Id id);
    Result<QList<Axiom>> current(Id setId);
    Result<QList<Axiom>> versions(Id setId, const QString &key);

private:
    Result<Id> insertVersion(Axiom &axiom);
    Database &m_db;
};

} // namespace closeloop
