#include "bulkedit.h"
#include "domain/translate.h"

#include <QCoreApplication>
#include <QHash>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::BulkEdit", text);
}

} // namespace

QString BulkEdit::describe(int count, const QString &ownerName) const
{
    QStringList parts;
    if (status)
        parts << tr("status → %1").arg(enumLabel(*status));
    if (owner)
        parts << (owner->has_value() ? tr("owner → %1").arg(ownerName) : tr("owner cleared"));
    if (due)
        parts << (due->has_value() ? tr("due → %1").arg((*due)->toString(Qt::ISODate)) : tr("due date cleared"));
    return count == 1 ? tr("1 action item: %1").arg(parts.join(QStringLiteral(", ")))
                      : tr("%1 action items: %2").arg(count).arg(parts.join(QStringLiteral(", ")));
}

Result<QList<ActionItem>> applyBulkEdit(const QList<ActionItem> &items, const BulkEdit &edit, const QDate &today)
{
    if (items.isEmpty())
        return Error { tr("Select the action items to change first.") };
    if (edit.isEmpty())
        return Error { tr("Choose what to change: the status, the owner or the due date.") };
    if (edit.status == ActionStatus::WontDo && edit.statusReason.trimmed().isEmpty())
        return Error { tr("Say why these items will not be done: a reason is required, and it is kept with each item.") };
    if (edit.due && edit.due->has_value() && !(*edit.due)->isValid())
        return Error { tr("The due date is not a valid date; use YYYY-MM-DD, e.g. 2026-12-15.") };

    QList<ActionItem> out = items;
    for (ActionItem &a : out) {
        if (edit.status && a.status != *edit.status) {
            a.status = *edit.status;
            a.doneOn = a.status == ActionStatus::Done ? std::optional<QDate>(today) : std::nullopt;
            a.statusReason = a.status == ActionStatus::WontDo ? edit.statusReason.trimmed() : QString();
        } else if (edit.status == ActionStatus::WontDo) {
            a.statusReason = edit.statusReason.trimmed();
        }
        if (edit.owner)
            a.ownerId = *edit.owner;
        if (edit.due)
            a.due = *edit.due;
    }
    return out;
}

QList<ActionItem> restoreBulkFields(const QList<ActionItem> &current, const QList<ActionItem> &before)
{
    QHash<Id, const ActionItem *> old;
    for (const ActionItem &a : before)
        old.insert(a.id, &a);
    QList<ActionItem> out = current;
    for (ActionItem &a : out) {
        const ActionItem *was = old.value(a.id);
        if (!was)
            continue;
        a.status = was->status;
        a.statusReason = was->statusReason;
        a.ownerId = was->ownerId;
        a.due = was->due;
        a.doneOn = was->doneOn;
    }
    return out;
}

} // namespace closeloop
