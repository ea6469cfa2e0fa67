#pragma once

#include "domain/orr.h"
#include "domain/result.h"
#include "domain/service.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace closeloop {

class Database;

// When a service must next pass an ORR, and why then.
struct RecertificationDue {
    Id serviceId = 0;
    QString serviceName;
    Id lastReviewId = 0; // 0 when no review was ever signed off
    std::optional<QDate> lastSignedOn;
    QDate due;
    QString reason;

    bool isOverdue(const QDate &today) const { return due < today; }
};

// Per service: its recertification interval (annual by default) after the
// last signed-off review, or earlier when a waiver of that review expires
// or evidence for an answer passes its axiom's maximum age. A service that
// never signed off a review is due now. Sorted soonest first.
QList<RecertificationDue> recertificationDue(const QList<Service> &services, const QList<OrrReview> &signedReviews,
                                             const QHash<Id, Axiom> &axioms, const QDate &today);

// The same, read from a database through the repositories.
Result<QList<RecertificationDue>> recertificationDue(Database &db, const QDate &today);

} // namespace closeloop
