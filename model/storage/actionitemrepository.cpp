#include "actionitemrepository.h"
#include "domain/translate.h"

#include "actionlistreader.h"
#include "listquery.h"
#include "actions/actionrules.h"
#include "recordwriter.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>

namespace closeloop {

namespace {

const QString kTable = QStringLiteral("action_items");

QString tr(const char *text)
{
    return translateIn("closeloop::ActionItemRepository", text);
}

QString sourceColumn(ActionSource source)
{
    switch (source) {
    case ActionSource::Coe: return QStringLiteral("coe_id");
    case ActionSource::OrrAnswer: return QStringLiteral("orr_answer_id");
    case ActionSource::Finding: return QStringLiteral("finding_id");
    }
    return QStringLiteral("coe_id");
}

QVariantMap toRow(const ActionItem &a)
{
    QVariantMap row {
        { QStringLiteral("title"), sql::text(a.title.trimmed()) },
        { QStringLiteral("description"), sql::text(a.description) },
        { QStringLiteral("owner_id"), sql::id(a.ownerId) },
        { QStringLiteral("due_on"), sql::date(a.due) },
        { QStringLiteral("priority"), a.priority },
        { QStringLiteral("status"), enumKey(a.status) },
        { QStringLiteral("status_reason"), sql::text(a.statusReason) },
        { QStringLiteral("type"), enumKey(a.type) },
        { QStringLiteral("tracker_ref"), sql::text(a.trackerRef) },
        { QStringLiteral("done_on"), sql::date(a.doneOn) },
        { QStringLiteral("closure_evidence"), sql::text(a.closureEvidence) },
        { QStringLiteral("coe_id"), QVariant() },
        { QStringLiteral("orr_answer_id"), QVariant() },
        { QStringLiteral("finding_id"), QVariant() },
        { QStringLiteral("addresses"), enumKey(a.addresses) },
        { QStringLiteral("why_id"), sql::id(a.whyId) },
        // Derived, kept so lists can filter and sort by it in SQL.
        { QStringLiteral("strength"), enumKey(strengthOf(a)) },
    };
    row.insert(sourceColumn(a.source), a.sourceId);
    return row;
}

void fromQuery(const sql::ColumnsByName &v, ActionItem &a)
{
    a.id = v("id").toLongLong();
    a.revision = v("revision").toInt();
    a.title = v("title").toString();
    a.description = v("description").toString();
    a.ownerId = sql::optionalId(v("owner_id"));
    a.due = sql::optionalDate(v("due_on"));
    a.priority = v("priority").toInt();
    a.status = enumFromKey<ActionStatus>(v("status").toString()).value_or(ActionStatus::Open);
    a.statusReason = v("status_reason").toString();
    a.type = enumFromKey<ActionType>(v("type").toString()).value_or(ActionType::Prevent);
    a.trackerRef = v("tracker_ref").toString();
    a.doneOn = sql::optionalDate(v("done_on"));
    a.closureEvidence = v("closure_evidence").toString();
    a.addresses = enumFromKey<ActionTarget>(v("addresses").toString()).value_or(ActionTarget::General);
    a.whyId = sql::optionalId(v("why_id"));
    a.createdAt = sql::toTimestamp(v("created_at"));
    a.updatedAt = sql::toTimestamp(v("updated_at"));
    if (!v("coe_id").isNull()) {
        a.source = ActionSource::Coe;
        a.sourceId = v("coe_id").toLongLong();
    } else if (!v("orr_answer_id").isNull()) {
        a.source = ActionSource::OrrAnswer;
        a.sourceId = v("orr_answer_id").toLongLong();
    } else {
        a.source = ActionSource::Finding;
        a.sourceId = v("finding_id").toLongLong();
    }
}

Status validate(const ActionItem &a)
{
    if (a.title.trimmed().isEmpty())
        return Error { tr("An action item needs a title that says what will be done.") };
    if (a.priority < 0 || a.priority > 3)
        return Error { tr("Priority P%1 does not exist: use P0 (most urgent) to P3.").arg(a.priority) };
    if (a.status == ActionStatus::WontDo && a.statusReason.trimmed().isEmpty())
        return Error { tr("Say why this action item will not be done: a reason is required.") };
    if (a.sourceId <= 0)
        return Error { tr("An action item must belong to a COE, an ORR answer or a finding.") };
    if (const QString problem = checkTrackerRef(a.trackerRef); !problem.isEmpty())
        return Error { problem };
    return {};
}

} // namespace

Result<Id> ActionItemRepository::create(ActionItem &item)
{
    if (auto v = validate(item); !v)
        return v.error();
    Transaction tx(m_db);
    auto id = RecordWriter(m_db, kTable).insert(toRow(item));
    if (!id)
        return id;
    if (auto s = tx.commit(); !s)
        return s.error();
    item.id = id.value();
    item.revision = 1;
    return id;
}

Status ActionItemRepository::update(ActionItem &item)
{
    if (auto v = validate(item); !v)
        return v;
    Transaction tx(m_db);
    auto revision = RecordWriter(m_db, kTable).update(item.id, item.revision, toRow(item));
    if (!revision)
        return revision.error();
    if (auto s = tx.commit(); !s)
        return s;
    item.revision = revision.value();
    return {};
}

Status ActionItemRepository::updateAll(QList<ActionItem> &items)
{
    auto named = [](const ActionItem &a, const Error &e) {
        return Error { tr("Action item %1 (“%2”): %3").arg(a.id).arg(a.title.left(60), e.message), e.kind };
    };
    for (const ActionItem &a : std::as_const(items))
        if (auto v = validate(a); !v)
            return named(a, v.error());
    Transaction tx(m_db);
    RecordWriter writer(m_db, kTable);
    QList<int> revisions;
    revisions.reserve(items.size());
    for (const ActionItem &a : std::as_const(items)) {
        auto revision = writer.update(a.id, a.revision, toRow(a));
        if (!revision)
            return named(a, revision.error());
        revisions.append(revision.value());
    }
    if (auto s = tx.commit(); !s)
        return s;
    for (int i = 0; i < items.size(); ++i)
        items[i].revision = revisions.at(i);
    return {};
}

Status ActionItemRepository::remove(const ActionItem &item)
{
    Transaction tx(m_db);
    if (auto s = RecordWriter(m_db, kTable).remove(item.id, item.revision); !s)
        return s;
    return tx.commit();
}

Result<ActionItem> ActionItemRepository::load(Id id)
{
    auto r = sql::exec(m_db, QStringLiteral("SELECT * FROM action_items WHERE id = :id"), { { QStringLiteral("id"), id } });
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return Error { tr("There is no action item with id %1.").arg(id) };
    ActionItem a;
    fromQuery(sql::ColumnsByName(q), a);
    return a;
}

Result<QList<ActionItemSummary>> ActionItemRepository::list()
{
    ActionListQuery everything; // by due date, undated last, then priority
    everything.today = QDate::currentDate();
    return ActionListReader(m_db).all(everything);
}

Result<int> ActionItemRepository::classifyUnrated()
{
    auto r = sql::exec(m_db, QStringLiteral("SELECT id, title, description, type FROM action_items WHERE strength IS NULL"));
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QList<std::pair<Id, QString>> rated;
    while (q.next()) {
        const ActionType type = enumFromKey<ActionType>(q.value(3).toString()).value_or(ActionType::Prevent);
        rated.append({ q.value(0).toLongLong(), enumKey(strengthOf(q.value(1).toString(), q.value(2).toString(), type)) });
    }
    q.finish();
    if (rated.isEmpty())
        return 0;
    // A derived value: no revision bump and no audit entry, so nobody's
    // open edit of the item is made stale by it.
    Transaction tx(m_db);
    for (const auto &[id, strength] : std::as_const(rated)) {
        auto u = sql::exec(m_db, QStringLiteral("UPDATE action_items SET strength = :strength WHERE id = :id"),
                           { { QStringLiteral("strength"), strength }, { QStringLiteral("id"), id } });
        if (!u)
            return u.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return int(rated.size());
}

Result<QHash<Id, QList<ActionItem>>> ActionItemRepository::forCoes(const QList<Id> &coeIds)
{
    QHash<Id, QList<ActionItem>> items;
    if (coeIds.isEmpty())
        return items;
    auto r = sql::exec(m_db, QStringLiteral("SELECT * FROM action_items WHERE coe_id IN (%1) ORDER BY coe_id, id").arg(listquery::idList(coeIds)));
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    for (const sql::ColumnsByName columns(q); q.next();) {
        ActionItem a;
        fromQuery(columns, a);
        items[a.sourceId].append(a);
    }
    return items;
}

Result<QList<ActionItem>> ActionItemRepository::forSource(ActionSource source, Id sourceId)
{
    auto r = sql::exec(m_db, QStringLiteral("SELECT * FROM action_items WHERE %1 = :id ORDER BY id").arg(sourceColumn(source)),
                       { { QStringLiteral("id"), sourceId } });
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QList<ActionItem> items;
    for (const sql::ColumnsByName columns(q); q.next();) {
        ActionItem a;
        fromQuery(columns, a);
        items.append(a);
    }
    return items;
}

} // namespace closeloop
