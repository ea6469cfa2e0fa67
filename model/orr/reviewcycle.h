#pragma once

#include "domain/orr.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace closeloop {

// The next review of a service starts from a copy of the last one: answers
// to axioms whose version did not change are carried over (evidence,
// waivers and calculator inputs with them); changed or new axioms start
// unanswered, so the team is asked again only what changed. Expired
// waivers are not carried: the risk has to be decided again.
OrrReview nextReviewFrom(const OrrReview &previous, const QHash<Id, Axiom> &previousAxioms, const QList<Axiom> &currentAxioms,
                         ReviewKind kind, const QDate &reviewDate);

// What moving a review to the current axiom versions did.
struct RebaseSummary {
    QStringList reasked; // keys of revised axioms, now unanswered again
    QStringList added; // keys new to the checklist
    bool isEmpty() const { return reasked.isEmpty() && added.isEmpty(); }
};

// Moves an in-progress review to the set's current axioms. An answer to a
// revised axiom keeps its row (and so its action items), notes and
// evidence, but points at the new version and is unanswered again: the
// team must look at it once more. New axioms are added unanswered;
// answers to unchanged versions are left exactly as they were.
RebaseSummary rebaseReview(OrrReview &review, const QHash<Id, Axiom> &axioms, const QList<Axiom> &currentAxioms);

// How a review differs from the service's previous one.
struct ReviewDiff {
    struct Change {
        QString key; // the axiom
        QString what; // one line a reviewer reads
    };
    QList<Change> answers; // state changed
    QList<Change> axioms; // added, removed, or a new version
    QList<Change> waivers; // expired since, or newly granted
    QList<Change> inputs; // calculator inputs that moved
    bool isEmpty() const { return answers.isEmpty() && axioms.isEmpty() && waivers.isEmpty() && inputs.isEmpty(); }
};
ReviewDiff diffReviews(const OrrReview &before, const OrrReview &after, const QHash<Id, Axiom> &axioms, const QDate &today);

} // namespace closeloop
