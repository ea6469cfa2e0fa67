#include "database.h"
#include "domain/translate.h"

#include "actionitemrepository.h"
#include "backups.h"
#include "migrator.h"
#include "sql.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>
#include <sys/stat.h>

Q_LOGGING_CATEGORY(lcDatabase, "closeloop.database")

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::Database", text);
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("closeloop-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Process-wide SQLite settings, possible only before SQLite's first use.
// Allocation statistics sit behind one process-wide mutex, which two
// connections reading on two threads then take turns at; Closeloop never
// reads them. And every page cache SQLite opens (one per connection, but
// also one per temporary table, and a CHECK such as status IN (...) builds
// one for each row written) would start by allocating and touching 20
// pages at once: per action item written, four such caches, whose memory
// the allocator hands back to the system and faults in again (most of
// seed-demo's time). Without the bulk start a cache takes pages one by
// one, as it needs them.
void configureSqlite()
{
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        sqlite3_config(SQLITE_CONFIG_PAGECACHE, nullptr, 0, 0);
        return true;
    }();
    Q_UNUSED(configured);
}

// The device and inode of a file, and whether any write bit is set; nothing
// when it is not there.
struct FileIdentity {
    quint64 device = 0;
    quint64 inode = 0;
    bool writable = true;
};

std::optional<FileIdentity> fileIdentity(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return FileIdentity { quint64(st.st_dev), quint64(st.st_ino), (st.st_mode & 0222) != 0 };
}

Error refuse(const QString &path, const QString &what)
{
    return Error { what.arg(QDir::toNativeSeparators(path)) };
}

// Checks that can be made without opening the file: it exists (or may be
// created), it is a file, it looks like SQLite, and we may write to it.
Status checkFile(const OpenOptions &options)
{
    const QFileInfo info(options.path);
    if (options.path.trimmed().isEmpty())
        return Error { tr("No database file was given. Choose a file, or leave out --db to use the default.") };
    if (info.isDir())
        return refuse(options.path, tr("%1 is a folder, not a database file. Choose a file inside it, "
                                       "or a new file name to create one."));
    if (!info.exists()) {
        if (!options.create)
            return refuse(options.path, tr("The database %1 does not exist. Create it with "
                                           "\"closeloop-cli --db FILE init\" or File > New Database, "
                                           "or check the path."));
        // Creating was asked for explicitly (init, File > New, the default
        // database), so make the folder too, as `mkdir -p` would.
        if (!QDir().mkpath(info.absolutePath()))
            return refuse(options.path, tr("Cannot create %1: its folder cannot be created. Choose another "
                                           "location."));
        const QFileInfo dir(info.absolutePath());
        if (!dir.isWritable())
            return refuse(options.path, tr("Cannot create %1: its folder is not writable. Choose another "
                                           "location."));
        return {};
    }
    if (!info.isReadable())
        return refuse(options.path, tr("The database %1 cannot be read (permission denied). Check the "
                                       "file's permissions."));
    QFile file(options.path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("The database %1 cannot be opened: %2.").arg(QDir::toNativeSeparators(options.path), file.errorString()) };
    const QByteArray header = file.read(16);
    if (header.isEmpty() && file.size() == 0) {
        // An empty file is what `touch` makes; only accept it when asked to create.
        if (!options.create)
            return refuse(options.path, tr("%1 is an empty file, not a Closeloop database. Initialise it "
                                           "with \"closeloop-cli --db FILE init\" or choose another file."));
    } else if (header != QByteArrayLiteral("SQLite format 3\0")) {
        return refuse(options.path, tr("%1 is not a Closeloop database (it is not an SQLite file). Choose "
                                       "another file; this one was not changed."));
    }
    // Mode bits too, not just access(): root may write anywhere, but a file
    // someone marked read-only was marked so on purpose.
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (!info.isWritable() || !(info.permissions() & writeBits))
        return refuse(options.path, tr("The database %1 is read-only. Closeloop records every edit, so it "
                                       "needs to write to it: make the file writable (chmod u+w) or "
                                       "open a copy."));
    if (!QFileInfo(info.absolutePath()).isWritable())
        return refuse(options.path, tr("The folder of %1 is not writable, and SQLite keeps its journal "
                                       "beside the database. Make the folder writable or open a copy "
                                       "stored elsewhere."));
    return {};
}

QSqlDatabase addConnection(const QString &name, const QString &path, bool readOnly, int busyTimeoutMs)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    return db;
}

} // namespace

Database::Database(QString connectionName, QString path, std::unique_ptr<SqlDialect> dialect, QString actor)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_dialect(std::move(dialect))
    , m_actor(std::move(actor))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::openReaderBeside() const
{
    return readerOpener()();
}

Database::ReaderOpener Database::readerOpener() const
{
    if (m_pg) {
        OpenOptions options;
        options.actor = m_actor;
        options.migrate = false;
        options.busyTimeoutMs = m_busyTimeoutMs;
        return [connection = *m_pg, options] { return openPostgres(connection, options); };
    }
    return [path = m_path, timeout = m_busyTimeoutMs, actor = m_actor]() -> Result<std::unique_ptr<Database>> {
        auto reader = openReadOnly(path, timeout);
        if (reader)
            reader.value()->m_actor = actor;
        return reader;
    };
}

Result<bool> Database::closeLogIfAlone(const QString &path)
{
    configureSqlite();
    const QString name = nextConnectionName();
    Result<bool> alone = false;
    {
        Database db(name, path, std::make_unique<SqliteDialect>(), QString());
        QSqlDatabase conn = addConnection(name, path, false, 0);
        if (!conn.open())
            return sql::error(db, conn.lastError());
        // Leaving WAL needs every other connection gone: SQLite then folds
        // the log into the file and removes it; otherwise it stays in WAL.
        QSqlQuery q(conn);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
            alone = q.lastError().nativeErrorCode() == QLatin1String("5") ? Result<bool>(false) : Result<bool>(sql::error(db, q.lastError()));
        else
            alone = q.next() && q.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0;
    }
    return alone;
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString &path, int busyTimeoutMs)
{
    if (!QFileInfo::exists(path))
        return Error { tr("There is no database file %1.").arg(QDir::toNativeSeparators(path)), Error::Kind::NotFound };
    configureSqlite();
    const QString name = nextConnectionName();
    std::unique_ptr<Database> reader(new Database(name, path, std::make_unique<SqliteDialect>(), QString()));
    QSqlDatabase conn = addConnection(name, path, true, busyTimeoutMs);
    if (!conn.open())
        return sql::error(*reader, conn.lastError());
    if (QSqlQuery q(conn); !q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(SqliteDialect::cacheKiB)))
        return sql::error(*reader, q.lastError());
    return reader;
}

Result<std::unique_ptr<Database>> Database::openSqlite(const OpenOptions &options)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error { tr("The Qt SQLite driver is not installed. Install the package libqt6sql6-sqlite.") };
    if (auto ok = checkFile(options); !ok)
        return ok.error();
    configureSqlite();

    const QString path = QFileInfo(options.path).absoluteFilePath();
    const bool existed = QFileInfo::exists(path) && QFileInfo(path).size() > 0;
    const QString actor = options.actor.isEmpty() ? qEnvironmentVariable("USER", QStringLiteral("unknown"))
                                                  : options.actor;

    if (existed) {
        // Inspect read-only first, so that a file we refuse is left byte for
        // byte as it was (switching to WAL would rewrite its header).
        const QString name = nextConnectionName();
        std::unique_ptr<Database> probe(new Database(name, path, std::make_unique<SqliteDialect>(), actor));
        QSqlDatabase conn = addConnection(name, path, true, options.busyTimeoutMs);
        if (!conn.open())
            return sql::error(*probe, conn.lastError());
        const auto version = Migrator::currentVersion(*probe);
        if (!version)
            return version.error();
        if (version.value() == 0) {
            const auto foreign = Migrator::hasForeignTables(*probe);
            if (!foreign)
                return foreign.error();
            if (foreign.value())
                return refuse(path, tr("%1 is an SQLite database of another program, not a Closeloop "
                                       "database. Choose another file; this one was not changed."));
        }
        if (version.value() > Migrator::latestVersion())
            return Error { tr("The database %1 was written by a newer Closeloop (schema version %2; this program "
                              "knows up to %3). Update Closeloop to open it; the file was not changed.")
                               .arg(QDir::toNativeSeparators(path), QString::number(version.value()),
                                    QString::number(Migrator::latestVersion())) };
        const bool upgrading = options.migrate && version.value() > 0 && version.value() < Migrator::latestVersion();
        // Opens check the pages unless the caller checks them itself (the
        // GUI does, in the background: 2.7 s for a 750 MB file) or only
        // reads (a command that meets a damaged page says so, and writes
        // nothing); `closeloop-cli check` runs the full check. A file about
        // to be upgraded is checked whatever the caller said: an upgrade
        // rewrites tables, and must not write into a damaged file.
        if (options.checkPages || upgrading) {
            if (options.mapForReading)
                if (QSqlQuery map(conn); !map.exec(QStringLiteral("PRAGMA mmap_size = 268435456")))
                    return sql::error(*probe, map.lastError());
            const auto integrity = probe->integrityCheck(true);
            if (!integrity)
                return integrity.error();
            if (integrity.value() != QLatin1String("ok")) {
                return Error { tr("The database %1 is damaged: %2. Closeloop did not change it; restore it from a "
                                  "backup.").arg(QDir::toNativeSeparators(path), integrity.value()),
                               Error::Kind::Damaged };
            }
        }
        // An upgrade rewrites tables: a copy of the file as it was comes first.
        if (upgrading) {
            // (Settings, and with them how many backups to keep, came in schema 2.)
            const int keep = version.value() >= 2 ? BackupPolicy::loadOrDefault(*probe).keep : BackupPolicy::DefaultKeep;
            const auto backup = Backups::make(path, BackupReason::BeforeMigration, keep);
            if (!backup)
                return Error { tr("Closeloop must back up %1 before upgrading it, and could not: %2 The file was not "
                                  "changed.").arg(QDir::toNativeSeparators(path), backup.errorMessage()) };
            qCInfo(lcDatabase) << "backed up before upgrading to" << backup->path;
        }
    }

    const QString name = nextConnectionName();
    std::unique_ptr<Database> db(new Database(name, path, std::make_unique<SqliteDialect>(), actor));
    QSqlDatabase conn = addConnection(name, path, false, options.busyTimeoutMs);
    if (!conn.open())
        return sql::error(*db, conn.lastError());

    // WAL lets readers work during a save; FULL sync makes every commit
    // durable across power loss; foreign keys guard the links between records.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA cache_size = -%1").arg(SqliteDialect::cacheKiB),
        // Writes still go through the journal when reads are mapped.
        QStringLiteral("PRAGMA mmap_size = %1").arg(options.mapForReading ? 268435456 : 0),
    };
    for (const QString &pragma : pragmas) {
        QSqlQuery q(conn);
        if (!q.exec(pragma)) {
            const QString message = sql::describe(*db, q.lastError());
            db.reset();
            if (!existed)
                QFile::remove(path);
            return Error { message };
        }
    }
    // Known only once SQLite has written the file (a new one appears with
    // its first page): noticed from here on if it vanishes or is replaced.
    if (const auto id = fileIdentity(path)) {
        db->m_fileDevice = id->device;
        db->m_fileInode = id->inode;
    }

    bool upgraded = false;
    if (options.migrate) {
        const Result<int> before = Migrator::currentVersion(*db);
        if (auto migrated = Migrator::migrate(*db); !migrated) {
            db.reset();
            if (!existed) {
                // We made this file a moment ago; do not leave a half-made database behind.
                QFile::remove(path);
                QFile::remove(path + QStringLiteral("-wal"));
                QFile::remove(path + QStringLiteral("-shm"));
            }
            return migrated.error();
        }
        upgraded = before && before.value() > 0 && db->schemaVersion() > before.value();
        db->rateUnratedActionItems();
    }
    // An upgrade writes its pages to the write-ahead log (schema 11's index
    // over every COE: 21 MB at 100,000), and until SQLite's next checkpoint
    // every read looks there first: starts were 30 ms slower. The log is
    // folded into the file now. A checkpoint that other readers hold back
    // finishes later, as it would have anyway.
    if (upgraded) {
        if (QSqlQuery q(db->connection()); !q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            qCWarning(lcDatabase) << "checkpoint after upgrade:" << q.lastError().text();
    }
    qCInfo(lcDatabase) << "opened" << path << "schema" << db->schemaVersion();
    return db;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    const auto v = Migrator::currentVersion(*this);
    return v ? v.value() : -1;
}

Result<QString> Database::checkPagesOfFile(const QString &path)
{
    // Its own read-only connection, made and closed in the calling thread:
    // this runs beside the window's connection, never through it.
    const QString name = nextConnectionName();
    Result<QString> result = QStringLiteral("ok");
    {
        Database probe(name, path, std::make_unique<SqliteDialect>(), QString());
        QSqlDatabase conn = addConnection(name, path, true, 5000);
        if (!conn.open())
            return sql::error(probe, conn.lastError());
        result = probe.integrityCheck(true);
        if (result && result.value() != QLatin1String("ok"))
            result = Error { tr("The database %1 is damaged: %2. Stop editing it and restore it from a backup; "
                                "`closeloop-cli check` gives the details.")
                                 .arg(QDir::toNativeSeparators(path), result.value()),
                             Error::Kind::Damaged };
    }
    return result;
}

void Database::rateUnratedActionItems()
{
    // Not fatal: a reader without the right to write still sees every item
    // (lists work out a missing strength as they show it).
    const auto rated = ActionItemRepository(*this).classifyUnrated();
    if (!rated)
        qCWarning(lcDatabase) << "could not store action item strengths:" << rated.errorMessage();
    else if (rated.value() > 0)
        qCInfo(lcDatabase) << "stored the strength of" << rated.value() << "action items";
}

Result<QString> Database::integrityCheck(bool quick) const
{
    auto result = sql::exec(*this, m_dialect->integrityCheckQuery(quick));
    if (!result)
        return result.error();
    QSqlQuery q = std::move(result).value();
    QStringList problems;
    while (q.next() && problems.size() < 5)
        problems.append(q.value(0).toString());
    if (problems.isEmpty())
        return tr("the integrity check returned nothing");
    return problems.join(QStringLiteral("; "));
}

QString Database::fileProblem() const
{
    if (m_pg || m_fileInode == 0)
        return {};
    const auto now = fileIdentity(m_path);
    if (!now)
        return tr("The database file %1 is gone: it was moved or deleted, or the disk or network share holding it is no "
                  "longer there. Nothing was saved; what you wrote is still in the window. Bring the file back (or "
                  "reconnect the share) and save again, or copy your text elsewhere.")
            .arg(QDir::toNativeSeparators(m_path));
    if (now->device != m_fileDevice || now->inode != m_fileInode)
        return tr("The database file %1 was replaced by another file since Closeloop opened it. Nothing was saved; what "
                  "you wrote is still in the window. Open the file again (File > Open Recent), then save.")
            .arg(QDir::toNativeSeparators(m_path));
    // By its mode bits, as opening decides (root could write it anyway).
    if (!now->writable)
        return tr("The database file %1 was made read-only since Closeloop opened it. Nothing was saved; what you wrote "
                  "is still in the window. Make the file writable again, then save.")
            .arg(QDir::toNativeSeparators(m_path));
    return {};
}

bool Database::beginTransaction()
{
    if (m_txDepth == 0) {
        if (!fileProblem().isEmpty())
            return false;
        if (!connection().transaction())
            return false;
        m_rollbackOnly = false;
    }
    ++m_txDepth;
    return true;
}

bool Database::commitTransaction()
{
    if (m_txDepth == 0)
        return false;
    if (--m_txDepth > 0)
        return !m_rollbackOnly;
    if (m_rollbackOnly) {
        connection().rollback();
        return false;
    }
    if (!connection().commit()) {
        m_lastCommitError = connection().lastError();
        connection().rollback();
        return false;
    }
    return true;
}

void Database::rollbackTransaction()
{
    if (m_txDepth == 0)
        return;
    if (--m_txDepth > 0) {
        m_rollbackOnly = true;
        return;
    }
    connection().rollback();
    m_rollbackOnly = false;
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/closeloop.db");
}

} // namespace closeloop
