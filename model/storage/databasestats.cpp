#include "databasestats.h"

#include "sql.h"

namespace closeloop {

Result<qint64> countRows(const Database &db, const QString &table)
{
    auto r = sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<bool> hasRows(const Database &db, const QString &table)
{
    auto r = sql::exec(db, QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table));
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    return q.next();
}

Result<QList<EntityCount>> countEntities(const Database &db)
{
    // A fixed list, not the catalogue: the names are part of the CLI's JSON.
    static const char *const tables[] = { "services", "people", "coes", "timeline_events", "whys", "impact_samples",
                                          "action_items", "axiom_sets", "axioms", "orr_reviews", "orr_answers",
                                          "orr_evidence", "orr_waivers", "findings", "audit_log" };
    QList<EntityCount> counts;
    for (const char *table : tables) {
        const QString name = QString::fromLatin1(table);
        auto n = countRows(db, name);
        if (!n)
            return n.error();
        counts.append({ name, n.value() });
    }
    return counts;
}

} // namespace closeloop
