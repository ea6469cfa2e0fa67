#include "draftrepository.h"

#include "sql.h"
#include "transaction.h"

namespace closeloop {

Status DraftRepository::save(const Draft &draft)
{
    // Delete and insert rather than an upsert: the same two statements
    // work on SQLite and PostgreSQL.
    Transaction tx(m_db);
    const QVariantMap key { { QStringLiteral("entity"), draft.entity }, { QStringLiteral("id"), draft.entityId } };
    if (auto r = sql::exec(m_db, QStringLiteral("DELETE FROM drafts WHERE entity = :entity AND entity_id = :id"), key); !r)
        return r.error();
    QVariantMap row = key;
    row.insert(QStringLiteral("payload"), QString::fromUtf8(draft.payload));
    row.insert(QStringLiteral("saved_at"), sql::timestamp(draft.savedAt));
    if (auto r = sql::exec(m_db, QStringLiteral("INSERT INTO drafts (entity, entity_id, payload, saved_at) "
                                                "VALUES (:entity, :id, :payload, :saved_at)"), row); !r)
        return r.error();
    return tx.commit();
}

Result<std::optional<Draft>> DraftRepository::load(const QString &entity, Id entityId)
{
    auto r = sql::exec(m_db, QStringLiteral("SELECT payload, saved_at FROM drafts WHERE entity = :entity AND entity_id = :id"),
                       { { QStringLiteral("entity"), entity }, { QStringLiteral("id"), entityId } });
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return std::optional<Draft>();
    return std::optional<Draft>(Draft { entity, entityId, q.value(0).toString().toUtf8(), sql::toTimestamp(q.value(1)) });
}

Status DraftRepository::remove(const QString &entity, Id entityId)
{
    Transaction tx(m_db);
    if (auto r = sql::exec(m_db, QStringLiteral("DELETE FROM drafts WHERE entity = :entity AND entity_id = :id"),
                           { { QStringLiteral("entity"), entity }, { QStringLiteral("id"), entityId } }); !r)
        return r.error();
    return tx.commit();
}

Result<QList<Draft>> DraftRepository::list()
{
    auto r = sql::exec(m_db, QStringLiteral("SELECT entity, entity_id, saved_at FROM drafts ORDER BY saved_at DESC"));
    if (!r)
        return r.error();
    QList<Draft> drafts;
    for (QSqlQuery q = std::move(r).value(); q.next();)
        drafts.append({ q.value(0).toString(), q.value(1).toLongLong(), {}, sql::toTimestamp(q.value(2)) });
    return drafts;
}

} // namespace closeloop
