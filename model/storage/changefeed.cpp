#include "changefeed.h"

#include "sql.h"

#include <QSqlDriver>

namespace closeloop {

const QString ChangeFeed::kChannel = QStringLiteral("closeloop_changes");

ChangeFeed::ChangeFeed(Database &db, QObject *parent, int pollMs)
    : QObject(parent)
    , m_db(db)
{
    if (m_db.isShared()) {
        QSqlDriver *driver = m_db.connection().driver();
        m_listening = driver->subscribeToNotification(kChannel);
        // Payloads are "schema:table"; another Closeloop schema on the same
        // server is another organisation's business.
        auto schema = sql::exec(m_db, QStringLiteral("SELECT current_schema()"));
        const QString prefix = schema && schema.value().next() ? schema.value().value(0).toString() + QLatin1Char(':') : QString();
        connect(driver, &QSqlDriver::notification, this,
                [this, prefix](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    if (name != kChannel || source == QSqlDriver::SelfSource)
                        return;
                    const QString text = payload.toString();
                    if (!prefix.isEmpty() && !text.startsWith(prefix))
                        return;
                    Q_EMIT changedElsewhere(text.mid(prefix.size()));
                });
        return;
    }
    poll();
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::poll);
    m_timer.start(pollMs);
}

ChangeFeed::~ChangeFeed()
{
    if (m_listening && m_db.connection().isOpen())
        m_db.connection().driver()->unsubscribeFromNotification(kChannel);
}

void ChangeFeed::poll()
{
    // data_version moves when another connection commits, never for our own.
    auto q = sql::exec(m_db, QStringLiteral("PRAGMA data_version"));
    if (!q || !q.value().next())
        return;
    const qint64 version = q.value().value(0).toLongLong();
    if (m_dataVersion >= 0 && version != m_dataVersion)
        Q_EMIT changedElsewhere(QString());
    m_dataVersion = version;
}

} // namespace closeloop
