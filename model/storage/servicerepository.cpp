#include "servicerepository.h"
#include "domain/translate.h"

#include "recordwriter.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>

namespace closeloop {

namespace {

const QString kTable = QStringLiteral("services");

QString tr(const char *text)
{
    return translateIn("closeloop::ServiceRepository", text);
}

QVariantMap toRow(const Service &s)
{
    return {
        { QStringLiteral("name"), sql::text(s.name.trimmed()) },
        { QStringLiteral("team"), sql::text(s.team) },
        { QStringLiteral("tier"), s.tier },
        { QStringLiteral("description"), sql::text(s.description) },
        { QStringLiteral("owner_id"), sql::id(s.ownerId) },
        { QStringLiteral("recert_interval_days"), s.recertIntervalDays },
    };
}

Status validate(const Service &s)
{
    if (s.name.trimmed().isEmpty())
        return Error { tr("A service needs a name.") };
    if (s.tier < 1 || s.tier > 4)
        return Error { tr("Tier %1 is not valid: use 1 (most critical) to 4.").arg(s.tier) };
    if (s.recertIntervalDays <= 0)
        return Error { tr("The recertification interval must be at least one day.") };
    for (const ServiceZone &z : s.footprint)
        if (z.region.trimmed().isEmpty())
            return Error { tr("Every footprint entry needs a region.") };
    return {};
}

Status saveFootprint(Database &db, const Service &s)
{
    QList<QVariantMap> rows;
    int position = 0;
    for (const ServiceZone &z : s.footprint)
        rows.append({ { QStringLiteral("position"), position++ },
                      { QStringLiteral("region"), sql::text(z.region.trimmed()) },
                      { QStringLiteral("zone"), sql::text(z.zone.trimmed()) } });
    return RecordWriter(db, kTable).replaceLinks(s.id, QStringLiteral("service_zones"), QStringLiteral("service_id"), rows);
}

Service fromQuery(const QSqlQuery &q)
{
    Service s;
    s.id = q.value(QStringLiteral("id")).toLongLong();
    s.revision = q.value(QStringLiteral("revision")).toInt();
    s.name = q.value(QStringLiteral("name")).toString();
    s.team = q.value(QStringLiteral("team")).toString();
    s.tier = q.value(QStringLiteral("tier")).toInt();
    s.description = q.value(QStringLiteral("description")).toString();
    s.ownerId = sql::optionalId(q.value(QStringLiteral("owner_id")));
    s.recertIntervalDays = q.value(QStringLiteral("recert_interval_days")).toInt();
    return s;
}

Status loadFootprint(Database &db, Service &s)
{
    auto r = sql::exec(db, QStringLiteral("SELECT region, zone FROM service_zones WHERE service_id = :id ORDER BY position"),
                       { { QStringLiteral("id"), s.id } });
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    s.footprint.clear();
    while (q.next())
        s.footprint.append({ q.value(0).toString(), q.value(1).toString() });
    return {};
}

} // namespace

Result<Id> ServiceRepository::create(Service &service)
{
    if (auto v = validate(service); !v)
        return v.error();
    Transaction tx(m_db);
    auto id = RecordWriter(m_db, kTable).insert(toRow(service));
    if (!id)
        return id;
    service.id = id.value();
    if (auto s = saveFootprint(m_db, service); !s) {
        service.id = 0;
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        service.id = 0;
        return s.error();
    }
    service.revision = 1;
    return id;
}

Status ServiceRepository::update(Service &service)
{
    if (auto v = validate(service); !v)
        return v;
    Transaction tx(m_db);
    auto revision = RecordWriter(m_db, kTable).update(service.id, service.revision, toRow(service));
    if (!revision)
        return revision.error();
    if (auto s = saveFootprint(m_db, service); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    service.revision = revision.value();
    return {};
}

Status ServiceRepository::remove(const Service &service)
{
    Transaction tx(m_db);
    if (auto s = RecordWriter(m_db, kTable).remove(service.id, service.revision); !s)
        return s;
    return tx.commit();
}

Result<Service> ServiceRepository::load(Id id)
{
    auto r = sql::exec(m_db, QStringLiteral("SELECT * FROM services WHERE id = :id"), { { QStringLiteral("id"), id } });
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return Error { tr("There is no service with id %1.").arg(id) };
    Service s = fromQuery(q);
    if (auto f = loadFootprint(m_db, s); !f)
        return f.error();
    return s;
}

Result<QList<Service>> ServiceRepository::all()
{
    auto r = sql::exec(m_db, QStringLiteral("SELECT * FROM services ORDER BY name"));
    if (!r)
        return r.error();
    QList<Service> list;
    QHash<Id, qsizetype> at;
    for (QSqlQuery q = std::move(r).value(); q.next();) {
        at.insert(q.value(QStringLiteral("id")).toLongLong(), list.size());
        list.append(fromQuery(q));
    }
    // Every footprint in one pass, not one query per service.
    auto zones = sql::exec(m_db, QStringLiteral("SELECT service_id, region, zone FROM service_zones ORDER BY service_id, position"));
    if (!zones)
        return zones.error();
    for (QSqlQuery q = std::move(zones).value(); q.next();)
        if (const qsizetype i = at.value(q.value(0).toLongLong(), -1); i >= 0)
            list[i].footprint.append({ q.value(1).toString(), q.value(2).toString() });
    return list;
}

Result<QList<ServiceSummary>> ServiceRepository::list()
{
    // Each count is one grouped pass joined in, not a subquery per service:
    // with 100,000 COEs the per-service form read the open action items
    // once for every service (72 s for 333 services; now well under one).
    auto r = sql::exec(m_db, QStringLiteral(
        "SELECT s.*, COALESCE(p.name, '') AS owner_name, COALESCE(cc.n, 0) AS coe_count,"
        " COALESCE(oa.n, 0) AS open_actions, lr.d AS last_review"
        " FROM services s LEFT JOIN people p ON p.id = s.owner_id"
        " LEFT JOIN (SELECT service_id, COUNT(*) AS n FROM coes GROUP BY service_id) cc ON cc.service_id = s.id"
        " LEFT JOIN (SELECT c.service_id, COUNT(*) AS n FROM action_items a JOIN coes c ON c.id = a.coe_id"
        "   WHERE a.status IN ('open', 'in_progress') GROUP BY c.service_id) oa ON oa.service_id = s.id"
        " LEFT JOIN (SELECT service_id, MAX(review_date) AS d FROM orr_reviews WHERE status = 'signed_off'"
        "   GROUP BY service_id) lr ON lr.service_id = s.id"
        " ORDER BY s.name"));
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QList<ServiceSummary> list;
    while (q.next()) {
        ServiceSummary summary;
        summary.service = fromQuery(q);
        summary.ownerName = q.value(QStringLiteral("owner_name")).toString();
        summary.coeCount = q.value(QStringLiteral("coe_count")).toInt();
        summary.openActionItems = q.value(QStringLiteral("open_actions")).toInt();
        summary.lastReviewDate = sql::optionalDate(q.value(QStringLiteral("last_review"))).value_or(QDate());
        list.append(summary);
    }
    for (ServiceSummary &s : list)
        if (auto f = loadFootprint(m_db, s.service); !f)
            return f.error();
    return list;
}

} // namespace closeloop
