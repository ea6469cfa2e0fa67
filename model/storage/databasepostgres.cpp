// Database::openPostgres: a team's shared database on a PostgreSQL server.
#include "database.h"
#include "domain/translate.h"

#include "migrator.h"
#include "pgerrors.h"
#include "sql.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QStandardPaths>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcDatabase)

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::Database", text);
}

QString quoteIdentifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

Result<QString> scalar(const Database &db, const QString &statement)
{
    auto q = sql::exec(db, statement);
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Status useSchema(const Database &db, const PgConnection &c, bool create)
{
    if (c.schema.isEmpty())
        return {};
    auto exists = sql::exec(db, QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = :name"),
                            { { QStringLiteral("name"), c.schema } });
    if (!exists)
        return exists.error();
    if (!exists.value().next()) {
        if (!create)
            return Error { tr("The database %1 has no schema called %2. Check the connection's schema, or create "
                              "it with \"closeloop-cli --pg ... init\".").arg(c.display(), c.schema) };
        if (auto made = sql::exec(db, QStringLiteral("CREATE SCHEMA %1").arg(quoteIdentifier(c.schema))); !made)
            return made.error();
    }
    auto set = sql::exec(db, QStringLiteral("SET search_path TO %1").arg(quoteIdentifier(c.schema)));
    return set ? Status {} : Status { set.error() };
}

} // namespace

Status Database::prepareSession(int busyTimeoutMs, bool createSchema)
{
    // Wait for locks no longer than a person waits for a save; a statement
    // stuck behind another editor's transaction fails rather than hangs.
    if (auto s = sql::exec(*this, QStringLiteral("SET lock_timeout = '%1ms'").arg(busyTimeoutMs)); !s)
        return s.error();
    // Notices ("already exists, skipping") are for administrators' logs.
    if (auto s = sql::exec(*this, QStringLiteral("SET client_min_messages = warning")); !s)
        return s.error();
    return useSchema(*this, *m_pg, createSchema);
}

Status Database::reconnect()
{
    if (!m_pg)
        return {};
    m_txDepth = 0;
    m_rollbackOnly = false;
    QSqlDatabase conn = connection();
    conn.close();
    if (!conn.open())
        return pg::connectError(*m_pg, conn.lastError());
    qCInfo(lcDatabase) << "reconnected to" << m_pg->display();
    return prepareSession(m_busyTimeoutMs, false);
}

Database &Database::draftStore()
{
    if (!m_pg)
        return *this;
    if (!m_localDrafts) {
        const QByteArray key = QCryptographicHash::hash(m_pg->display().toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
        OpenOptions options;
        options.path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/team-drafts/%1.db").arg(QString::fromLatin1(key));
        options.create = true;
        options.actor = m_actor;
        auto local = openSqlite(options);
        if (!local) {
            // Better on the server than nowhere.
            qCWarning(lcDatabase) << "drafts stay on the server:" << local.errorMessage();
            return *this;
        }
        m_localDrafts = std::move(local).value();
    }
    return *m_localDrafts;
}

Result<std::unique_ptr<Database>> Database::openPostgres(const PgConnection &c, const OpenOptions &options)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error { tr("The Qt PostgreSQL driver is not installed. Install the package libqt6sql6-psql.") };
    static QAtomicInt counter;
    const QString name = QStringLiteral("closeloop-pg-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> db(new Database(name, c.display(), std::make_unique<PostgresDialect>(), options.actor));
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        conn.setHostName(c.host);
        conn.setPort(c.port);
        conn.setDatabaseName(c.database);
        conn.setUserName(c.user);
        conn.setPassword(c.password);
        conn.setConnectOptions(c.driverOptions());
        if (!conn.open())
            return pg::connectError(c, conn.lastError());
    }
    db->m_pg = c;
    db->m_busyTimeoutMs = options.busyTimeoutMs;

    if (auto s = db->prepareSession(options.busyTimeoutMs, options.create); !s)
        return s.error();
    if (db->m_actor.isEmpty()) {
        auto who = scalar(*db, QStringLiteral("SELECT session_user"));
        if (!who)
            return who.error();
        db->m_actor = who.value();
    }

    const Error noRole { tr("%1 signed in to %2, but has no Closeloop role there, so cannot read it. Ask an "
                            "administrator to grant one: closeloop_author, closeloop_reviewer, "
                            "closeloop_working_group or closeloop_admin.").arg(c.user, c.display()),
                         Error::Kind::Denied };
    // A schema the user may not use is not on their search path at all.
    auto schema = scalar(*db, QStringLiteral("SELECT coalesce(current_schema(), '')"));
    if (!schema)
        return schema.error();
    if (schema.value().isEmpty())
        return noRole;

    const auto version = Migrator::currentVersion(*db);
    if (!version) {
        if (version.error().kind == Error::Kind::Denied)
            return noRole;
        return version.error();
    }
    if (version.value() == 0) {
        const auto foreign = Migrator::hasForeignTables(*db);
        if (!foreign)
            return foreign.error();
        if (foreign.value())
            return Error { tr("The database %1 holds tables of another program. Use an empty database, or give "
                              "Closeloop a schema of its own (schema=closeloop); nothing was changed.")
                               .arg(c.display()) };
    }
    if (version.value() > Migrator::latestVersion())
        return Error { tr("The shared database %1 was upgraded by a newer Closeloop (schema version %2; this program "
                          "knows up to %3). Update Closeloop to use it; nothing was changed.")
                           .arg(c.display(), QString::number(version.value()), QString::number(Migrator::latestVersion())) };
    if (options.migrate && version.value() < Migrator::latestVersion()) {
        if (auto migrated = Migrator::migrate(*db); !migrated) {
            if (migrated.error().kind == Error::Kind::Denied || migrated.errorMessage().contains(QLatin1String("42501")))
                return Error { tr("The shared database %1 is at schema version %2 and this Closeloop needs %3. Only "
                                  "an administrator can upgrade it: ask one to open it once with this version. "
                                  "Nothing was changed.")
                                   .arg(c.display(), QString::number(version.value()),
                                        QString::number(Migrator::latestVersion())),
                               Error::Kind::Denied };
            return migrated.error();
        }
    }
    if (options.migrate)
        db->rateUnratedActionItems();
    qCInfo(lcDatabase) << "connected to" << c.display() << "schema" << db->schemaVersion() << "as" << db->m_actor;
    return db;
}

} // namespace closeloop
