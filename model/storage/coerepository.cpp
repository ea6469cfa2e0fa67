#include "coerepository.h"
#include "domain/translate.h"

#include "coelistreader.h"
#include "listquery.h"

#include <functional>

#include "draftrepository.h"

#include "recordwriter.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace closeloop {

namespace {

const QString kTable = QStringLiteral("coes");

QString tr(const char *text)
{
    return translateIn("closeloop::CoeRepository", text);
}

const char *const kInstantColumns[] = { "impact_start", "detected", "engaged", "mitigated", "resolved" };
// The same, as the two columns each is stored in (literals: read by name once per query).
const char *const kInstantAtColumns[] = { "impact_start_at", "detected_at", "engaged_at", "mitigated_at", "resolved_at" };
const char *const kInstantOffsetColumns[] = { "impact_start_offset", "detected_offset", "engaged_offset", "mitigated_offset",
                                              "resolved_offset" };

std::optional<Instant> Coe::*const kInstantMembers[] = { &Coe::impactStart, &Coe::detected, &Coe::engaged,
                                                         &Coe::mitigated, &Coe::resolved };

QVariantMap toRow(const Coe &c)
{
    QVariantMap row {
        { QStringLiteral("title"), sql::text(c.title.trimmed()) },
        { QStringLiteral("service_id"), sql::id(c.serviceId) },
        { QStringLiteral("severity"), c.severity },
        { QStringLiteral("category"), sql::text(c.category) },
        { QStringLiteral("trigger_kind"), sql::text(c.trigger) },
        { QStringLiteral("author_id"), sql::id(c.authorId) },
        { QStringLiteral("reviewer_id"), sql::id(c.reviewerId) },
        { QStringLiteral("summary"), sql::text(c.summary) },
        { QStringLiteral("impact"), sql::text(c.impact) },
        { QStringLiteral("detection_method"), enumKey(c.detectionMethod) },
        { QStringLiteral("detection_source"), sql::text(c.detectionSource) },
        { QStringLiteral("halve_ttd_answer"), sql::text(c.halveTtdAnswer) },
        { QStringLiteral("halve_ttd_no_action_reason"), sql::text(c.halveTtdNoActionReason) },
        { QStringLiteral("resolution"), sql::text(c.resolution) },
        { QStringLiteral("runbook_url"), sql::text(c.runbookUrl) },
        { QStringLiteral("no_runbook"), sql::boolean(c.noRunbook) },
        { QStringLiteral("customers_affected"), sql::number(c.customersAffected) },
        { QStringLiteral("customers_total"), sql::number(c.customersTotal) },
        { QStringLiteral("failed_request_share"), sql::number(c.failedRequestShare) },
        { QStringLiteral("data_lost"), sql::boolean(c.dataLost) },
        { QStringLiteral("data_loss_detail"), sql::text(c.dataLossDetail) },
        { QStringLiteral("impact_duration_minutes"), sql::number(c.impactDurationMinutes) },
        { QStringLiteral("halve_blast_answer"), sql::text(c.halveBlastAnswer) },
        { QStringLiteral("halve_blast_no_action_reason"), sql::text(c.halveBlastNoActionReason) },
        { QStringLiteral("lessons"), sql::text(c.lessons) },
        { QStringLiteral("notes"), sql::text(c.notes) },
        { QStringLiteral("preventing_axiom_id"), sql::id(c.preventingAxiomId) },
        { QStringLiteral("no_axiom_exists"), sql::boolean(c.noAxiomExists) },
        { QStringLiteral("axiom_proposal"), sql::text(c.axiomProposal) },
        { QStringLiteral("submitted_at"), sql::timestamp(c.submittedAt) },
        { QStringLiteral("approved_at"), sql::timestamp(c.approvedAt) },
        { QStringLiteral("closed_at"), sql::timestamp(c.closedAt) },
    };
    for (std::size_t i = 0; i < std::size(kInstantColumns); ++i)
        sql::bindInstant(row, QString::fromLatin1(kInstantColumns[i]), c.*kInstantMembers[i]);
    return row;
}

void fromQuery(const sql::ColumnsByName &v, Coe &c)
{
    c.id = v("id").toLongLong();
    c.revision = v("revision").toInt();
    c.title = v("title").toString();
    c.serviceId = sql::optionalId(v("service_id"));
    c.severity = v("severity").toInt();
    c.category = v("category").toString();
    c.trigger = v("trigger_kind").toString();
    c.status = enumFromKey<CoeStatus>(v("status").toString()).value_or(CoeStatus::Draft);
    c.authorId = sql::optionalId(v("author_id"));
    c.reviewerId = sql::optionalId(v("reviewer_id"));
    c.summary = v("summary").toString();
    c.impact = v("impact").toString();
    for (std::size_t i = 0; i < std::size(kInstantColumns); ++i)
        c.*kInstantMembers[i] = sql::readInstant(v, kInstantAtColumns[i], kInstantOffsetColumns[i]);
    c.detectionMethod = enumFromKey<DetectionMethod>(v("detection_method").toString()).value_or(DetectionMethod::Unknown);
    c.detectionSource = v("detection_source").toString();
    c.halveTtdAnswer = v("halve_ttd_answer").toString();
    c.halveTtdNoActionReason = v("halve_ttd_no_action_reason").toString();
    c.resolution = v("resolution").toString();
    c.runbookUrl = v("runbook_url").toString();
    c.noRunbook = v("no_runbook").toBool();
    c.customersAffected = sql::optionalInt(v("customers_affected"));
    c.customersTotal = sql::optionalInt(v("customers_total"));
    c.failedRequestShare = sql::optionalReal(v("failed_request_share"));
    c.dataLost = v("data_lost").toBool();
    c.dataLossDetail = v("data_loss_detail").toString();
    c.impactDurationMinutes = sql::optionalInt(v("impact_duration_minutes"));
    c.halveBlastAnswer = v("halve_blast_answer").toString();
    c.halveBlastNoActionReason = v("halve_blast_no_action_reason").toString();
    c.lessons = v("lessons").toString();
    c.notes = v("notes").toString();
    c.preventingAxiomId = sql::optionalId(v("preventing_axiom_id"));
    c.noAxiomExists = v("no_axiom_exists").toBool();
    c.axiomProposal = v("axiom_proposal").toString();
    c.createdAt = sql::toTimestamp(v("created_at"));
    c.updatedAt = sql::toTimestamp(v("updated_at"));
    c.submittedAt = sql::toTimestamp(v("submitted_at"));
    c.approvedAt = sql::toTimestamp(v("approved_at"));
    c.closedAt = sql::toTimestamp(v("closed_at"));
}

Status validate(const Coe &c)
{
    if (c.title.trimmed().isEmpty())
        return Error { tr("A COE needs a title.") };
    if (c.severity < 1 || c.severity > 5)
        return Error { tr("Severity %1 is not on the scale: use 1 (critical) to 5 (no customer impact).").arg(c.severity) };
    if (c.failedRequestShare && (*c.failedRequestShare < 0 || *c.failedRequestShare > 1))
        return Error { tr("The share of failed requests must be between 0% and 100%.") };
    for (const WhyNode &w : c.whys) {
        if (w.parentId && std::none_of(c.whys.cbegin(), c.whys.cend(), [&w](const WhyNode &o) { return o.id == *w.parentId; }))
            return Error { tr("A why answer points at a parent that is not in this COE.") };
    }
    return {};
}

// Parents before children, so that temporary parent ids are known when a
// child is written.
QList<WhyNode> parentsFirst(const QList<WhyNode> &whys)
{
    QList<WhyNode> ordered;
    QSet<Id> placed;
    QList<WhyNode> pending = whys;
    while (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        for (auto it = pending.begin(); it != pending.end();) {
            if (!it->parentId || placed.contains(*it->parentId)) {
                placed.insert(it->id);
                ordered.append(*it);
                it = pending.erase(it);
            } else {
                ++it;
            }
        }
        if (pending.size() == before) // a cycle: keep the rest as top-level answers
            for (WhyNode w : std::exchange(pending, {})) {
                w.parentId.reset();
                ordered.append(w);
            }
    }
    return ordered;
}

} // namespace

Status CoeRepository::saveChildren(Coe &coe)
{
    RecordWriter writer(m_db, kTable);

    QList<QVariantMap> tags;
    QStringList seen;
    for (const QString &tag : std::as_const(coe.tags)) {
        const QString t = tag.trimmed().toLower();
        if (t.isEmpty() || seen.contains(t))
            continue;
        seen << t;
        tags.append({ { QStringLiteral("tag"), t } });
    }
    if (auto s = writer.replaceLinks(coe.id, QStringLiteral("coe_tags"), QStringLiteral("coe_id"), tags); !s)
        return s;

    QList<QVariantMap> scopes;
    int position = 0;
    for (const BlastScope &b : std::as_const(coe.blastScopes))
        scopes.append({ { QStringLiteral("position"), position++ },
                        { QStringLiteral("kind"), enumKey(b.kind) },
                        { QStringLiteral("name"), sql::text(b.name.trimmed()) } });
    if (auto s = writer.replaceLinks(coe.id, QStringLiteral("coe_blast_scopes"), QStringLiteral("coe_id"), scopes); !s)
        return s;

    QList<QVariantMap> events;
    for (const TimelineEvent &e : std::as_const(coe.timeline))
        events.append({ { QStringLiteral("id"), e.id },
                        { QStringLiteral("at"), sql::timestamp(e.at.utc) },
                        { QStringLiteral("at_offset"), e.at.offsetMinutes },
                        { QStringLiteral("kind"), enumKey(e.kind) },
                        { QStringLiteral("text"), sql::text(e.text) },
                        { QStringLiteral("evidence_url"), sql::text(e.evidenceUrl) } });
    auto eventIds = writer.syncChildren(coe.id, QStringLiteral("timeline_events"), QStringLiteral("coe_id"), events);
    if (!eventIds)
        return eventIds.error();
    for (TimelineEvent &e : coe.timeline)
        e.id = eventIds->value(e.id, e.id);

    QList<QVariantMap> samples;
    for (const ImpactSample &s : std::as_const(coe.impactSeries))
        samples.append({ { QStringLiteral("at"), sql::timestamp(s.at) },
                         { QStringLiteral("expected"), s.expected },
                         { QStringLiteral("successful"), s.successful } });
    if (auto s = writer.replaceLinks(coe.id, QStringLiteral("impact_samples"), QStringLiteral("coe_id"), samples); !s)
        return s;

    // A reviewer's override of a blame finding is a decision, not an edit:
    // it gets its own line in the history, with the answer and the reason.
    auto storedReasons = sql::exec(m_db, QStringLiteral("SELECT id, override_reason FROM whys WHERE coe_id = :id"),
                                   { { QStringLiteral("id"), coe.id } });
    if (!storedReasons)
        return storedReasons.error();
    QHash<Id, QString> reasons;
    for (QSqlQuery q = std::move(storedReasons).value(); q.next();)
        reasons.insert(q.value(0).toLongLong(), q.value(1).toString());
    for (const WhyNode &w : std::as_const(coe.whys)) {
        const QString reason = w.overrideReason.trimmed();
        if (!reason.isEmpty() && reason != reasons.value(w.id).trimmed())
            if (auto s = writer.audit(coe.id, QStringLiteral("update"), QStringLiteral("why_override"), w.answer, reason); !s)
                return s;
    }

    QList<QVariantMap> whys;
    const QList<WhyNode> ordered = parentsFirst(coe.whys);
    for (const WhyNode &w : ordered)
        whys.append({ { QStringLiteral("id"), w.id },
                      { QStringLiteral("parent_id"), sql::id(w.parentId) },
                      { QStringLiteral("position"), w.position },
                      { QStringLiteral("question"), sql::text(w.question) },
                      { QStringLiteral("answer"), sql::text(w.answer) },
                      { QStringLiteral("override_reason"), sql::text(w.overrideReason) },
                      { QStringLiteral("override_by"), sql::id(w.overrideBy) } });
    auto whyIds = writer.syncChildren(coe.id, QStringLiteral("whys"), QStringLiteral("coe_id"), whys,
        [](QVariantMap &row, const QHash<Id, Id> &ids) {
            const QVariant parent = row.value(QStringLiteral("parent_id"));
            if (parent.isValid() && !parent.isNull() && isNewId(parent.toLongLong()))
                row.insert(QStringLiteral("parent_id"), ids.value(parent.toLongLong()));
        });
    if (!whyIds)
        return whyIds.error();
    for (WhyNode &w : coe.whys) {
        if (w.parentId)
            w.parentId = whyIds->value(*w.parentId, *w.parentId);
        w.id = whyIds->value(w.id, w.id);
    }

    QList<QVariantMap> checks;
    for (const ReviewCheck &c : std::as_const(coe.reviewChecks))
        checks.append({ { QStringLiteral("question"), c.question },
                        { QStringLiteral("passed"), sql::boolean(c.passed) },
                        { QStringLiteral("note"), sql::text(c.note) },
                        { QStringLiteral("reviewer_id"), sql::id(c.reviewerId) },
                        { QStringLiteral("answered_at"), sql::timestamp(c.answeredAt) } });
    return writer.replaceLinks(coe.id, QStringLiteral("coe_review_checks"), QStringLiteral("coe_id"), checks);
}

Result<Id> CoeRepository::create(Coe &coe)
{
    if (auto v = validate(coe); !v)
        return v.error();
    Coe stored = coe;
    Transaction tx(m_db);
    QVariantMap row = toRow(stored);
    row.insert(QStringLiteral("status"), enumKey(stored.status));
    auto id = RecordWriter(m_db, kTable).insert(row);
    if (!id)
        return id;
    stored.id = id.value();
    if (auto s = saveChildren(stored); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    stored.revision = 1;
    coe = stored; // only now: a failed save leaves the caller's copy as it was
    return id;
}

Status CoeRepository::update(Coe &coe)
{
    if (auto v = validate(coe); !v)
        return v;
    Coe stored = coe;
    Transaction tx(m_db);
    RecordWriter writer(m_db, kTable);
    auto revision = writer.update(stored.id, stored.revision, toRow(stored));
    if (!revision)
        return revision.error();
    if (revision.value() == stored.revision) // only child rows changed
        revision = writer.touch(stored.id, stored.revision);
    if (!revision)
        return revision.error();
    stored.revision = revision.value();
    if (auto s = saveChildren(stored); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    coe = stored;
    return {};
}

Status CoeRepository::setStatus(Coe &coe, CoeStatus status)
{
    Transaction tx(m_db);
    RecordWriter writer(m_db, kTable);
    auto revision = writer.update(coe.id, coe.revision, { { QStringLiteral("status"), enumKey(status) } });
    if (!revision)
        return revision.error();
    if (auto s = writer.recordTransition(coe.id, enumKey(coe.status), enumKey(status)); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    coe.status = status;
    coe.revision = revision.value();
    return {};
}

Status CoeRepository::remove(const Coe &coe)
{
    Transaction tx(m_db);
    if (auto s = RecordWriter(m_db, kTable).remove(coe.id, coe.revision); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    // An autosaved draft of a deleted COE would be offered back forever.
    // (On a server drafts live on this computer, outside the transaction.)
    return DraftRepository(m_db).remove(kTable, coe.id);
}

Result<Coe> CoeRepository::load(Id id)
{
    auto many = loadMany({ id });
    if (!many)
        return many.error();
    if (many->isEmpty())
        return Error { tr("There is no COE with id %1.").arg(id) };
    return many->first();
}

Result<QList<Coe>> CoeRepository::loadMany(const QList<Id> &ids)
{
    if (ids.isEmpty())
        return QList<Coe>();
    // One query per table for the whole batch, not one per COE: exports
    // read tens of thousands of COEs. The ids are our own integers.
    const QString in = listquery::idList(ids);
    auto r = sql::exec(m_db, QStringLiteral("SELECT * FROM coes WHERE id IN (%1)").arg(in));
    if (!r)
        return r.error();
    QHash<Id, Coe> byId;
    QSqlQuery found = std::move(r).value();
    for (const sql::ColumnsByName columns(found); found.next();) {
        Coe coe;
        fromQuery(columns, coe);
        byId.insert(coe.id, coe);
    }
    // Rows of a child table, each given to its COE.
    auto children = [&](const QString &statement, const std::function<void(Coe &, const QSqlQuery &)> &take) -> Status {
        auto rows = sql::exec(m_db, statement.arg(in));
        if (!rows)
            return rows.error();
        for (QSqlQuery q = std::move(rows).value(); q.next();)
            if (auto it = byId.find(q.value(0).toLongLong()); it != byId.end())
                take(*it, q);
        return {};
    };
    Status s = children(QStringLiteral("SELECT coe_id, tag FROM coe_tags WHERE coe_id IN (%1) ORDER BY coe_id, tag"),
                        [](Coe &coe, const QSqlQuery &q) { coe.tags << q.value(1).toString(); });
    if (s)
        s = children(QStringLiteral("SELECT coe_id, kind, name FROM coe_blast_scopes WHERE coe_id IN (%1) ORDER BY coe_id, position"),
                     [](Coe &coe, const QSqlQuery &q) {
                         coe.blastScopes.append({ enumFromKey<BlastScopeKind>(q.value(1).toString()).value_or(BlastScopeKind::Region),
                                                  q.value(2).toString() });
                     });
    if (s)
        s = children(QStringLiteral("SELECT coe_id, id, at, at_offset, kind, text, evidence_url FROM timeline_events"
                                    " WHERE coe_id IN (%1) ORDER BY coe_id, at, id"),
                     [](Coe &coe, const QSqlQuery &q) {
                         TimelineEvent ev;
                         ev.id = q.value(1).toLongLong();
                         ev.at = Instant::fromUtc(sql::toTimestamp(q.value(2)), q.value(3).toInt());
                         ev.kind = enumFromKey<TimelineKind>(q.value(4).toString()).value_or(TimelineKind::Event);
                         ev.text = q.value(5).toString();
                         ev.evidenceUrl = q.value(6).toString();
                         coe.timeline.append(ev);
                     });
    if (s)
        s = children(QStringLiteral("SELECT coe_id, at, expected, successful FROM impact_samples WHERE coe_id IN (%1) ORDER BY coe_id, at"),
                     [](Coe &coe, const QSqlQuery &q) {
                         coe.impactSeries.append({ sql::toTimestamp(q.value(1)), q.value(2).toDouble(), q.value(3).toDouble() });
                     });
    if (s)
        s = children(QStringLiteral("SELECT coe_id, id, parent_id, position, question, answer, override_reason, override_by FROM whys"
                                    " WHERE coe_id IN (%1) ORDER BY coe_id, parent_id IS NOT NULL, parent_id, position, id"),
                     [](Coe &coe, const QSqlQuery &q) {
                         WhyNode node;
                         node.id = q.value(1).toLongLong();
                         node.parentId = sql::optionalId(q.value(2));
                         node.position = q.value(3).toInt();
                         node.question = q.value(4).toString();
                         node.answer = q.value(5).toString();
                         node.overrideReason = q.value(6).toString();
                         node.overrideBy = sql::optionalId(q.value(7));
                         coe.whys.append(node);
                     });
    if (s)
        s = children(QStringLiteral("SELECT coe_id, question, passed, note, reviewer_id, answered_at FROM coe_review_checks"
                                    " WHERE coe_id IN (%1) ORDER BY coe_id, question"),
                     [](Coe &coe, const QSqlQuery &q) {
                         coe.reviewChecks.append({ q.value(1).toString(), q.value(2).toBool(), q.value(3).toString(),
                                                   sql::optionalId(q.value(4)), sql::toTimestamp(q.value(5)) });
                     });
    if (!s)
        return s.error();
    return listquery::inOrder(ids, byId);
}

Result<QList<CoeSummary>> CoeRepository::list()
{
    return CoeListReader(m_db).all(CoeListQuery {}); // newest impact first
}

} // namespace closeloop
