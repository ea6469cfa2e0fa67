#pragma once

#include "domain/ids.h"
#include "domain/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace closeloop {

class Database;

// Pieces shared by the readers behind the large lists (COEs, action items):
// they answer "which ids, in which order" with WHERE and ORDER BY in SQL,
// then fetch whole rows only for the ids a view is about to show.
namespace listquery {

// A WHERE clause built up condition by condition, with its binds.
class Where {
public:
    void add(const QString &condition) { m_conditions << condition; }
    // A fresh placeholder name bound to `value` (":w3").
    QString bind(const QVariant &value);
    // `needle` anywhere in one of `columns`, case-insensitively.
    QString containsAny(const Database &db, const QStringList &columns, const QString &needle);
    QString sql() const;
    const QVariantMap &binds() const { return m_binds; }

private:
    QStringList m_conditions;
    QVariantMap m_binds;
};

// `text` with LIKE's wildcards and the escape character escaped (ESCAPE '\\').
QString escapeLike(QString text);

// The words of a filter box: every one must match somewhere.
QStringList words(const QString &text);

// "ORDER BY <key> <dir>, ..., <tie> <dir>": a stable order, ties broken by id.
QString orderBy(const QStringList &keys, bool descending, const QString &tie);

// Runs a query whose first column is an id.
Result<QList<Id>> ids(const Database &db, const QString &statement, const QVariantMap &binds);
// Runs a query whose one row and column is a count.
Result<int> count(const Database &db, const QString &statement, const QVariantMap &binds);
// " LIMIT n" to end a statement with, or nothing for a negative n.
QString limit(int n);

// "1,2,3" for an IN list: ids are integers we read ourselves, so they are
// written into the statement rather than bound (SQLite allows only so many
// binds per statement).
QString idList(const QList<Id> &ids);

// Rows read by id (in whatever order the database chose) put back in the
// order of `ids`; ids with no row are left out.
template <typename Row>
QList<Row> inOrder(const QList<Id> &ids, const QHash<Id, Row> &byId)
{
    QList<Row> list;
    list.reserve(ids.size());
    for (Id id : ids)
        if (auto it = byId.constFind(id); it != byId.cend())
            list.append(*it);
    return list;
}

// `fetch` (ids -> Result<QList<Row>>) over the ids a few thousand at a time.
template <typename Row, typename Fetch>
Result<QList<Row>> inBatches(const QList<Id> &ids, Fetch fetch)
{
    QList<Row> all;
    all.reserve(ids.size());
    for (qsizetype from = 0; from < ids.size(); from += 4096) {
        auto some = fetch(ids.mid(from, 4096));
        if (!some)
            return some.error();
        all.append(std::move(some).value());
    }
    return all;
}

} // namespace listquery
} // namespace closeloop
