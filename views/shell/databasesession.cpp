#include "databasesession.h"
#include "settings/preferences.h"

#include "demo/demodata.h"
#include "orr/axiomlibrary.h"
#include "storage/databasestats.h"

#include <QFutureWatcher>
#include <QSettings>
#include <QThreadPool>
#include <QtConcurrent>

#include <utility>

namespace closeloop {

namespace {
const QString &kRecentKey = prefkeys::recentDatabases;
const QString &kLastShared = prefkeys::lastWasShared;
constexpr int kMaxRecent = 8;
constexpr int kMinute = 60 * 1000;
constexpr int kHour = 60 * kMinute;

// QSettings rewrites (and flushes to disk) its whole file for any
// setValue, even of the value already there: opening the usual file on
// every start must not write anything.
void storeLastWasShared(bool shared)
{
    QSettings settings;
    if (!settings.contains(kLastShared) || settings.value(kLastShared).toBool() != shared)
        settings.setValue(kLastShared, shared);
}
} // namespace

DatabaseSession::DatabaseSession(QObject *parent) : QObject(parent), m_dailyBackup(new QTimer(this))
{
    m_maintenance.setThreadPriority(QThread::IdlePriority);
    // The first a minute after opening, not while the window is starting.
    m_dailyBackup->setSingleShot(true);
    connect(m_dailyBackup, &QTimer::timeout, this, [this] {
        backUpDailyInBackground();
        m_dailyBackup->start(kHour);
    });
}
DatabaseSession::~DatabaseSession() = default;

void DatabaseSession::backUpDailyInBackground()
{
    if (!canBackUp())
        return;
    const QString path = m_db->path();
    const int keep = BackupPolicy::loadOrDefault(*m_db).keep;
    auto *watcher = new QFutureWatcher<Result<std::optional<BackupFile>>>(this);
    connect(watcher, &QFutureWatcher<Result<std::optional<BackupFile>>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto result = watcher->result();
        if (!result)
            Q_EMIT dailyBackupDone(QString(), result.errorMessage());
        else if (result.value())
            Q_EMIT dailyBackupDone(result.value()->path, QString());
    });
    const auto run = QtConcurrent::run(&m_maintenance, [path, keep] { return Backups::makeDailyIfDue(path, keep); });
    m_dailyRun = QFuture<void>(run);
    watcher->setFuture(run);
}

Result<BackupFile> DatabaseSession::backUpNow()
{
    if (!canBackUp())
        return Error { tr("A shared database is backed up by its server; ask its administrator. Closeloop backs up local files.") };
    return Backups::make(m_db->path(), BackupReason::Manual, BackupPolicy::loadOrDefault(*m_db).keep);
}

Result<BackupFile> DatabaseSession::restoreBackup(const QString &backupPath)
{
    if (!canBackUp())
        return Error { tr("A shared database is restored by its server's administrator. Closeloop restores local files.") };
    if (auto s = Backups::checkRestorable(backupPath); !s)
        return s.error(); // before closing anything
    const QString path = m_db->path();
    const int keep = BackupPolicy::loadOrDefault(*m_db).keep;
    // Our own connections would count as another program still using it.
    m_dailyBackup->stop();
    m_pageCheck.waitForFinished();
    m_dailyRun.waitForFinished();
    // So would the reads beside the window (the rest of a list's ids, the
    // overdue count), each on a connection of its own on the shared pool.
    // They take a fraction of a second; one still running after this is
    // refused below as another program would be, and nothing is changed.
    QThreadPool::globalInstance()->waitForDone(10000);
    m_feed.reset();
    m_db.reset();
    const auto restored = Backups::restore(path, backupPath, keep);
    const Status reopened = open(path, false);
    if (!restored)
        return restored.error();
    if (!reopened)
        return Error { tr("The backup was restored, but the file could not be opened again: %1").arg(reopened.errorMessage()) };
    return restored;
}

Status DatabaseSession::open(const QString &path, bool create)
{
    OpenOptions options;
    options.path = path;
    options.create = create;
    // Checked beside the window instead: a 750 MB file takes seconds, and
    // the list should not wait for them.
    options.checkPages = false;
    auto opened = Database::openSqlite(options);
    if (!opened)
        return opened.error();
    if (create)
        if (auto installed = installBuiltInAxiomLibrary(*opened.value()); !installed)
            return Error { tr("The database was created, but the shipped ORR axiom library could not be installed: %1")
                               .arg(installed.errorMessage()) };
    adopt(std::move(opened).value());
    remember(m_db->path());
    checkPagesInBackground(m_db->path());
    Q_EMIT databaseChanged();
    return {};
}

void DatabaseSession::releaseBackgroundChecks()
{
    m_checksHeld = false;
    if (!m_heldCheck.isEmpty())
        checkPagesInBackground(std::exchange(m_heldCheck, QString()));
}

void DatabaseSession::checkPagesInBackground(const QString &path)
{
    if (m_checksHeld) {
        m_heldCheck = path; // a file opened later replaces one still waiting
        return;
    }
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const Result<QString> result = watcher->result();
        // Another file may be open by now; its own check speaks for it.
        if (!m_db || m_db->path() != path)
            return;
        if (!result)
            Q_EMIT damaged(result.errorMessage());
    });
    const auto run = QtConcurrent::run(&m_maintenance, [path] { return Database::checkPagesOfFile(path); });
    m_pageCheck = QFuture<void>(run);
    watcher->setFuture(run);
}

bool DatabaseSession::lastWasShared() const
{
    return QSettings().value(kLastShared, false).toBool();
}

Status DatabaseSession::connectShared(const PgConnection &connection)
{
    auto opened = Database::openPostgres(connection, OpenOptions {});
    if (!opened)
        return opened.error();
    storeLastWasShared(true);
    adopt(std::move(opened).value());
    Q_EMIT databaseChanged();
    return {};
}

void DatabaseSession::switchTo(std::unique_ptr<Database> db)
{
    adopt(std::move(db));
    if (!m_db->isShared())
        remember(m_db->path());
    Q_EMIT databaseChanged();
}

void DatabaseSession::adopt(std::unique_ptr<Database> db)
{
    if (!db->isShared())
        storeLastWasShared(false);
    m_feed.reset();
    m_db = std::move(db);
    m_feed = std::make_unique<ChangeFeed>(*m_db);
    if (canBackUp())
        m_dailyBackup->start(kMinute);
    else
        m_dailyBackup->stop();
    connect(m_feed.get(), &ChangeFeed::changedElsewhere, this, &DatabaseSession::changedElsewhere);
}

Status DatabaseSession::seedDemo()
{
    if (!m_db)
        return Error { tr("Open or create a database first.") };
    if (auto s = seedDemoData(*m_db); !s)
        return s;
    Q_EMIT databaseChanged();
    return {};
}

bool DatabaseSession::isEmpty() const
{
    if (!m_db)
        return false;
    // Two small questions, not a count of every table.
    for (const QString &table : { QStringLiteral("services"), QStringLiteral("coes") }) {
        const auto any = hasRows(*m_db, table);
        if (!any || any.value())
            return false;
    }
    return true;
}

QStringList DatabaseSession::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void DatabaseSession::clearRecentFiles()
{
    QSettings().remove(kRecentKey);
    Q_EMIT recentFilesChanged();
}

void DatabaseSession::remember(const QString &path)
{
    const QStringList before = recentFiles();
    QStringList files = before;
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    if (files == before)
        return;
    QSettings().setValue(kRecentKey, files);
    Q_EMIT recentFilesChanged();
}

} // namespace closeloop
