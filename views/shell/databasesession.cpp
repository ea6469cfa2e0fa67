#include "databasesession.h"

#include "demo/demodata.h"
#include "orr/axiomlibrary.h"
#include "storage/databasestats.h"

#include <QFutureWatcher>
#include <QSettings>
#include <QtConcurrent>

namespace closeloop {

namespace {
const QString kRecentKey = QStringLiteral("recentDatabases");
const QString kLastShared = QStringLiteral("team/lastWasShared");
constexpr int kMaxRecent = 8;
} // namespace

DatabaseSession::DatabaseSession(QObject *parent) : QObject(parent) { }
DatabaseSession::~DatabaseSession() = default;

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

void DatabaseSession::checkPagesInBackground(const QString &path)
{
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
    watcher->setFuture(QtConcurrent::run([path] { return Database::checkPagesOfFile(path); }));
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
    QSettings().setValue(kLastShared, true);
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
        QSettings().setValue(kLastShared, false);
    m_feed.reset();
    m_db = std::move(db);
    m_feed = std::make_unique<ChangeFeed>(*m_db);
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
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    Q_EMIT recentFilesChanged();
}

} // namespace closeloop
