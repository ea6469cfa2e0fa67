#include "migrator.h"

#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMigrator, "closeloop.migrator")

namespace closeloop {

namespace {
const QString kMigrationsDir = QStringLiteral(":/closeloop/migrations");
}

static QString tr(const char *text)
{
    return QCoreApplication::translate("closeloop::Migrator", text);
}

const QList<Migration> &Migrator::shipped()
{
    static const QList<Migration> steps = [] {
        QList<Migration> list;
        const QString dir = kMigrationsDir;
        // NNN_name.sql serves every dialect; NNN_name.sqlite.sql and
        // NNN_name.postgresql.sql are the same step written for one.
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_(\\w+?)(?:\\.(sqlite|postgresql))?\\.sql$"));
        const QStringList names = QDir(dir).entryList(QDir::Files, QDir::Name);
        QMap<int, Migration> byVersion;
        for (const QString &name : names) {
            const auto match = pattern.match(name);
            if (!match.hasMatch())
                continue;
            QFile f(dir + QLatin1Char('/') + name);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            Migration &step = byVersion[match.captured(1).toInt()];
            step.version = match.captured(1).toInt();
            step.name = match.captured(2);
            const QString dialect = match.captured(3);
            if (dialect.isEmpty())
                step.sql = QString::fromUtf8(f.readAll());
            else
                step.variants.insert(dialect, QString::fromUtf8(f.readAll()));
        }
        for (const Migration &step : std::as_const(byVersion))
            list.append(step);
        return list;
    }();
    return steps;
}

int Migrator::latestVersion()
{
    // Every open asks, and only the names are needed: reading and sorting
    // out every step's SQL (shipped()) took about half a millisecond of
    // each start. tst_migrator checks that the two agree.
    static const int latest = [] {
        int version = 0;
        for (const QString &name : QDir(kMigrationsDir).entryList(QDir::Files))
            version = std::max(version, QStringView(name).left(3).toInt());
        return version;
    }();
    return latest;
}

Result<int> Migrator::currentVersion(const Database &db)
{
    auto exists = sql::exec(db, db.dialect().tableExistsQuery(),
                                  { { QStringLiteral("name"), QStringLiteral("schema_migrations") } });
    if (!exists)
        return exists.error();
    QSqlQuery q = std::move(exists).value();
    if (!q.next())
        return 0;
    auto version = sql::exec(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!version)
        return version.error();
    QSqlQuery v = std::move(version).value();
    return v.next() ? v.value(0).toInt() : 0;
}

Result<bool> Migrator::hasForeignTables(const Database &db)
{
    auto result = sql::exec(db, db.dialect().userTablesQuery());
    if (!result)
        return result.error();
    QSqlQuery q = std::move(result).value();
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("schema_migrations"))
            return false;
        return true;
    }
    return false;
}

QStringList Migrator::splitStatements(const QString &sqlText)
{
    QStringList statements;
    QString current;
    bool inTriggerBody = false;
    bool inDollarBody = false; // a PostgreSQL $$ ... $$ function body
    const QStringList lines = sqlText.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += raw + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollarBody = !inDollarBody;
        // SQLite's trigger bodies hold statements of their own.
        if (line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)
            && line.endsWith(QLatin1String("BEGIN"), Qt::CaseInsensitive))
            inTriggerBody = true;
        const bool ends = inDollarBody ? false
            : inTriggerBody            ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                       : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTriggerBody = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

Status Migrator::migrate(Database &db)
{
    return apply(db, shipped());
}

Status Migrator::apply(Database &db, const QList<Migration> &steps)
{
    const auto current = currentVersion(db);
    if (!current)
        return current.error();
    for (const Migration &step : steps) {
        if (step.version <= current.value())
            continue;
        qCInfo(lcMigrator) << "applying migration" << step.version << step.name << "to" << db.path();
        Transaction tx(db);
        if (const QString lock = db.dialect().migrationLockStatement(); !lock.isEmpty()) {
            if (auto locked = sql::exec(db, lock); !locked)
                return locked.error();
            // Another program may have upgraded while we waited for the lock.
            const auto now = currentVersion(db);
            if (!now)
                return now.error();
            if (step.version <= now.value())
                continue;
        }
        auto created = sql::exec(db, QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
        if (!created)
            return created.error();
        for (const QString &statement : splitStatements(db.dialect().expandTypes(step.sqlFor(db.dialect().name())))) {
            auto r = sql::exec(db, statement);
            if (!r)
                return Error { tr("Upgrading the database %1 to schema version %2 (%3) failed; "
                                  "it was left at version %4. %5")
                                   .arg(db.path()).arg(step.version).arg(step.name)
                                   .arg(current.value()).arg(r.errorMessage()),
                              r.error().kind };
        }
        auto recorded = sql::exec(db,
            QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)"),
            { { QStringLiteral("v"), step.version }, { QStringLiteral("n"), step.name },
              { QStringLiteral("t"), sql::now() } });
        if (!recorded)
            return recorded.error();
        if (auto s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace closeloop
