#pragma once

#include "domain/result.h"
#include "storage/backups.h"
#include "storage/changefeed.h"
#include "storage/database.h"

#include <QFuture>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

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

    // Backups of the open local file (a shared database is backed up by its
    // server). A daily one is made a minute after a file opens and checked
    // for every hour after, on a thread of its own.
    bool canBackUp() const { return m_db && !m_db->isShared(); }
    Result<BackupFile> backUpNow();
    // Replaces the open file with a backup and opens it again; when that
    // fails, the file as it was is opened again and the error says why.
    // Record windows must be closed first. Waits for reads beside the
    // window still running (up to ten seconds) before closing the file.
    Result<BackupFile> restoreBackup(const QString &backupPath);
    // Makes today's backup when there is none yet (what the timer does).
    void backUpDailyInBackground();

    // While held, the page check of a file just opened waits. The program
    // holds it from its start until the window has painted: on two cores
    // the check's thread slowed the first paint. Releasing starts the
    // check of the file open then, if it is still waiting.
    void holdBackgroundChecks() { m_checksHeld = true; }
    void releaseBackgroundChecks();
    bool pageCheckWaiting() const { return !m_heldCheck.isEmpty(); }

Q_SIGNALS:
    void databaseChanged();
    void recentFilesChanged();
    // Someone else changed the open database (`what`: the table, if known).
    void changedElsewhere(const QString &what);
    // The background check of a file just opened found it damaged.
    void damaged(const QString &message);
    // A daily backup was made (`path`), or could not be (`problem`).
    void dailyBackupDone(const QString &path, const QString &problem);

private:
    void remember(const QString &path);
    void adopt(std::unique_ptr<Database> db);
    void checkPagesInBackground(const QString &path);
    QTimer *m_dailyBackup = nullptr;
    // Maintenance (the page check, the daily backup) runs at idle priority
    // on threads of its own: it uses the time the window leaves, so on a
    // two-core laptop it never slows the start, scrolling or typing. Its
    // destructor waits for work still running.
    QThreadPool m_maintenance;
    // Work beside the window on the open file, each on a connection of its
    // own; a restore waits for them, or they would count as another program.
    QFuture<void> m_pageCheck;
    bool m_checksHeld = false;
    QString m_heldCheck; // the file whose check waits for the release
    QFuture<void> m_dailyRun;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeFeed> m_feed; // after m_db, so it goes first: it listens on the connection
};

} // namespace closeloop
