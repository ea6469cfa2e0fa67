#pragma once

#include "domain/result.h"
#include "pgconnection.h"
#include "sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>
#include <memory>

namespace closeloop {

struct OpenOptions {
    QString path;
    // Create the file when it does not exist. Never used to replace a file.
    bool create = false;
    // Who is editing, for the audit log.
    QString actor;
    int busyTimeoutMs = 5000;
    // Apply pending migrations on open (off only for tests of the migrator).
    bool migrate = true;
    // Run SQLite's quick_check on opening. The GUI turns this off and runs
    // the same check in the background, so a large file opens at once, and
    // so do the command line's read-only commands (a damaged page they read
    // is reported as damage). A file that needs upgrading is checked anyway.
    bool checkPages = true;
    // Read the file through a memory map (up to 256 MB) rather than a
    // system call per page. For the command line's bulk reads; the GUI
    // leaves it off, since mapped pages count as its own memory.
    bool mapForReading = false;
};

// One open Closeloop database: a named Qt Sql connection, its dialect and the
// person whose edits it records. Owns the connection; closes it on destruction.
class Database final {
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (and if asked, creates) a SQLite database, checks it, and brings
    // its schema up to date. Every refusal names the file and what to do.
    static Result<std::unique_ptr<Database>> openSqlite(const OpenOptions &options);
    // Connects to a team's shared PostgreSQL database and brings its schema
    // up to date (options.create: make the schema named in the connection
    // if missing; options.path is not used). Connection failures are
    // explained: wrong password, unreachable, TLS, database missing.
    static Result<std::unique_ptr<Database>> openPostgres(const PgConnection &connection, const OpenOptions &options);

    // A second, read-only connection to the same database, for reading on
    // another thread beside this one. Open it, use it and destroy it on
    // that thread: a Qt SQL connection belongs to the thread that opened it.
    Result<std::unique_ptr<Database>> openReaderBeside() const;
    using ReaderOpener = std::function<Result<std::unique_ptr<Database>>()>;
    // The same, for a thread that may outlive this object: the opener holds
    // copies of what it needs, not this database.
    ReaderOpener readerOpener() const;
    // A read-only connection to a SQLite file as it is: no check, no
    // migration, nothing written (for backups, and for checking a file
    // before it is restored). The same thread rule applies.
    static Result<std::unique_ptr<Database>> openReadOnly(const QString &path, int busyTimeoutMs = 5000);
    // Whether no other connection has the SQLite file open. When none has,
    // its write-ahead log is folded into the file and removed, so that the
    // file alone holds everything (before it is replaced by a restore).
    static Result<bool> closeLogIfAlone(const QString &path);

    QSqlDatabase connection() const;
    const SqlDialect &dialect() const { return *m_dialect; }
    // The file, or for a shared database "user@host:port/database".
    QString path() const { return m_path; }
    // A shared PostgreSQL database rather than a local file.
    bool isShared() const { return m_pg.has_value(); }
    // Where a shared database is (the password is not kept).
    std::optional<PgConnection> sharedConnection() const
    {
        auto c = m_pg;
        if (c)
            c->password.clear();
        return c;
    }
    // After the connection to a shared server was lost: connects again with
    // the same settings (the password was kept in memory only). A local
    // file needs no reconnecting.
    Status reconnect();
    // Where autosaved drafts go: the database itself for a local file; for a
    // shared server a small local file per server and schema, so unsaved
    // work stays on this computer whatever the server does.
    Database &draftStore();
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }
    int schemaVersion() const;
    // Runs PRAGMA integrity_check: "ok" or the first problems found; an error
    // when the check itself could not run (locked, unreadable). `quick`
    // skips comparing indexes with their tables (PRAGMA quick_check): what
    // every open runs, at half the time on a large database.
    Result<QString> integrityCheck(bool quick = false) const;
    // SQLite's quick_check of a database file on a connection of its own, for
    // a thread beside the one that works with the file: "ok", or the damage
    // as an error that names the file and what to do.
    static Result<QString> checkPagesOfFile(const QString &path);
    // Stores the strength of action items that have none yet (schema 9).
    void rateUnratedActionItems();

    // For a local file: why it can no longer be written (deleted, moved,
    // replaced by another file, or its network share gone), else empty.
    // Checked before every transaction starts, so that a save never goes
    // into a file nobody will see again.
    QString fileProblem() const;

    // Transaction depth tracking so that repository calls compose: only the
    // outermost scope commits.
    bool beginTransaction();
    bool commitTransaction();
    void rollbackTransaction();
    int transactionDepth() const { return m_txDepth; }
    // While a Transaction that could not start is in scope, statements are
    // refused rather than run one by one outside it (sql::exec checks).
    void blockStatements() { ++m_blockedScopes; }
    void unblockStatements() { --m_blockedScopes; }
    bool statementsBlocked() const { return m_blockedScopes > 0; }
    // Why the last commit failed (the driver's error is lost to the rollback after it).
    QSqlError lastCommitError() const { return m_lastCommitError; }

private:
    // Session settings of a server connection: lock timeout, quiet notices, schema.
    Status prepareSession(int busyTimeoutMs, bool createSchema);
    Database(QString connectionName, QString path, std::unique_ptr<SqlDialect> dialect, QString actor);

    QString m_connectionName;
    QString m_path;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_actor;
    std::optional<PgConnection> m_pg; // the password only in memory, for reconnecting
    std::unique_ptr<Database> m_localDrafts;
    int m_busyTimeoutMs = 5000; // a server's lock timeout, again after reconnecting
    int m_txDepth = 0;
    int m_blockedScopes = 0;
    QSqlError m_lastCommitError;
    // The file opened (device and inode), to notice it vanish or be replaced.
    quint64 m_fileDevice = 0;
    quint64 m_fileInode = 0;
    bool m_rollbackOnly = false;
};

// The platform's default database file (QStandardPaths::AppDataLocation).
QString defaultDatabasePath();

} // namespace closeloop
