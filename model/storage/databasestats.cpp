#include "databasestats.h"

#include "sql.h"

namespace closeloop {

Result<QList<EntityCount>> countEntities(const Database &db)
{
    // A fixed list, not the catalogue: the names are part of the CLI's JSON.
    static const char *const tables[] = { "services", "people", "coes", "timeline_events", "whys", "impact_samples",
                                          "action_items", "axiom_sets", "axioms", "orr_reviews", "orr_answers",
                                          "orr_evidence", "orr_waivers", "findings", "audit_log" };
    QList<EntityCount> counts;
    for (const char *table : tables) {
        const QString name = QString::fromLatin1(table);
        auto r = sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(name));
        if (!r)
            return r.error();
        QSqlQuery q = std::move(r).value();
        counts.append({ name, q.next() ? q.value(0).toLongLong() : 0 });
    }
    return counts;
}

} // namespace closeloop
