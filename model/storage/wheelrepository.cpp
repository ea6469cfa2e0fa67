#include "wheelrepository.h"

#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>

namespace closeloop {

Result<Id> WheelRepository::record(WheelSpin &spin)
{
    if (spin.picked.isEmpty())
        return Error { QCoreApplication::translate("closeloop::WheelRepository", "A spin that picked no service is not recorded.") };
    Transaction tx(m_db);
    auto inserted = sql::exec(m_db, QStringLiteral("INSERT INTO wheel_spins (spun_at, seed) VALUES (:at, :seed) RETURNING id"),
                              { { QStringLiteral("at"), sql::timestamp(spin.spunAt) }, { QStringLiteral("seed"), qint64(spin.seed) } });
    if (!inserted)
        return inserted.error();
    QSqlQuery q = std::move(inserted).value();
    if (!q.next())
        return Error { QCoreApplication::translate("closeloop::WheelRepository", "The spin was not stored.") };
    const Id id = q.value(0).toLongLong();
    q.finish();
    for (int i = 0; i < spin.picked.size(); ++i)
        if (auto r = sql::exec(m_db, QStringLiteral("INSERT INTO wheel_picks (spin_id, service_id, position) VALUES (:s, :v, :p)"),
                               { { QStringLiteral("s"), id }, { QStringLiteral("v"), spin.picked.at(i) }, { QStringLiteral("p"), i } });
            !r)
            return r.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    spin.id = id;
    return id;
}

Result<QList<WheelSpin>> WheelRepository::history()
{
    auto r = sql::exec(m_db, QStringLiteral("SELECT s.id, s.spun_at, s.seed, p.service_id FROM wheel_spins s"
                                            " LEFT JOIN wheel_picks p ON p.spin_id = s.id ORDER BY s.id, p.position"));
    if (!r)
        return r.error();
    QList<WheelSpin> spins;
    for (QSqlQuery q = std::move(r).value(); q.next();) {
        const Id id = q.value(0).toLongLong();
        if (spins.isEmpty() || spins.constLast().id != id)
            spins.append(WheelSpin { id, sql::toTimestamp(q.value(1)), quint32(q.value(2).toLongLong()), {} });
        if (!q.value(3).isNull())
            spins.last().picked.append(q.value(3).toLongLong());
    }
    return spins;
}

} // namespace closeloop
