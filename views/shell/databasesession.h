#pragma once

#include "domain/result.h"
#include "storage/changefeed.h"
#include "storage/database.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace closeloop {

// The database the window works on, and the list of recently used files.
// Opening a file that fails keeps the current database open: a mistyped
// path never closes the user's work.
class DatabaseSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseSession)
public:
    explicit DatabaseSession(QObject *parent = nullptr);
    ~DatabaseSession() override;

    Status open(const QString &path, bool create);
    // A team's shared database on a PostgreSQL server.
    Status connectShared(const PgConnection &connection);
    // Works on `db` from now on (opened elsewhere, e.g. the target of a copy).
    void switchTo(std::unique_ptr<Database> db);
    Status seedDemo();
    Database *database() const { return m_db.get(); }
    bool isEmpty() const; // no services and no COEs

    // Whether the last database used was a team server's (so the next
    // start connects there again rather than to the local file).
    bool lastWasShared() const;

    QStringList recentFiles() const;
    void clearRecentFiles();

Q_SIGNALS:
    void databaseChanged();
    void recentFilesChanged();
    // Someone else changed the open database (`what`: the table, if known).
    void changedElsewhere(const QString &what);
    // The background check of a file just opened found it damaged.
    void damaged(const QString &message);

private:
    void remember(const QString &path);
    void adopt(std::unique_ptr<Database> db);
    void checkPagesInBackground(const QString &path);
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeFeed> m_feed; // after m_db, so it goes first: it listens on the connection
};

} // namespace closeloop
