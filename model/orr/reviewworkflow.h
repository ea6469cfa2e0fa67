#pragma once

#include "domain/orr.h"
#include "domain/result.h"
#include "domain/service.h"
#include "reviewcycle.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace closeloop {

class Database;

// Everything a review is read against: the axiom versions it answered and
// the set's current versions (to offer moving to them).
struct ReviewContext {
    OrrReview review;
    Service service;
    AxiomSet set;
    QHash<Id, Axiom> axioms; // every version the review or the set's current list refers to
    QList<Axiom> current; // the set's current axioms, in library order
    bool behindLibrary() const; // some answered axiom has a newer version, or the set has new axioms
};
Result<ReviewContext> loadReviewContext(Database &db, Id reviewId);

// Whether an axiom applies to a service of this tier ("1,2" = tiers 1 and 2).
bool axiomAppliesTo(const Axiom &axiom, int tier);

// A new review asks every current axiom of the set that applies to the
// service's tier, unanswered.
Result<Id> createReview(Database &db, OrrReview &review);

// Saves one answer after checking it (answerProblems): the whole review is
// written in one transaction. An answer that is "not met" gets an action
// item (owner: the person answering; due by the team's priority policy;
// P1 when the axiom blocks launch) unless it already has one.
struct AnswerSaved {
    Id createdActionId = 0;
};
Result<AnswerSaved> saveAnswer(Database &db, ReviewContext &context, OrrAnswer answer, OptionalId person,
                               const QDateTime &nowUtc);

// Signs the review off with a go or no-go. A go is refused while any
// launch-blocking axiom does not hold. The decision, its owner, the
// blocking items and the waivers accepted are recorded with it; after
// that the review never changes.
struct SignOffRequest {
    ReviewDecision decision = ReviewDecision::Pending;
    Id ownerId = 0;
    QString notes;
};
Status signOff(Database &db, ReviewContext &context, const SignOffRequest &request, const QDateTime &nowUtc);

// Starts the service's next review from a copy of a signed-off one (see
// nextReviewFrom). When a review already continues it, that review's id
// is returned instead of a second copy.
Result<Id> startNextReview(Database &db, Id previousId, ReviewKind kind, const QDate &date);

// Moves an in-progress review to the set's current axiom versions.
Result<RebaseSummary> moveToCurrentAxioms(Database &db, ReviewContext &context);

// The previous review of the same service this one is compared with: the
// one it continues, else the latest signed-off review before it.
Result<std::optional<ReviewContext>> previousReview(Database &db, const ReviewContext &context);

} // namespace closeloop
