#include "settingsrepository.h"

#include "sql.h"
#include "transaction.h"

namespace closeloop {

Result<QHash<QString, QString>> SettingsRepository::all()
{
    auto r = sql::exec(m_db, QStringLiteral("SELECT key, value FROM settings"));
    if (!r)
        return r.error();
    QHash<QString, QString> out;
    for (QSqlQuery q = std::move(r).value(); q.next();)
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Status SettingsRepository::set(const QHash<QString, QString> &values)
{
    // Delete and insert rather than an upsert: the same two statements
    // work on SQLite and PostgreSQL.
    Transaction tx(m_db);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QVariantMap row { { QStringLiteral("key"), it.key() }, { QStringLiteral("value"), it.value() } };
        if (auto r = sql::exec(m_db, QStringLiteral("DELETE FROM settings WHERE key = :key"), { { QStringLiteral("key"), it.key() } }); !r)
            return r.error();
        if (auto r = sql::exec(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"), row); !r)
            return r.error();
    }
    return tx.commit();
}

} // namespace closeloop
