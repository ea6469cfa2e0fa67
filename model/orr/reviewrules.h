#pragma once

#include "domain/orr.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace closeloop {

// What is wrong with one answer, in words a reviewer can act on; empty when
// the answer can be saved. `team` are the review's participants: a waiver
// approver must not be one of them.
QStringList answerProblems(const OrrAnswer &answer, const Axiom &axiom, const QList<Id> &team, const QDate &today);

// Whether an answer counts as meeting its axiom for sign-off today:
// unanswered counts as not met, and a waiver only until it expires.
bool answerHolds(const OrrAnswer &answer, const QDate &today);

// What a go/no-go decision is made on.
struct SignOffSummary {
    QList<OrrAnswer> blocking; // launch-blocking axioms that do not hold
    QList<OrrAnswer> notHolding; // every axiom that does not hold
    QList<OrrAnswer> waivers; // accepted waivers still in force
    QList<OrrAnswer> expiredWaivers;
    int answered = 0;
    int total = 0;
    bool canGo() const { return blocking.isEmpty(); }
};
SignOffSummary signOffSummary(const OrrReview &review, const QHash<Id, Axiom> &axioms, const QDate &today);

} // namespace closeloop
