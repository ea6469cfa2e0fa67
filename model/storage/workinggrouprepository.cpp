#include "workinggrouprepository.h"

#include "coe/coemetrics.h"
#include "sql.h"

#include <QHash>

namespace closeloop {

namespace {

// Columns are read by position: a name lookup per value costs more than
// the rest of the load on a large database.
std::optional<Instant> instantAt(const QSqlQuery &q, int column)
{
    const QVariant at = q.value(column);
    if (at.isNull() || at.toString().isEmpty())
        return std::nullopt;
    return Instant::fromUtc(fromStorageText(at.toString()), q.value(column + 1).toInt());
}

} // namespace

Result<QList<CoeFact>> WorkingGroupRepository::coes()
{
    auto r = sql::exec(m_db, QStringLiteral(
        "SELECT c.id, c.title, c.service_id, s.name, s.team, c.severity, c.status, c.category, c.trigger_kind,"
        " c.detection_method, c.created_at, c.no_axiom_exists, c.axiom_proposal, a.axiom_key,"
        " c.impact_start_at, c.impact_start_offset, c.detected_at, c.detected_offset, c.mitigated_at, c.mitigated_offset"
        " FROM coes c LEFT JOIN services s ON s.id = c.service_id LEFT JOIN axioms a ON a.id = c.preventing_axiom_id"
        " ORDER BY c.id"));
    if (!r)
        return r.error();
    QList<CoeFact> coes;
    QHash<Id, qsizetype> index;
    for (QSqlQuery q = std::move(r).value(); q.next();) {
        CoeFact f;
        f.id = q.value(0).toLongLong();
        f.title = q.value(1).toString();
        f.serviceId = q.value(2).toLongLong();
        f.serviceName = q.value(3).toString();
        f.team = q.value(4).toString();
        f.severity = q.value(5).toInt();
        f.status = enumFromKey<CoeStatus>(q.value(6).toString()).value_or(CoeStatus::Draft);
        f.category = q.value(7).toString();
        f.trigger = q.value(8).toString();
        f.detection = enumFromKey<DetectionMethod>(q.value(9).toString()).value_or(DetectionMethod::Unknown);
        f.noAxiomExists = q.value(11).toInt() != 0;
        f.axiomProposal = q.value(12).toString();
        f.preventingAxiomKey = q.value(13).toString();
        const auto start = instantAt(q, 14);
        f.date = start ? start->local().date() : fromStorageText(q.value(10).toString()).date();
        f.ttdSeconds = secondsBetween(start, instantAt(q, 16));
        f.ttmSeconds = secondsBetween(start, instantAt(q, 18));
        index.insert(f.id, coes.size());
        coes.append(std::move(f));
    }
    auto tags = sql::exec(m_db, QStringLiteral("SELECT coe_id, tag FROM coe_tags ORDER BY coe_id, tag"));
    if (!tags)
        return tags.error();
    for (QSqlQuery q = std::move(tags).value(); q.next();)
        if (const qsizetype i = index.value(q.value(0).toLongLong(), -1); i >= 0)
            coes[i].tags.append(q.value(1).toString());
    return coes;
}

Result<QList<ActionFact>> WorkingGroupRepository::actions()
{
    auto r = sql::exec(m_db, QStringLiteral(
        "SELECT ai.id, ai.title, ai.description, ai.type, ai.coe_id, ai.orr_answer_id, ai.finding_id,"
        " COALESCE(c.service_id, r.service_id), s.team, ai.created_at, ai.due_on, ai.done_on, ai.status,"
        " ai.addresses, ax.launch_blocking"
        " FROM action_items ai"
        " LEFT JOIN coes c ON c.id = ai.coe_id"
        " LEFT JOIN orr_answers an ON an.id = ai.orr_answer_id"
        " LEFT JOIN orr_reviews r ON r.id = an.review_id"
        " LEFT JOIN axioms ax ON ax.id = an.axiom_id"
        " LEFT JOIN services s ON s.id = COALESCE(c.service_id, r.service_id)"
        " ORDER BY ai.id"));
    if (!r)
        return r.error();
    QList<ActionFact> items;
    for (QSqlQuery q = std::move(r).value(); q.next();) {
        ActionFact f;
        f.id = q.value(0).toLongLong();
        f.title = q.value(1).toString();
        f.description = q.value(2).toString();
        f.type = enumFromKey<ActionType>(q.value(3).toString()).value_or(ActionType::Prevent);
        f.source = !q.value(4).isNull() ? ActionSource::Coe : !q.value(5).isNull() ? ActionSource::OrrAnswer : ActionSource::Finding;
        f.coeId = q.value(4).toLongLong();
        f.serviceId = q.value(7).toLongLong();
        f.team = q.value(8).toString();
        f.opened = fromStorageText(q.value(9).toString()).date();
        f.due = sql::optionalDate(q.value(10));
        f.doneOn = sql::optionalDate(q.value(11));
        f.status = enumFromKey<ActionStatus>(q.value(12).toString()).value_or(ActionStatus::Open);
        f.addresses = enumFromKey<ActionTarget>(q.value(13).toString()).value_or(ActionTarget::General);
        f.launchBlocking = q.value(14).toInt() != 0;
        items.append(std::move(f));
    }
    return items;
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
    auto r = sql::exec(m_db, QStringLiteral(
        "SELECT r.service_id, a.axiom_key, a.statement, r.signed_at, an.state"
        " FROM orr_answers an JOIN orr_reviews r ON r.id = an.review_id JOIN axioms a ON a.id = an.axiom_id"
        " WHERE r.status = 'signed_off' AND an.state IN ('met', 'waived') ORDER BY a.axiom_key, r.signed_at"));
    if (!r)
        return r.error();
    QList<AxiomPassFact> passes;
    for (QSqlQuery q = std::move(r).value(); q.next();)
        passes.append(AxiomPassFact { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                      fromStorageText(q.value(3).toString()).date(),
                                      q.value(4).toString() == QLatin1String("waived") });
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
