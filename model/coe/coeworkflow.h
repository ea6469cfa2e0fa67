#pragma once

#include "coechecks.h"
#include "domain/actionitem.h"
#include "domain/coe.h"
#include "domain/result.h"

#include <QList>
#include <QString>

namespace closeloop {

// Draft → In review → Approved → Closed, with "request changes" taking a
// COE in review back to draft. Each check says why a step is not allowed
// in words the person trying it can act on.

// The bar raiser's checklist, after Google's postmortem review questions.
struct ReviewQuestion {
    const char *key;
    const char *text;
};
const QList<ReviewQuestion> &reviewQuestions();
QString reviewQuestionText(const QString &key);

Status checkSubmit(const Coe &coe, const QList<ActionItem> &items, const QDateTime &nowUtc);
// Approval needs a reviewer who is not the author (the assigned one, when
// someone is assigned) and a "yes" to every checklist question.
Status checkApprove(const Coe &coe, Id approverId, const QList<ReviewCheck> &answers);
// Changes can be requested by anyone but the author, with at least one note.
Status checkRequestChanges(const Coe &coe, Id reviewerId, const QList<ReviewCheck> &answers);
// Closed once every action item is done, or not done with a written reason.
Status checkClose(const Coe &coe, const QList<ActionItem> &items);

} // namespace closeloop
