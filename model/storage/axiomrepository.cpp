#include "axiomrepository.h"
#include "domain/translate.h"

#include "recordwriter.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::AxiomRepository", text);
}

Axiom axiomFromQuery(const QSqlQuery &q)
{
    const sql::ColumnsByName v(q);
    Axiom a;
    a.id = v("id").toLongLong();
    a.revision = v("revision").toInt();
    a.setId = v("set_id").toLongLong();
    a.key = v("axiom_key").toString();
    a.version = v("version").toInt();
    a.area = v("area").toString();
    a.statement = v("statement").toString();
    a.rationale = v("rationale").toString();
    a.guidance = v("guidance").toString();
    a.evidenceExpected = v("evidence_expected").toString();
    a.launchBlocking = v("launch_blocking").toBool();
    a.applicability = v("applicability").toString();
    const auto age = sql::optionalInt(v("max_evidence_age_days"));
    a.maxEvidenceAgeDays = age ? std::optional<int>(int(*age)) : std::nullopt;
    a.checkKind = enumFromKey<CheckKind>(v("check_kind").toString()).value_or(CheckKind::YesNo);
    a.calculator = v("calculator").toString();
    a.calculatorInputs = v("calculator_inputs").toString();
    a.current = v("is_current").toBool();
    return a;
}

Status validate(const Axiom &a)
{
    if (a.key.trimmed().isEmpty())
        return Error { tr("An axiom needs an id such as CAP-1.") };
    if (a.statement.trimmed().isEmpty())
        return Error { tr("Axiom %1 needs a statement a reviewer can check.").arg(a.key) };
    if (a.maxEvidenceAgeDays && *a.maxEvidenceAgeDays <= 0)
        return Error { tr("The maximum evidence age of %1 must be at least one day.").arg(a.key) };
    return {};
}

} // namespace

Result<Id> AxiomRepository::createSet(AxiomSet &set)
{
    if (set.key.trimmed().isEmpty() || set.name.trimmed().isEmpty())
        return Error { tr("An axiom set needs a key and a name.") };
    Transaction tx(m_db);
    auto id = RecordWriter(m_db, QStringLiteral("axiom_sets"))
                  .insert({ { QStringLiteral("set_key"), set.key.trimmed() },
                            { QStringLiteral("name"), set.name.trimmed() },
                            { QStringLiteral("description"), sql::text(set.description) },
                            { QStringLiteral("version"), sql::text(set.version) } });
    if (!id)
        return id;
    if (auto s = tx.commit(); !s)
        return s.error();
    set.id = id.value();
    set.revision = 1;
    return id;
}

static AxiomSet setFromQuery(const QSqlQuery &q)
{
    return { q.value(QStringLiteral("id")).toLongLong(), q.value(QStringLiteral("revision")).toInt(),
             q.value(QStringLiteral("set_key")).toString(), q.value(QStringLiteral("name")).toString(),
             q.value(QStringLiteral("description")).toString(), q.value(QStringLiteral("version")).toString() };
}

Result<AxiomSet> AxiomRepository::loadSet(Id id)
{
    auto r = sql::exec(m_db, QStringLiteral("SELECT * FROM axiom_sets WHERE id = :id"), { { QStringLiteral("id"), id } });
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return Error { tr("There is no axiom set with id %1.").arg(id) };
    return setFromQuery(q);
}

Result<QList<AxiomSet>> AxiomRepository::listSets()
{
    auto r = sql::exec(m_db, QStringLiteral("SELECT * FROM axiom_sets ORDER BY name"));
    if (!r)
        return r.error();
    QList<AxiomSet> sets;
    for (QSqlQuery q = std::move(r).value(); q.next();)
        sets.append(setFromQuery(q));
    return sets;
}

Result<Id> AxiomRepository::insertVersion(Axiom &axiom)
{
    auto id = RecordWriter(m_db, QStringLiteral("axioms"))
                  .insert({ { QStringLiteral("set_id"), axiom.setId },
                            { QStringLiteral("axiom_key"), axiom.key.trimmed() },
                            { QStringLiteral("version"), axiom.version },
                            { QStringLiteral("area"), sql::text(axiom.area) },
                            { QStringLiteral("statement"), axiom.statement.trimmed() },
                            { QStringLiteral("rationale"), sql::text(axiom.rationale) },
                            { QStringLiteral("guidance"), sql::text(axiom.guidance) },
                            { QStringLiteral("evidence_expected"), sql::text(axiom.evidenceExpected) },
                            { QStringLiteral("launch_blocking"), sql::boolean(axiom.launchBlocking) },
                            { QStringLiteral("applicability"), sql::text(axiom.applicability) },
                            { QStringLiteral("max_evidence_age_days"), sql::number(axiom.maxEvidenceAgeDays) },
                            { QStringLiteral("check_kind"), enumKey(axiom.checkKind) },
                            { QStringLiteral("calculator"), sql::text(axiom.calculator) },
                            { QStringLiteral("calculator_inputs"), sql::text(axiom.calculatorInputs) },
                            { QStringLiteral("is_current"), 1 } });
    if (!id)
        return id;
    QList<QVariantMap> links;
    for (Id coe : std::as_const(axiom.motivatingCoeIds))
        links.append({ { QStringLiteral("coe_id"), coe } });
    if (auto s = RecordWriter(m_db, QStringLiteral("axioms")).replaceLinks(id.value(), QStringLiteral("axiom_coes"), QStringLiteral("axiom_id"), links); !s)
        return s.error();
    return id;
}

Result<Id> AxiomRepository::add(Axiom &axiom)
{
    if (auto v = validate(axiom); !v)
        return v.error();
    Axiom stored = axiom;
    stored.version = 1;
    Transaction tx(m_db);
    auto id = insertVersion(stored);
    if (!id)
        return id;
    if (auto s = tx.commit(); !s)
        return s.error();
    stored.id = id.value();
    stored.revision = 1;
    stored.current = true;
    axiom = stored;
    return id;
}

Result<Id> AxiomRepository::revise(Axiom &axiom)
{
    if (auto v = validate(axiom); !v)
        return v.error();
    Transaction tx(m_db);
    // The edited version must still be the current one: otherwise someone
    // revised it meanwhile, and this edit would silently replace theirs.
    auto retired = RecordWriter(m_db, QStringLiteral("axioms")).update(axiom.id, axiom.revision, { { QStringLiteral("is_current"), 0 } });
    if (!retired)
        return retired.error();
    auto latest = sql::exec(m_db, QStringLiteral("SELECT MAX(version) FROM axioms WHERE set_id = :s AND axiom_key = :k"),
                            { { QStringLiteral("s"), axiom.setId }, { QStringLiteral("k"), axiom.key } });
    if (!latest)
        return latest.error();
    QSqlQuery q = std::move(latest).value();
    Axiom next = axiom;
    next.version = (q.next() ? q.value(0).toInt() : axiom.version) + 1;
    auto id = insertVersion(next);
    if (!id)
        return id;
    if (auto s = tx.commit(); !s)
        return s.error();
    next.id = id.value();
    next.revision = 1;
    next.current = true;
    axiom = next;
    return id;
}

static Status loadMotivations(Database &db, Axiom &a)
{
    auto r = sql::exec(db, QStringLiteral("SELECT coe_id FROM axiom_coes WHERE axiom_id = :id ORDER BY coe_id"),
                       { { QStringLiteral("id"), a.id } });
    if (!r)
        return r.error();
    for (QSqlQuery q = std::move(r).value(); q.next();)
        a.motivatingCoeIds.append(q.value(0).toLongLong());
    return {};
}

Result<Axiom> AxiomRepository::load(Id id)
{
    auto r = sql::exec(m_db, QStringLiteral("SELECT * FROM axioms WHERE id = :id"), { { QStringLiteral("id"), id } });
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return Error { tr("There is no axiom with id %1.").arg(id) };
    Axiom a = axiomFromQuery(q);
    if (auto s = loadMotivations(m_db, a); !s)
        return s.error();
    return a;
}

Result<QList<Axiom>> AxiomRepository::current(Id setId)
{
    auto r = sql::exec(m_db, QStringLiteral("SELECT * FROM axioms WHERE set_id = :s AND is_current = 1 ORDER BY id"),
                       { { QStringLiteral("s"), setId } });
    if (!r)
        return r.error();
    QList<Axiom> list;
    for (QSqlQuery q = std::move(r).value(); q.next();)
        list.append(axiomFromQuery(q));
    for (Axiom &a : list)
        if (auto s = loadMotivations(m_db, a); !s)
            return s.error();
    return list;
}

Result<QList<Axiom>> AxiomRepository::versions(Id setId, const QString &key)
{
    auto r = sql::exec(m_db, QStringLiteral("SELECT * FROM axioms WHERE set_id = :s AND axiom_key = :k ORDER BY version"),
                       { { QStringLiteral("s"), setId }, { QStringLiteral("k"), key } });
    if (!r)
        return r.error();
    QList<Axiom> list;
    for (QSqlQuery q = std::move(r).value(); q.next();)
        list.append(axiomFromQuery(q));
    return list;
}

} // namespace closeloop
