#include "findingrepository.h"
#include "domain/translate.h"

#include "recordwriter.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>

namespace closeloop {

namespace {

const QString kTable = QStringLiteral("findings");

QString tr(const char *text)
{
    return translateIn("closeloop::FindingRepository", text);
}

QVariantMap toRow(const Finding &f)
{
    return {
        { QStringLiteral("title"), sql::text(f.title.trimmed()) },
        { QStringLiteral("description"), sql::text(f.description) },
        { QStringLiteral("status"), enumKey(f.status) },
        { QStringLiteral("outcome"), enumKey(f.outcome) },
        { QStringLiteral("outcome_notes"), sql::text(f.outcomeNotes) },
        { QStringLiteral("axiom_id"), sql::id(f.axiomId) },
        { QStringLiteral("created_by"), sql::id(f.createdBy) },
        { QStringLiteral("decided_at"), sql::timestamp(f.decidedAt) },
    };
}

void fromQuery(const QSqlQuery &q, Finding &f)
{
    f.id = q.value(QStringLiteral("id")).toLongLong();
    f.revision = q.value(QStringLiteral("revision")).toInt();
    f.title = q.value(QStringLiteral("title")).toString();
    f.description = q.value(QStringLiteral("description")).toString();
    f.status = enumFromKey<FindingStatus>(q.value(QStringLiteral("status")).toString()).value_or(FindingStatus::Open);
    f.outcome = enumFromKey<FindingOutcome>(q.value(QStringLiteral("outcome")).toString()).value_or(FindingOutcome::Undecided);
    f.outcomeNotes = q.value(QStringLiteral("outcome_notes")).toString();
    f.axiomId = sql::optionalId(q.value(QStringLiteral("axiom_id")));
    f.createdBy = sql::optionalId(q.value(QStringLiteral("created_by")));
    f.createdAt = sql::toTimestamp(q.value(QStringLiteral("created_at")));
    f.decidedAt = sql::toTimestamp(q.value(QStringLiteral("decided_at")));
}

Status validate(const Finding &f)
{
    if (f.title.trimmed().isEmpty())
        return Error { tr("A finding needs a title that names the pattern.") };
    if (f.status == FindingStatus::Decided && f.outcome == FindingOutcome::Undecided)
        return Error { tr("A decided finding needs an outcome: a new axiom, an automated check or a best practice.") };
    return {};
}

Status loadCoeLinks(Database &db, Finding &f)
{
    auto r = sql::exec(db, QStringLiteral("SELECT coe_id FROM finding_coes WHERE finding_id = :id ORDER BY coe_id"),
                       { { QStringLiteral("id"), f.id } });
    if (!r)
        return r.error();
    f.coeIds.clear();
    for (QSqlQuery q = std::move(r).value(); q.next();)
        f.coeIds.append(q.value(0).toLongLong());
    return {};
}

} // namespace

Status FindingRepository::saveLinks(const Finding &finding)
{
    QList<QVariantMap> links;
    for (Id coe : finding.coeIds)
        links.append({ { QStringLiteral("coe_id"), coe } });
    return RecordWriter(m_db, kTable).replaceLinks(finding.id, QStringLiteral("finding_coes"), QStringLiteral("finding_id"), links);
}

Result<Id> FindingRepository::create(Finding &finding)
{
    if (auto v = validate(finding); !v)
        return v.error();
    Finding stored = finding;
    Transaction tx(m_db);
    auto id = RecordWriter(m_db, kTable).insert(toRow(stored));
    if (!id)
        return id;
    stored.id = id.value();
    if (auto s = saveLinks(stored); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    stored.revision = 1;
    finding = stored;
    return id;
}

Status FindingRepository::update(Finding &finding)
{
    if (auto v = validate(finding); !v)
        return v;
    Transaction tx(m_db);
    auto revision = RecordWriter(m_db, kTable).update(finding.id, finding.revision, toRow(finding));
    if (!revision)
        return revision.error();
    if (auto s = saveLinks(finding); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    finding.revision = revision.value();
    return {};
}

Status FindingRepository::remove(const Finding &finding)
{
    Transaction tx(m_db);
    if (auto s = RecordWriter(m_db, kTable).remove(finding.id, finding.revision); !s)
        return s;
    return tx.commit();
}

Result<Finding> FindingRepository::load(Id id)
{
    auto r = sql::exec(m_db, QStringLiteral("SELECT * FROM findings WHERE id = :id"), { { QStringLiteral("id"), id } });
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return Error { tr("There is no finding with id %1.").arg(id) };
    Finding f;
    fromQuery(q, f);
    if (auto s = loadCoeLinks(m_db, f); !s)
        return s.error();
    return f;
}

Result<QList<FindingSummary>> FindingRepository::list()
{
    auto r = sql::exec(m_db, QStringLiteral("SELECT f.*, COALESCE(a.axiom_key, '') AS axiom_key FROM findings f "
                                            "LEFT JOIN axioms a ON a.id = f.axiom_id ORDER BY f.created_at DESC, f.id DESC"));
    if (!r)
        return r.error();
    QList<FindingSummary> list;
    for (QSqlQuery q = std::move(r).value(); q.next();) {
        FindingSummary s;
        fromQuery(q, s.finding);
        s.axiomKey = q.value(QStringLiteral("axiom_key")).toString();
        list.append(s);
    }
    for (FindingSummary &s : list)
        if (auto st = loadCoeLinks(m_db, s.finding); !st)
            return st.error();
    return list;
}

} // namespace closeloop
