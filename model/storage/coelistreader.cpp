#include "coelistreader.h"

#include "listquery.h"
#include "sql.h"

#include <QRegularExpression>

namespace closeloop {

namespace {

// Status keys in the order of the enum, so "sort by status" follows the
// workflow rather than the alphabet.
QString statusRank()
{
    QString rank = QStringLiteral("CASE c.status");
    for (CoeStatus s : enumValues<CoeStatus>())
        rank += QStringLiteral(" WHEN '%1' THEN %2").arg(enumKey(s)).arg(int(s));
    return rank + QStringLiteral(" ELSE 99 END");
}

QString orderKey(CoeListQuery::Order order)
{
    switch (order) {
    case CoeListQuery::Order::ById: return QStringLiteral("c.id");
    case CoeListQuery::Order::ByTitle: return QStringLiteral("LOWER(c.title)");
    case CoeListQuery::Order::ByService:
        return QStringLiteral("(SELECT LOWER(s.name) FROM services s WHERE s.id = c.service_id)");
    case CoeListQuery::Order::BySeverity: return QStringLiteral("c.severity");
    case CoeListQuery::Order::ByStatus: return statusRank();
    case CoeListQuery::Order::ByImpactStart: return QStringLiteral("c.impact_start_at");
    case CoeListQuery::Order::ByAuthor:
        return QStringLiteral("(SELECT LOWER(p.name) FROM people p WHERE p.id = c.author_id)");
    case CoeListQuery::Order::ByOpenActions:
        return QStringLiteral("(SELECT COUNT(*) FROM action_items a WHERE a.coe_id = c.id AND a.status IN ('open', 'in_progress'))");
    }
    return QStringLiteral("c.id");
}

} // namespace

void CoeListReader::filter(const CoeListQuery &query, listquery::Where &where)
{
    if (query.status)
        where.add(QStringLiteral("c.status = %1").arg(where.bind(enumKey(*query.status))));
    for (const QString &word : listquery::words(query.text)) {
        // Names are matched in their own small tables first, so the COE
        // table is read once however many services or people match.
        const QString services = where.containsAny(m_db, { QStringLiteral("name") }, word);
        const QString people = where.containsAny(m_db, { QStringLiteral("name") }, word);
        QString condition = QStringLiteral("(%1 OR c.service_id IN (SELECT id FROM services WHERE %2)"
                                           " OR c.author_id IN (SELECT id FROM people WHERE %3)")
                                .arg(where.containsAny(m_db, { QStringLiteral("c.title") }, word), services, people);
        bool isNumber = false;
        const qint64 id = word.toLongLong(&isNumber);
        if (isNumber)
            condition += QStringLiteral(" OR c.id = %1").arg(where.bind(id));
        // As the list shows them: "SEV-2", and the status by its name.
        static const QRegularExpression severity(QStringLiteral("^sev-?([1-5])$"), QRegularExpression::CaseInsensitiveOption);
        if (const auto m = severity.match(word); m.hasMatch())
            condition += QStringLiteral(" OR c.severity = %1").arg(where.bind(m.captured(1).toInt()));
        for (CoeStatus s : enumValues<CoeStatus>())
            if (enumLabel(s).startsWith(word, Qt::CaseInsensitive))
                condition += QStringLiteral(" OR c.status = %1").arg(where.bind(enumKey(s)));
        where.add(condition + QLatin1Char(')'));
    }
}

Result<QList<Id>> CoeListReader::ids(const CoeListQuery &query, int limit)
{
    listquery::Where where;
    filter(query, where);
    return listquery::ids(m_db, QStringLiteral("SELECT c.id FROM coes c") + where.sql()
                              + listquery::orderBy({ orderKey(query.order) }, query.descending, QStringLiteral("c.id"))
                              + listquery::limit(limit),
                          where.binds());
}

Result<int> CoeListReader::count(const CoeListQuery &query)
{
    listquery::Where where;
    filter(query, where);
    return listquery::count(m_db, QStringLiteral("SELECT COUNT(*) FROM coes c") + where.sql(), where.binds());
}

Result<QList<CoeSummary>> CoeListReader::all(const CoeListQuery &query)
{
    auto found = ids(query);
    if (!found)
        return found.error();
    return listquery::inBatches<CoeSummary>(found.value(), [this](const QList<Id> &some) { return rows(some); });
}

Result<QList<CoeSummary>> CoeListReader::rows(const QList<Id> &ids)
{
    if (ids.isEmpty())
        return QList<CoeSummary>();
    auto r = sql::exec(m_db, QStringLiteral(
        "SELECT c.id, c.title, c.severity, c.status, c.impact_start_at, c.impact_start_offset, c.updated_at,"
        " COALESCE(s.name, '') AS service_name, COALESCE(p.name, '') AS author_name,"
        " (SELECT COUNT(*) FROM action_items a WHERE a.coe_id = c.id AND a.status IN ('open', 'in_progress')) AS open_actions"
        " FROM coes c LEFT JOIN services s ON s.id = c.service_id LEFT JOIN people p ON p.id = c.author_id"
        " WHERE c.id IN (%1)").arg(listquery::idList(ids)));
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QHash<Id, CoeSummary> byId;
    while (q.next()) {
        CoeSummary s;
        s.id = q.value(0).toLongLong();
        s.title = q.value(1).toString();
        s.severity = q.value(2).toInt();
        s.status = enumFromKey<CoeStatus>(q.value(3).toString()).value_or(CoeStatus::Draft);
        s.impactStart = sql::readInstant(q, QStringLiteral("impact_start"));
        s.updatedAt = sql::toTimestamp(q.value(6));
        s.serviceName = q.value(7).toString();
        s.authorName = q.value(8).toString();
        s.openActionItems = q.value(9).toInt();
        byId.insert(s.id, s);
    }
    return listquery::inOrder(ids, byId);
}

} // namespace closeloop
