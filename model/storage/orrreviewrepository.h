#pragma once

#include "database.h"
#include "domain/orr.h"
#include "domain/result.h"

#include <QList>

namespace closeloop {

class OrrReviewRepository final {
public:
    explicit OrrReviewRepository(Database &db) : m_db(db) { }

    // Stores the review with its participants, answers, evidence and waivers.
    Result<Id> create(OrrReview &review);
    // Refused for a signed-off review: the record of a sign-off never changes.
    Status update(OrrReview &review);
    Result<OrrReview> load(Id id);
    Result<QList<OrrReviewSummary>> list();
    // The latest signed-off review of each service that has one.
    Result<QList<Id>> latestSignedOff();
    // These reviews with only what recertification reads: status and dates;
    // each answer's axiom, state and date, waiver expiry, and its newest
    // dated evidence (one Evidence carrying only collectedOn).
    Result<QList<OrrReview>> forRecertification(const QList<Id> &ids);

private:
    Status saveChildren(OrrReview &review);
    Status loadAnswers(OrrReview &review);
    Database &m_db;
};

} // namespace closeloop
