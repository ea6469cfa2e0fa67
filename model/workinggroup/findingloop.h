#pragma once

#include "domain/actionitem.h"
#include "domain/orr.h"
#include "domain/result.h"
#include "storage/findingrepository.h"

#include <QDate>

namespace closeloop {

class Database;

// The working group's loop: a finding (a pattern across COEs) ends in a
// change of practice. A new ORR axiom is stored with the finding's COEs as
// its motivation and linked from the finding; an automated check in the
// deployment pipeline becomes the finding's action item; a best practice
// is a written note. Each is saved with the finding in one transaction.
struct FindingDecision {
    std::optional<Axiom> newAxiom;   // outcome NewAxiom
    std::optional<ActionItem> check; // outcome AutomatedCheck
};

// Why a finding cannot be saved as it stands; empty when it can.
QString findingProblem(const Finding &finding, const FindingDecision &decision);

// Creates or updates the finding and carries out its decision.
Status saveFinding(Database &db, Finding &finding, const FindingDecision &decision);

// "DEP" and the axioms in force → "DEP-6": one past the highest number.
QString nextAxiomKey(const QList<Axiom> &axioms, const QString &prefix);

// The axiom editor's first draft: the finding's title as the statement,
// its description and COEs as the rationale, its COEs as motivation.
Axiom axiomDraft(const Finding &finding, Id setId, const QString &area, const QString &key);

// The action item for "add an automated check to the deployment pipeline".
ActionItem automatedCheckDraft(const Finding &finding, OptionalId owner, const QDate &due);

// Traceability, both ways.
struct CoeTrace {
    QList<FindingSummary> findings; // that cite the COE
    QList<Axiom> axioms;            // current axioms it motivated, directly or through a finding
};
struct AxiomTrace {
    QList<Id> coeIds;               // that motivated it
    QList<FindingSummary> findings; // that produced it
};
Result<CoeTrace> coeTrace(Database &db, Id coeId);
Result<AxiomTrace> axiomTrace(Database &db, const Axiom &axiom);

} // namespace closeloop
