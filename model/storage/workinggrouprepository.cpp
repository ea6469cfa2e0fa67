#include "workinggrouprepository.h"

#include "actions/actionrules.h"
#include "coe/coemetrics.h"
#include "rowcursor.h"
#include "sql.h"

#include <QHash>

#include <algorithm>

namespace closeloop {

namespace {

// Columns are read by position: a name lookup per value costs more than
// the rest of the load on a large database.
std::optional<Instant> instantAt(const sql::RowCursor &rows, int column)
{
    const QString at = rows.text(column);
    if (at.isEmpty())
        return std::nullopt;
    return Instant::fromUtc(fromStorageText(at), int(rows.integer(column + 1)));
}
} // namespace

namespace {

// The ids of the COEs of a period, as a subquery that can use the index on
// impact_start_at (an OR over two columns could not).
QString periodCoeIds()
{
    return QStringLiteral("SELECT id FROM coes WHERE impact_start_at >= :lo AND impact_start_at < :hi"
                          " UNION ALL SELECT id FROM coes WHERE impact_start_at IS NULL AND created_at >= :lo2 AND created_at < :hi2");
}

QVariantMap periodBinds(const WorkingGroupRepository::Period &p)
{
    // Stored instants are UTC text; a local day lies within a day of it.
    const QString lo = p.from.addDays(-1).toString(Qt::ISODate), hi = p.to.addDays(2).toString(Qt::ISODate);
    return { { QStringLiteral("lo"), lo }, { QStringLiteral("hi"), hi }, { QStringLiteral("lo2"), lo }, { QStringLiteral("hi2"), hi } };
}

} // namespace

Result<QList<CoeFact>> WorkingGroupRepository::coes(const std::optional<Period> &period)
{
    const QString select = QStringLiteral(
        "SELECT c.id, c.title, c.service_id, s.name, s.team, c.severity, c.status, c.category, c.trigger_kind,"
        " c.detection_method, c.created_at, c.no_axiom_exists, c.axiom_proposal, a.axiom_key,"
        " c.impact_start_at, c.impact_start_offset, c.detected_at, c.detected_offset, c.mitigated_at, c.mitigated_offset"
        " FROM coes c LEFT JOIN services s ON s.id = c.service_id LEFT JOIN axioms a ON a.id = c.preventing_axiom_id");
    // A period's COEs are read in two parts, by impact start and (where
    // none is recorded) by creation, so that SQLite answers both from the
    // index that holds every column read here (coes_dashboard) and never
    // reads the COE rows themselves, whose texts fill a page per four.
    const QString text = period
        ? QStringLiteral("%1 WHERE c.impact_start_at >= :lo AND c.impact_start_at < :hi"
                         " UNION ALL %1 WHERE c.impact_start_at IS NULL AND c.created_at >= :lo2 AND c.created_at < :hi2"
                         " ORDER BY 1").arg(select)
        : select + QStringLiteral(" ORDER BY c.id");
    const QVariantMap binds = period ? periodBinds(*period) : QVariantMap();
    auto r = sql::RowCursor::open(m_db, text, binds);
    if (!r)
        return r.error();
    QList<CoeFact> coes;
    QHash<Id, qsizetype> index;
    sql::RowCursor rows = std::move(r).value();
    while (rows.next()) {
        CoeFact f;
        f.id = rows.integer(0);
        f.title = rows.text(1);
        f.serviceId = rows.integer(2);
        f.serviceName = rows.text(3);
        f.team = rows.text(4);
        f.severity = int(rows.integer(5));
        f.status = enumFromKey<CoeStatus>(rows.text(6)).value_or(CoeStatus::Draft);
        f.category = rows.text(7);
        f.trigger = rows.text(8);
        f.detection = enumFromKey<DetectionMethod>(rows.text(9)).value_or(DetectionMethod::Unknown);
        f.noAxiomExists = rows.integer(11) != 0;
        f.axiomProposal = rows.text(12);
        f.preventingAxiomKey = rows.text(13);
        const auto start = instantAt(rows, 14);
        f.date = start ? start->local().date() : fromStorageText(rows.text(10)).date();
        f.ttdSeconds = secondsBetween(start, instantAt(rows, 16));
        f.ttmSeconds = secondsBetween(start, instantAt(rows, 18));
        index.insert(f.id, coes.size());
        coes.append(std::move(f));
    }
    if (Status read = rows.finish(); !read)
        return read.error();
    auto tags = sql::RowCursor::open(m_db, QStringLiteral("SELECT coe_id, tag FROM coe_tags%1 ORDER BY coe_id, tag")
                                               .arg(period ? QStringLiteral(" WHERE coe_id IN (%1)").arg(periodCoeIds()) : QString()),
                                     binds);
    if (!tags)
        return tags.error();
    sql::RowCursor tagRows = std::move(tags).value();
    while (tagRows.next())
        if (const qsizetype i = index.value(tagRows.integer(0), -1); i >= 0)
            coes[i].tags.append(tagRows.text(1));
    if (Status read = tagRows.finish(); !read)
        return read.error();
    return coes;
}

Result<QList<ActionFact>> WorkingGroupRepository::actions(const std::optional<Period> &period)
{
    QString where;
    QVariantMap binds;
    if (period) {
        // Each part is answered from an index (on created_at, on status
        // and done_on, on coe_id). Open items count through
        // openItemGroups(), so only those of the period are read here:
        // opened or done in it, or of its COEs.
        // (IN keeps each id once: UNION ALL spares a second set to remove
        // the overlap.)
        where = QStringLiteral(" WHERE ai.id IN (SELECT id FROM action_items WHERE created_at >= :from2 AND created_at < :after"
                               " UNION ALL SELECT id FROM action_items WHERE status = 'done' AND done_on >= :from AND done_on <= :to"
                               " UNION ALL SELECT id FROM action_items WHERE coe_id IN (%1))")
                    .arg(periodCoeIds());
        binds = periodBinds(*period);
        binds.insert(QStringLiteral("from"), period->from.toString(Qt::ISODate));
        binds.insert(QStringLiteral("from2"), period->from.addDays(-1).toString(Qt::ISODate));
        binds.insert(QStringLiteral("to"), period->to.toString(Qt::ISODate));
        binds.insert(QStringLiteral("after"), period->to.addDays(2).toString(Qt::ISODate));
    }
    // Read first: a PostgreSQL connection reads one result at a time.
    auto teams = serviceTeams();
    if (!teams)
        return teams.error();
    // Tens of thousands of rows, read through RowCursor (SQLite's own
    // interface on SQLite): every column but the two texts is read as a
    // number (an enum's position, a day as YYYYMMDD); the texts only where
    // they are used (the title of a finished strong item, the weekly
    // review's quick wins; the words of an item whose strength is not
    // stored); the team from the service, below.
    auto r = sql::RowCursor::open(m_db, QStringLiteral(
        "SELECT ai.id, CASE WHEN (ai.strength = 'strong' AND ai.status = 'done') OR ai.strength IS NULL THEN ai.title END,"
        " CASE WHEN ai.strength IS NULL THEN ai.description END, %1, ai.coe_id,"
        " CASE WHEN ai.coe_id IS NOT NULL THEN 0 WHEN ai.orr_answer_id IS NOT NULL THEN 1 ELSE 2 END,"
        " COALESCE(c.service_id, r.service_id), %2, %3, %4, %5,"
        " %6, ax.launch_blocking, CASE WHEN ai.strength IS NULL THEN NULL WHEN ai.strength = 'strong' THEN 1 ELSE 0 END, c.severity"
        " FROM action_items ai"
        " LEFT JOIN coes c ON c.id = ai.coe_id"
        " LEFT JOIN orr_answers an ON an.id = ai.orr_answer_id"
        " LEFT JOIN orr_reviews r ON r.id = an.review_id"
        " LEFT JOIN axioms ax ON ax.id = an.axiom_id"
        "%7 ORDER BY ai.id")
        .arg(sql::enumCode<ActionType>(QStringLiteral("ai.type")), sql::dayNumber(QStringLiteral("ai.created_at")),
             sql::dayNumber(QStringLiteral("ai.due_on")), sql::dayNumber(QStringLiteral("ai.done_on")),
             sql::enumCode<ActionStatus>(QStringLiteral("ai.status")), sql::enumCode<ActionTarget>(QStringLiteral("ai.addresses")),
             where),
        binds);
    if (!r)
        return r.error();
    QList<ActionFact> items;
    sql::RowCursor rows = std::move(r).value();
    while (rows.next()) {
        ActionFact f;
        f.id = rows.integer(0);
        f.title = rows.text(1);
        f.type = sql::enumAt<ActionType>(rows.optionalInteger(3)).value_or(ActionType::Prevent);
        f.coeId = rows.integer(4);
        const qint64 source = rows.integer(5);
        f.source = source == 0 ? ActionSource::Coe : source == 1 ? ActionSource::OrrAnswer : ActionSource::Finding;
        f.serviceId = rows.integer(6);
        f.team = teams->value(f.serviceId);
        f.opened = rows.day(7).value_or(QDate()); // the UTC day, as stored
        f.due = rows.day(8);
        f.doneOn = rows.day(9);
        f.status = sql::enumAt<ActionStatus>(rows.optionalInteger(10)).value_or(ActionStatus::Open);
        f.addresses = sql::enumAt<ActionTarget>(rows.optionalInteger(11)).value_or(ActionTarget::General);
        f.launchBlocking = rows.integer(12) != 0;
        f.coeSeverity = int(rows.integer(14));
        // Stored since schema 9; worked out here for an item not yet rated.
        f.strong = rows.isNull(13) ? strengthOf(f.title, rows.text(2), f.type) == ActionStrength::Strong : rows.integer(13) == 1;
        items.append(std::move(f));
    }
    if (Status read = rows.finish(); !read)
        return read.error();
    return items;
}

Result<QList<OpenItemGroup>> WorkingGroupRepository::openItemGroups(const QDate &today)
{
    // Two parts. A COE's overdue items are counted per COE from the index
    // on status and due date, then matched to every COE's service and
    // severity, read from the index on service: CROSS JOIN keeps SQLite
    // scanning that index in order rather than fetching each COE's row,
    // which at 100,000 COEs and a cold disk was most of a second. The few
    // items of ORR answers and findings are read as they are.
    const SqlDialect &d = m_db.dialect();
    auto r = sql::exec(m_db, QStringLiteral(
        "WITH overdue AS (SELECT coe_id, COUNT(*) AS n FROM action_items"
        " WHERE status IN ('open', 'in_progress') AND due_on < :today AND coe_id IS NOT NULL GROUP BY coe_id)"
        " SELECT COALESCE(c.service_id, 0) AS sid, COALESCE(s.team, '') AS team, 1 AS from_coe, c.severity AS sev,"
        " CAST(SUM(o.n) AS INTEGER) AS overdue, 0 AS blocking, %1 AS coes"
        " FROM coes c CROSS JOIN overdue o LEFT JOIN services s ON s.id = c.service_id"
        " WHERE o.coe_id = c.id"
        " GROUP BY COALESCE(c.service_id, 0), COALESCE(s.team, ''), c.severity"
        " UNION ALL"
        " SELECT COALESCE(r.service_id, 0), COALESCE(s.team, ''), 0, 0,"
        " SUM(CASE WHEN ai.due_on < :today2 THEN 1 ELSE 0 END), SUM(CASE WHEN ax.launch_blocking = 1 THEN 1 ELSE 0 END), ''"
        " FROM action_items ai"
        " LEFT JOIN orr_answers an ON an.id = ai.orr_answer_id"
        " LEFT JOIN orr_reviews r ON r.id = an.review_id"
        " LEFT JOIN axioms ax ON ax.id = an.axiom_id"
        " LEFT JOIN services s ON s.id = r.service_id"
        " WHERE ai.status IN ('open', 'in_progress') AND ai.coe_id IS NULL AND (ai.due_on < :today3 OR ai.orr_answer_id IS NOT NULL)"
        " GROUP BY COALESCE(r.service_id, 0), COALESCE(s.team, '')")
        .arg(d.distinctIdList(QStringLiteral("c.id"))),
        { { QStringLiteral("today"), sql::date(today) }, { QStringLiteral("today2"), sql::date(today) },
          { QStringLiteral("today3"), sql::date(today) } });
    if (!r)
        return r.error();
    QList<OpenItemGroup> groups;
    for (QSqlQuery q = std::move(r).value(); q.next();) {
        OpenItemGroup g;
        g.serviceId = q.value(0).toLongLong();
        g.team = q.value(1).toString();
        g.fromCoe = q.value(2).toInt() != 0;
        g.severity = q.value(3).toInt();
        g.overdue = q.value(4).toInt();
        g.launchBlocking = q.value(5).toInt();
        const QString ids = q.value(6).toString();
        for (QStringView id : QStringView(ids).split(QLatin1Char(','), Qt::SkipEmptyParts))
            g.overdueCoeIds.append(id.toLongLong());
        std::sort(g.overdueCoeIds.begin(), g.overdueCoeIds.end());
        if (g.overdue > 0 || g.launchBlocking > 0)
            groups.append(std::move(g));
    }
    return groups;
}

Result<QList<WaiverFact>> WorkingGroupRepository::waivers()
{
    auto r = sql::exec(m_db, QStringLiteral(
        "SELECT r.service_id, s.name, s.team, r.id, a.axiom_key, w.expires_on"
        " FROM orr_waivers w JOIN orr_answers an ON an.id = w.answer_id"
        " JOIN orr_reviews r ON r.id = an.review_id JOIN services s ON s.id = r.service_id"
        " JOIN axioms a ON a.id = an.axiom_id"
        " WHERE an.state = 'waived' AND r.id = (SELECT r2.id FROM orr_reviews r2 WHERE r2.service_id = r.service_id"
        " AND r2.status = 'signed_off' ORDER BY r2.signed_at DESC, r2.id DESC LIMIT 1)"
        " ORDER BY w.expires_on, s.name, a.axiom_key"));
    if (!r)
        return r.error();
    QList<WaiverFact> waivers;
    for (QSqlQuery q = std::move(r).value(); q.next();)
        waivers.append(WaiverFact { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toLongLong(), q.value(4).toString(),
                                    sql::optionalDate(q.value(5)).value_or(QDate()) });
    return waivers;
}

Result<QList<AxiomPassFact>> WorkingGroupRepository::passes()
{
    // Every signed-off review's answers (16,000 at 100,000 COEs) over a few
    // dozen axioms: each axiom's key and statement are read once and shared
    // by its rows, and the day signed comes as a number, not as text parsed
    // per row.
    auto ax = sql::exec(m_db, QStringLiteral("SELECT id, axiom_key, statement FROM axioms"));
    if (!ax)
        return ax.error();
    QHash<Id, std::pair<QString, QString>> axioms;
    for (QSqlQuery q = std::move(ax).value(); q.next();)
        axioms.insert(q.value(0).toLongLong(), { q.value(1).toString(), q.value(2).toString() });
    auto r = sql::exec(m_db, QStringLiteral(
        "SELECT r.service_id, an.axiom_id, %1, CASE WHEN an.state = 'waived' THEN 1 ELSE 0 END"
        " FROM orr_answers an JOIN orr_reviews r ON r.id = an.review_id JOIN axioms a ON a.id = an.axiom_id"
        " WHERE r.status = 'signed_off' AND an.state IN ('met', 'waived') ORDER BY a.axiom_key, r.signed_at")
        .arg(sql::dayNumber(QStringLiteral("r.signed_at"))));
    if (!r)
        return r.error();
    QList<AxiomPassFact> passes;
    for (QSqlQuery q = std::move(r).value(); q.next();) {
        const auto &axiom = axioms[q.value(1).toLongLong()];
        passes.append(AxiomPassFact { q.value(0).toLongLong(), axiom.first, axiom.second,
                                      sql::dateFromDayNumber(q.value(2)).value_or(QDate()), q.value(3).toInt() == 1 });
    }
    return passes;
}

Result<QHash<Id, QString>> WorkingGroupRepository::serviceTeams()
{
    auto r = sql::exec(m_db, QStringLiteral("SELECT id, team FROM services"));
    if (!r)
        return r.error();
    QHash<Id, QString> teams;
    for (QSqlQuery q = std::move(r).value(); q.next();)
        teams.insert(q.value(0).toLongLong(), q.value(1).toString());
    return teams;
}

Result<QList<CoeText>> WorkingGroupRepository::coeTexts()
{
    auto r = sql::exec(m_db, QStringLiteral("SELECT id, title, summary, category, trigger_kind FROM coes ORDER BY id"));
    if (!r)
        return r.error();
    QList<CoeText> texts;
    QHash<Id, qsizetype> index;
    for (QSqlQuery q = std::move(r).value(); q.next();) {
        CoeText t;
        t.id = q.value(0).toLongLong();
        t.title = q.value(1).toString();
        t.summary = q.value(2).toString();
        t.category = q.value(3).toString();
        t.trigger = q.value(4).toString();
        index.insert(t.id, texts.size());
        texts.append(std::move(t));
    }
    auto whys = sql::exec(m_db, QStringLiteral(
        "SELECT w.coe_id, w.question, w.answer,"
        " CASE WHEN EXISTS (SELECT 1 FROM whys c WHERE c.parent_id = w.id) THEN 0 ELSE 1 END"
        " FROM whys w ORDER BY w.coe_id, w.position, w.id"));
    if (!whys)
        return whys.error();
    for (QSqlQuery q = std::move(whys).value(); q.next();) {
        const qsizetype i = index.value(q.value(0).toLongLong(), -1);
        if (i < 0)
            continue;
        const QString answer = q.value(2).toString();
        texts[i].whys << q.value(1).toString() << answer;
        if (q.value(3).toInt() == 1 && !answer.trimmed().isEmpty())
            texts[i].rootCauses.append(answer);
    }
    auto tags = sql::exec(m_db, QStringLiteral("SELECT coe_id, tag FROM coe_tags ORDER BY coe_id, tag"));
    if (!tags)
        return tags.error();
    for (QSqlQuery q = std::move(tags).value(); q.next();)
        if (const qsizetype i = index.value(q.value(0).toLongLong(), -1); i >= 0)
            texts[i].tags.append(q.value(1).toString());
    return texts;
}

} // namespace closeloop
