#include "auditlogrepository.h"

#include "sql.h"

namespace closeloop {

Result<QList<AuditEntry>> AuditLogRepository::history(const QString &entity, Id id)
{
    auto r = sql::exec(m_db, QStringLiteral("SELECT * FROM audit_log WHERE entity = :e AND entity_id = :id ORDER BY id"),
                       { { QStringLiteral("e"), entity }, { QStringLiteral("id"), id } });
    if (!r)
        return r.error();
    QList<AuditEntry> entries;
    for (QSqlQuery q = std::move(r).value(); q.next();)
        entries.append({ q.value(QStringLiteral("id")).toLongLong(), sql::toTimestamp(q.value(QStringLiteral("at"))),
                         q.value(QStringLiteral("actor")).toString(), q.value(QStringLiteral("entity")).toString(),
                         q.value(QStringLiteral("entity_id")).toLongLong(), q.value(QStringLiteral("action")).toString(),
                         q.value(QStringLiteral("field")).toString(), q.value(QStringLiteral("old_value")).toString(),
                         q.value(QStringLiteral("new_value")).toString() });
    return entries;
}

} // namespace closeloop
