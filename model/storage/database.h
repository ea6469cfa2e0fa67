#pragma once

#include "domain/result.h"
#include "pgconnection.h"
#include "sqldialect.h"

#include <QSqlDatabase>
#include <QString>

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

    QSqlDatabase connection() const;
    const SqlDialect &dialect() const { return *m_dialect; }
    // The file, or for a shared database "user@host:port/database".
    QString path() const { return m_path; }
    // A shared PostgreSQL database rather than a local file.
    bool isShared() const { return m_pg.has_value(); }
    // Where a shared database is (the password is not kept).
    std::optional<PgConnection> sharedConnection() const { return m_pg; }
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }
    int schemaVersion() const;
    // Runs PRAGMA integrity_check: "ok" or the first problems found; an error
    // when the check itself could not run (locked, unreadable).
    Result<QString> integrityCheck() const;

    // Transaction depth tracking so that repository calls compose: only the
    // outermost scope commits.
    bool beginTransaction();
    bool commitTransaction();
    void rollbackTransaction();
    int transactionDepth() const { return m_txDepth; }

private:
    Database(QString connectionName, QString path, std::unique_ptr<SqlDialect> dialect, QString actor);

    QString m_connectionName;
    QString m_path;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_actor;
    std::optional<PgConnection> m_pg; // without the password
    int m_txDepth = 0;
    bool m_rollbackOnly = false;
};

// The platform's default database file (QStandardPaths::AppDataLocation).
QString defaultDatabasePath();

} // namespace closeloop
