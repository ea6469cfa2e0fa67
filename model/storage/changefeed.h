#pragma once

#include "database.h"

#include <QObject>
#include <QTimer>

namespace closeloop {

// Tells when someone else changed the database, so lists can refresh
// without a restart. On a shared server the server notifies (LISTEN on
// the channel the triggers of migration 7 NOTIFY); a local file shared by
// two programs is polled cheaply (PRAGMA data_version).
class ChangeFeed final : public QObject {
    Q_OBJECT
public:
    static const QString kChannel;

    ChangeFeed(Database &db, QObject *parent = nullptr, int pollMs = 2000);
    ~ChangeFeed() override;

Q_SIGNALS:
    // `what` is the table that changed ("coes", "action_items", ...), or
    // empty when the kind of change is not known.
    void changedElsewhere(const QString &what);

private:
    void poll();

    Database &m_db;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
    bool m_listening = false;
};

} // namespace closeloop
