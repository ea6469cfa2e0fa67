#pragma once

#include "domain/actionitem.h"

#include <QDate>
#include <QList>
#include <QString>

namespace closeloop {

// A follow-up digest per owner, as Markdown to paste into mail or chat:
// each owner's unfinished items, overdue first, with how late or how soon.
// Done and won't-do items are left out.
QString followUpDigest(const QList<ActionItemSummary> &items, const QDate &today);

// What the overdue summary says, counted: in memory from a list, or in SQL
// by ActionListReader::overdue() for a database of half a million items.
struct OverdueFacts {
    int open = 0; // open or in progress
    QList<std::pair<QString, int>> perOwner; // overdue items per owner name ("" for none), most first
    QString oldestTitle; // the overdue item due longest ago; empty when none is overdue
    QDate oldestDue;
    int overdue() const;
};
OverdueFacts overdueFacts(const QList<ActionItemSummary> &items, const QDate &today);

// One calm paragraph for the start of the day: how many items are overdue,
// whose they are (the three owners with most first), and the oldest one.
QString overdueSummary(const OverdueFacts &facts, const QDate &today);
inline QString overdueSummary(const QList<ActionItemSummary> &items, const QDate &today)
{
    return overdueSummary(overdueFacts(items, today), today);
}

// Any list of items as CSV (RFC 4180: comma-separated, quoted where
// needed, CRLF line ends), with a header row.
QString actionsToCsv(const QList<ActionItemSummary> &items, const QDate &today);

} // namespace closeloop
