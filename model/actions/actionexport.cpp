#include "actionexport.h"
#include "domain/localdate.h"
#include "domain/translate.h"

#include "actionrules.h"
#include "report/reportparts.h"
#include "report/reporttemplates.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <numeric>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::ActionExport", text);
}

QString sourceText(const ActionItemSummary &s)
{
    return QStringLiteral("%1 %2: %3").arg(enumLabel(s.item.source)).arg(s.item.sourceId).arg(s.sourceTitle);
}

QString whenText(const ActionItem &i, const QDate &today)
{
    if (!i.due)
        return tr("no due date");
    const qint64 days = today.daysTo(*i.due);
    if (days == -1)
        return tr("**overdue 1 day**");
    if (days < 0)
        return tr("**overdue %1 days**").arg(-days);
    if (days == 0)
        return tr("due today");
    if (days == 1)
        return tr("due tomorrow");
    return tr("due in %1 days").arg(days);
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QString followUpDigest(const QList<ActionItemSummary> &items, const QDate &today)
{
    using kainjow::mustache::data;
    QMap<QString, QList<ActionItemSummary>> byOwner;
    for (const ActionItemSummary &s : items)
        if (s.item.isOpen())
            byOwner[s.ownerName].append(s);

    data owners { data::type::list };
    for (auto it = byOwner.begin(); it != byOwner.end(); ++it) {
        QList<ActionItemSummary> &list = it.value();
        std::stable_sort(list.begin(), list.end(), [](const ActionItemSummary &a, const ActionItemSummary &b) {
            return std::pair(a.item.due.value_or(QDate(9999, 12, 31)), a.item.priority) < std::pair(b.item.due.value_or(QDate(9999, 12, 31)), b.item.priority);
        });
        const int overdue = int(std::count_if(list.cbegin(), list.cend(), [&today](const ActionItemSummary &s) { return s.item.isOverdue(today); }));
        data rows { data::type::list };
        for (const ActionItemSummary &s : std::as_const(list)) {
            const ActionItem &i = s.item;
            data row;
            row.set("when", whenText(i, today).toStdString());
            row.set("priority", std::to_string(i.priority));
            row.set("title", markdownInline(i.title).toStdString());
            row.set("source", markdownInline(sourceText(s)).toStdString());
            if (!i.trackerRef.isEmpty())
                row.set("tracker", markdownInline(i.trackerRef).toStdString());
            rows.push_back(row);
        }
        data owner;
        owner.set("owner", (it.key().isEmpty() ? tr("No owner yet") : markdownInline(it.key())).toStdString());
        owner.set("counts", (overdue > 0 ? tr("%1 open, %2 overdue").arg(list.size()).arg(overdue) : tr("%1 open").arg(list.size())).toStdString());
        owner.set("items", rows);
        owners.push_back(owner);
    }
    data root;
    root.set("today", today.toString(Qt::ISODate).toStdString());
    root.set("nothingOpen", byOwner.isEmpty());
    root.set("owners", owners);
    return ReportTemplates::render(QStringLiteral("action-digest.md.mustache"), root);
}

int OverdueFacts::overdue() const
{
    return std::accumulate(perOwner.cbegin(), perOwner.cend(), 0, [](int n, const auto &o) { return n + o.second; });
}

OverdueFacts overdueFacts(const QList<ActionItemSummary> &items, const QDate &today)
{
    OverdueFacts facts;
    QMap<QString, int> perOwner;
    const ActionItemSummary *oldest = nullptr;
    for (const ActionItemSummary &s : items) {
        facts.open += s.item.isOpen() ? 1 : 0;
        if (!s.item.isOverdue(today))
            continue;
        ++perOwner[s.ownerName];
        if (!oldest || *s.item.due < *oldest->item.due)
            oldest = &s;
    }
    for (auto it = perOwner.cbegin(); it != perOwner.cend(); ++it)
        facts.perOwner.append({ it.key(), it.value() });
    std::stable_sort(facts.perOwner.begin(), facts.perOwner.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    if (oldest) {
        facts.oldestTitle = oldest->item.title;
        facts.oldestDue = *oldest->item.due;
    }
    return facts;
}

QString overdueSummary(const OverdueFacts &facts, const QDate &today)
{
    const int open = facts.open;
    if (facts.perOwner.isEmpty())
        return open == 0 ? tr("Nothing is overdue, and no action item is open.")
            : open == 1    ? tr("Nothing is overdue. 1 action item is open.")
                           : tr("Nothing is overdue. %L1 action items are open.").arg(open);

    const auto &owners = facts.perOwner;
    const int overdue = facts.overdue();
    QStringList parts;
    for (int i = 0; i < owners.size() && i < 3; ++i)
        parts << (owners.at(i).first.isEmpty() ? tr("%L1 with no owner").arg(owners.at(i).second)
                                               : tr("%L1 for %2").arg(owners.at(i).second).arg(owners.at(i).first));
    if (owners.size() > 3)
        parts << tr("%L1 more among %L2 other owners")
                     .arg(std::accumulate(owners.cbegin() + 3, owners.cend(), 0, [](int n, const auto &o) { return n + o.second; }))
                     .arg(owners.size() - 3);
    const qint64 late = facts.oldestDue.daysTo(today);
    const QString head = overdue == 1 ? tr("1 action item is overdue (%1).").arg(parts.join(QStringLiteral(", ")))
                                      : tr("%L1 action items are overdue: %2.").arg(overdue).arg(parts.join(QStringLiteral(", ")));
    const QString &title = facts.oldestTitle;
    const QString due = shownDate(facts.oldestDue);
    const QString tail = late == 1 ? tr("The oldest, “%1”, was due yesterday (%2).").arg(title, due)
                                   : tr("The oldest, “%1”, was due %2 (%L3 days ago).").arg(title, due).arg(late);
    return head + QLatin1Char(' ') + tail;
}

QString actionsToCsv(const QList<ActionItemSummary> &items, const QDate &today)
{
    const QStringList header { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("owner"), QStringLiteral("due"),
                               QStringLiteral("overdue"), QStringLiteral("status"), QStringLiteral("priority"), QStringLiteral("type"),
                               QStringLiteral("strength"), QStringLiteral("service"), QStringLiteral("source_kind"),
                               QStringLiteral("source_id"), QStringLiteral("source_title"), QStringLiteral("tracker") };
    QString out = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const ActionItemSummary &s : items) {
        const ActionItem &i = s.item;
        const QStringList row { QString::number(i.id), i.title, s.ownerName, i.due ? i.due->toString(Qt::ISODate) : QString(),
                                i.isOverdue(today) ? QStringLiteral("yes") : QStringLiteral("no"), enumKey(i.status),
                                QStringLiteral("P%1").arg(i.priority), enumKey(i.type), enumKey(classifyStrength(i).strength),
                                s.serviceName, enumKey(i.source), QString::number(i.sourceId), s.sourceTitle, i.trackerRef };
        QStringList fields;
        for (const QString &f : row)
            fields << csvField(f);
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

} // namespace closeloop
