#include "actionlistreader.h"

#include "listquery.h"
#include "sql.h"

namespace closeloop {

namespace {

const QString kOpen = QStringLiteral("a.status IN ('open', 'in_progress')");

// The service of an item is its COE's, or its ORR review's.
const QString kServiceName = QStringLiteral(
    "COALESCE((SELECT s.name FROM coes c JOIN services s ON s.id = c.service_id WHERE c.id = a.coe_id),"
    " (SELECT s.name FROM orr_answers oa JOIN orr_reviews o ON o.id = oa.review_id JOIN services s ON s.id = o.service_id"
    " WHERE oa.id = a.orr_answer_id), '')");

template <typename E>
QString rankOf(const QString &column, int fallback)
{
    QString rank = QStringLiteral("CASE ") + column;
    for (E value : enumValues<E>())
        rank += QStringLiteral(" WHEN '%1' THEN %2").arg(enumKey(value)).arg(int(value));
    return rank + QStringLiteral(" ELSE %1 END").arg(fallback);
}

QString orderKey(ActionListQuery::Order order)
{
    using Order = ActionListQuery::Order;
    switch (order) {
    case Order::ById: return QStringLiteral("a.id");
    case Order::ByTitle: return QStringLiteral("LOWER(a.title)");
    case Order::ByOwner: return QStringLiteral("COALESCE((SELECT LOWER(p.name) FROM people p WHERE p.id = a.owner_id), '')");
    case Order::ByDue: return QStringLiteral("COALESCE(a.due_on, '9999')");
    case Order::ByStatus: return rankOf<ActionStatus>(QStringLiteral("a.status"), 99);
    case Order::ByPriority: return QStringLiteral("a.priority");
    case Order::ByType: return rankOf<ActionType>(QStringLiteral("a.type"), 99);
    case Order::ByStrength: return rankOf<ActionStrength>(QStringLiteral("a.strength"), int(ActionStrength::Weak));
    case Order::ByService: return QStringLiteral("LOWER(") + kServiceName + QLatin1Char(')');
    case Order::BySource:
        return QStringLiteral("(CASE WHEN a.coe_id IS NOT NULL THEN 0 WHEN a.orr_answer_id IS NOT NULL THEN 1 ELSE 2 END) * 1000000000"
                              " + COALESCE(a.coe_id, a.orr_answer_id, a.finding_id)");
    }
    return QStringLiteral("a.id");
}

QString sourceColumn(ActionSource source)
{
    switch (source) {
    case ActionSource::Coe: return QStringLiteral("a.coe_id");
    case ActionSource::OrrAnswer: return QStringLiteral("a.orr_answer_id");
    case ActionSource::Finding: return QStringLiteral("a.finding_id");
    }
    return QStringLiteral("a.coe_id");
}

// Case-insensitive equality; a person also by first name, as the CLI's
// --owner takes it.
QString personIs(listquery::Where &where, const QString &name)
{
    return QStringLiteral("a.owner_id IN (SELECT id FROM people WHERE LOWER(name) = LOWER(%1) OR LOWER(name) LIKE LOWER(%2) ESCAPE '\\')")
        .arg(where.bind(name), where.bind(listquery::escapeLike(name) + QLatin1String(" %")));
}

// `text` in the title, description or tracker link, or in the title of
// the COE, finding or axiom the item came from.
QString textCondition(const Database &db, listquery::Where &where, const QString &text)
{
    const QString sourceTitles = QStringLiteral(
        " OR a.coe_id IN (SELECT id FROM coes WHERE %1) OR a.finding_id IN (SELECT id FROM findings WHERE %2)"
        " OR a.orr_answer_id IN (SELECT oa.id FROM orr_answers oa JOIN axioms ax ON ax.id = oa.axiom_id WHERE %3)")
        .arg(where.containsAny(db, { QStringLiteral("title") }, text),
             where.containsAny(db, { QStringLiteral("title") }, text),
             where.containsAny(db, { QStringLiteral("ax.axiom_key"), QStringLiteral("ax.statement") }, text));
    return QLatin1Char('(')
        + where.containsAny(db, { QStringLiteral("a.title"), QStringLiteral("a.description"), QStringLiteral("a.tracker_ref") }, text)
        + sourceTitles + QLatin1Char(')');
}

void addFilter(const Database &db, listquery::Where &where, const ActionFilter &f, const QDate &today)
{
    if (!f.owner.isEmpty())
        where.add(personIs(where, f.owner));
    if (!f.service.isEmpty())
        where.add(QStringLiteral("LOWER(%1) = LOWER(%2)").arg(kServiceName, where.bind(f.service)));
    if (f.source)
        where.add(sourceColumn(*f.source) + QStringLiteral(" IS NOT NULL"));
    if (!f.statuses.isEmpty()) {
        QStringList keys;
        for (ActionStatus s : f.statuses)
            keys << where.bind(enumKey(s));
        where.add(QStringLiteral("a.status IN (%1)").arg(keys.join(QLatin1Char(','))));
    }
    if (f.priority)
        where.add(QStringLiteral("a.priority = %1").arg(where.bind(*f.priority)));
    if (f.type)
        where.add(QStringLiteral("a.type = %1").arg(where.bind(enumKey(*f.type))));
    if (f.strength)
        where.add(QStringLiteral("a.strength = %1").arg(where.bind(enumKey(*f.strength))));
    if (f.overdueOnly)
        where.add(kOpen + QStringLiteral(" AND a.due_on < %1").arg(where.bind(sql::date(today))));
    if (f.dueBy)
        where.add(QStringLiteral("a.due_on <= %1").arg(where.bind(sql::date(*f.dueBy))));
    if (f.noDueDateOnly)
        where.add(QStringLiteral("a.due_on IS NULL"));
    if (!f.text.isEmpty())
        where.add(textCondition(db, where, f.text));
}

void addState(listquery::Where &where, const QString &key, const QDate &today)
{
    if (key.isEmpty())
        return;
    if (key == QLatin1String("unfinished"))
        where.add(kOpen);
    else if (key == QLatin1String("overdue"))
        where.add(kOpen + QStringLiteral(" AND a.due_on < %1").arg(where.bind(sql::date(today))));
    else
        where.add(QStringLiteral("a.status = %1").arg(where.bind(key)));
}

} // namespace

void ActionListReader::filter(const ActionListQuery &query, listquery::Where &where)
{
    addState(where, query.stateKey, query.today);
    addFilter(m_db, where, query.filter, query.today);
    for (const QString &word : listquery::words(query.text)) {
        // The list's box also finds an owner by name and an item by its id.
        QString condition = QStringLiteral("(a.owner_id IN (SELECT id FROM people WHERE %1)")
                                .arg(where.containsAny(m_db, { QStringLiteral("name") }, word));
        bool isNumber = false;
        if (const qint64 id = word.toLongLong(&isNumber); isNumber)
            condition += QStringLiteral(" OR a.id = %1").arg(where.bind(id));
        const QString text = textCondition(m_db, where, word);
        where.add(condition + QStringLiteral(" OR ") + text + QLatin1Char(')'));
    }
}

Result<QList<Id>> ActionListReader::ids(const ActionListQuery &query, int limit)
{
    listquery::Where where;
    filter(query, where);
    return listquery::ids(m_db, QStringLiteral("SELECT a.id FROM action_items a") + where.sql()
                              + listquery::orderBy(query.order == ActionListQuery::Order::ByDue
                                                 ? QStringList { orderKey(query.order), QStringLiteral("a.priority") } // the most urgent first on a day
                                                 : QStringList { orderKey(query.order) },
                                             query.descending, QStringLiteral("a.id"))
                              + listquery::limit(limit),
                          where.binds());
}


Result<QList<ActionItemSummary>> ActionListReader::all(const ActionListQuery &query)
{
    auto found = ids(query);
    if (!found)
        return found.error();
    return listquery::inBatches<ActionItemSummary>(found.value(), [this](const QList<Id> &some) { return rows(some); });
}

Result<QList<ActionItemSummary>> ActionListReader::rows(const QList<Id> &ids)
{
    if (ids.isEmpty())
        return QList<ActionItemSummary>();
    auto r = sql::exec(m_db, QStringLiteral(
        "SELECT a.id, a.revision, a.title, a.description, a.owner_id, a.due_on, a.priority, a.status, a.status_reason, a.type,"
        " a.tracker_ref, a.done_on, a.closure_evidence, a.coe_id, a.orr_answer_id, a.finding_id, a.addresses, a.why_id,"
        " a.created_at, a.updated_at, a.strength,"
        " COALESCE(p.name, '') AS owner_name,"
        " COALESCE(cs.name, os.name, '') AS service_name,"
        " COALESCE(c.title, f.title, ax.axiom_key || ': ' || ax.statement, '') AS source_title,"
        " COALESCE(a.coe_id, oa.review_id, a.finding_id) AS source_record_id"
        " FROM action_items a"
        " LEFT JOIN people p ON p.id = a.owner_id"
        " LEFT JOIN coes c ON c.id = a.coe_id"
        " LEFT JOIN services cs ON cs.id = c.service_id"
        " LEFT JOIN orr_answers oa ON oa.id = a.orr_answer_id"
        " LEFT JOIN axioms ax ON ax.id = oa.axiom_id"
        " LEFT JOIN orr_reviews o ON o.id = oa.review_id"
        " LEFT JOIN services os ON os.id = o.service_id"
        " LEFT JOIN findings f ON f.id = a.finding_id"
        " WHERE a.id IN (%1)").arg(listquery::idList(ids)));
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QHash<Id, ActionItemSummary> byId;
    byId.reserve(ids.size());
    while (q.next()) {
        ActionItemSummary s;
        ActionItem &a = s.item;
        a.id = q.value(0).toLongLong();
        a.revision = q.value(1).toInt();
        a.title = q.value(2).toString();
        a.description = q.value(3).toString();
        a.ownerId = sql::optionalId(q.value(4));
        a.due = sql::optionalDate(q.value(5));
        a.priority = q.value(6).toInt();
        a.status = enumFromKey<ActionStatus>(q.value(7).toString()).value_or(ActionStatus::Open);
        a.statusReason = q.value(8).toString();
        a.type = enumFromKey<ActionType>(q.value(9).toString()).value_or(ActionType::Prevent);
        a.trackerRef = q.value(10).toString();
        a.doneOn = sql::optionalDate(q.value(11));
        a.closureEvidence = q.value(12).toString();
        if (!q.value(13).isNull()) {
            a.source = ActionSource::Coe;
            a.sourceId = q.value(13).toLongLong();
        } else if (!q.value(14).isNull()) {
            a.source = ActionSource::OrrAnswer;
            a.sourceId = q.value(14).toLongLong();
        } else {
            a.source = ActionSource::Finding;
            a.sourceId = q.value(15).toLongLong();
        }
        a.addresses = enumFromKey<ActionTarget>(q.value(16).toString()).value_or(ActionTarget::General);
        a.whyId = sql::optionalId(q.value(17));
        a.createdAt = sql::toTimestamp(q.value(18));
        a.updatedAt = sql::toTimestamp(q.value(19));
        // Rated on open since schema 9; a reader without write access may
        // still see an unrated one.
        s.strengthKey = q.value(20).isNull() ? enumKey(strengthOf(a)) : q.value(20).toString();
        s.ownerName = q.value(21).toString();
        s.serviceName = q.value(22).toString();
        s.sourceTitle = q.value(23).toString();
        s.sourceRecordId = q.value(24).toLongLong();
        byId.insert(a.id, s);
    }
    return listquery::inOrder(ids, byId);
}

namespace {

Result<QStringList> names(const Database &db, const QString &statement)
{
    auto r = sql::exec(db, statement);
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    list.sort(Qt::CaseInsensitive);
    return list;
}

} // namespace

Result<QStringList> ActionListReader::ownerNames()
{
    // One index probe per person, not a pass over every item.
    return names(m_db, QStringLiteral("SELECT name FROM people p WHERE EXISTS (SELECT 1 FROM action_items a WHERE a.owner_id = p.id)"));
}

Result<QStringList> ActionListReader::serviceNames()
{
    // Per service, stopping at its first COE (or ORR answer) with an item.
    return names(m_db, QStringLiteral(
        "SELECT name FROM services s WHERE EXISTS (SELECT 1 FROM coes c WHERE c.service_id = s.id"
        " AND EXISTS (SELECT 1 FROM action_items a WHERE a.coe_id = c.id))"
        " OR EXISTS (SELECT 1 FROM orr_reviews o JOIN orr_answers oa ON oa.review_id = o.id"
        " JOIN action_items a ON a.orr_answer_id = oa.id WHERE o.service_id = s.id)"));
}

Result<OverdueFacts> ActionListReader::overdue(const QDate &today)
{
    OverdueFacts facts;
    const QVariantMap binds { { QStringLiteral("today"), sql::date(today) } };
    auto counted = sql::exec(m_db, QStringLiteral("SELECT COUNT(*) FROM action_items a WHERE ") + kOpen);
    if (!counted)
        return counted.error();
    QSqlQuery open = std::move(counted).value();
    if (open.next())
        facts.open = open.value(0).toInt();
    auto perOwner = sql::exec(m_db, QStringLiteral(
        "SELECT COALESCE(p.name, '') AS owner, COUNT(*) AS n FROM action_items a LEFT JOIN people p ON p.id = a.owner_id"
        " WHERE %1 AND a.due_on < :today GROUP BY COALESCE(p.name, '') ORDER BY n DESC, owner").arg(kOpen), binds);
    if (!perOwner)
        return perOwner.error();
    QSqlQuery owners = std::move(perOwner).value();
    while (owners.next())
        facts.perOwner.append({ owners.value(0).toString(), owners.value(1).toInt() });
    auto first = sql::exec(m_db, QStringLiteral(
        "SELECT a.title, a.due_on FROM action_items a WHERE %1 AND a.due_on < :today ORDER BY a.due_on, a.id LIMIT 1").arg(kOpen), binds);
    if (!first)
        return first.error();
    QSqlQuery oldest = std::move(first).value();
    if (oldest.next()) {
        facts.oldestTitle = oldest.value(0).toString();
        facts.oldestDue = sql::optionalDate(oldest.value(1)).value_or(QDate());
    }
    return facts;
}

} // namespace closeloop
