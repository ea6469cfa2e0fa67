#pragma once

#include "domain/actionitem.h"
#include "domain/result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace closeloop {

// One change applied to many action items at once: a new status, a new
// owner, a new due date, or any mix. Unset parts leave items as they are.
struct BulkEdit {
    std::optional<ActionStatus> status;
    QString statusReason; // required when the status is "won't do"
    std::optional<OptionalId> owner; // set to nullopt-inside to clear the owner
    std::optional<std::optional<QDate>> due; // likewise, to clear the due date

    bool isEmpty() const { return !status && !owner && !due; }
    // "Status → Done", "Owner → Priya Raman", for the undo history.
    QString describe(int count, const QString &ownerName = {}) const;
};

// The items as they will be after the edit, or why the edit cannot be made
// (nothing is changed then). Marking done stamps today as the done date;
// reopening clears it.
Result<QList<ActionItem>> applyBulkEdit(const QList<ActionItem> &items, const BulkEdit &edit, const QDate &today);

// `current` with the fields a bulk edit touches (status, reason, owner,
// due, done date) put back as they were in `before`: what undo writes.
// Items are matched by id; revisions stay those of `current`.
QList<ActionItem> restoreBulkFields(const QList<ActionItem> &current, const QList<ActionItem> &before);

} // namespace closeloop
