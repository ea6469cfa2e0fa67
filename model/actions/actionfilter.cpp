#include "actionfilter.h"

namespace closeloop {

namespace {

bool sameName(const QString &name, const QString &wanted)
{
    if (wanted.isEmpty())
        return true;
    return name.compare(wanted, Qt::CaseInsensitive) == 0
        || name.section(QLatin1Char(' '), 0, 0).compare(wanted, Qt::CaseInsensitive) == 0;
}

} // namespace

bool ActionFilter::matches(const ActionItemSummary &s, const QDate &today) const
{
    const ActionItem &i = s.item;
    if (!sameName(s.ownerName, owner))
        return false;
    if (!service.isEmpty() && s.serviceName.compare(service, Qt::CaseInsensitive) != 0)
        return false;
    if (source && i.source != *source)
        return false;
    if (!statuses.isEmpty() && !statuses.contains(i.status))
        return false;
    if (priority && i.priority != *priority)
        return false;
    if (type && i.type != *type)
        return false;
    if (overdueOnly && !i.isOverdue(today))
        return false;
    if (dueBy && (!i.due || *i.due > *dueBy))
        return false;
    if (noDueDateOnly && i.due)
        return false;
    if (!text.isEmpty()) {
        const bool found = i.title.contains(text, Qt::CaseInsensitive) || i.description.contains(text, Qt::CaseInsensitive)
            || i.trackerRef.contains(text, Qt::CaseInsensitive) || s.sourceTitle.contains(text, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    if (!strength)
        return true;
    // Lists classify once per load; classify here only when they did not.
    if (const auto known = enumFromKey<ActionStrength>(s.strengthKey))
        return *known == *strength;
    return classifyStrength(i).strength == *strength;
}

QList<ActionItemSummary> filterActions(const QList<ActionItemSummary> &all, const ActionFilter &filter, const QDate &today)
{
    QList<ActionItemSummary> out;
    for (const ActionItemSummary &s : all)
        if (filter.matches(s, today))
            out.append(s);
    return out;
}

} // namespace closeloop
