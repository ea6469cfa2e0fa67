#pragma once

#include "orr/reviewworkflow.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace closeloop {

// The ORR review as a Markdown report, from templates/orr-review.md.mustache:
// the decision (or, before sign-off, what stands in its way), the
// launch-blocking axioms that do not hold, the waivers, every answer by
// area with its evidence, and each calculation with its formula and
// numbers. `people` names the participants, approvers and owners.
QString orrReviewToMarkdown(const ReviewContext &context, const QHash<Id, QString> &people, const QDate &today);

// The same, read from the database.
Result<QString> orrReviewReport(Database &db, Id reviewId, const QDate &today);

} // namespace closeloop
