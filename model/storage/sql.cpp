#include "sql.h"

#include "pgerrors.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSql, "closeloop.sql")

namespace closeloop::sql {

static QString tr(const char *text)
{
    return QCoreApplication::translate("closeloop::sql", text);
}

namespace {
StatementObserver &observer()
{
    static StatementObserver current;
    return current;
}
} // namespace

void setStatementObserver(StatementObserver next)
{
    observer() = std::move(next);
}

Status beforeStatement(const Database &db, const QString &statement, const QVariantMap &binds)
{
    if (db.statementsBlocked()) {
        // Said as the transaction would have said it: a lost server is work
        // to keep locally and reconnect for, a vanished file is named.
        if (db.isShared() && !db.connection().isOpen())
            return pg::connectionLost(db.path());
        const QString why = db.fileProblem();
        return Error { why.isEmpty() ? tr("Nothing was saved: a transaction could not be started on %1. Try again.").arg(db.path())
                                     : why };
    }
    if (const StatementObserver &watch = observer())
        watch(statement, binds);
    return {};
}

Result<QSqlQuery> exec(const Database &db, const QString &statement, const QVariantMap &binds)
{
    if (Status ready = beforeStatement(db, statement, binds); !ready)
        return ready.error();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (binds.isEmpty()) {
        // Without values to bind there is nothing to prepare, and PostgreSQL
        // cannot prepare statements such as SET, CREATE or GRANT at all.
        if (!q.exec(statement)) {
            qCWarning(lcSql) << "exec failed:" << q.lastError().text() << statement;
            return error(db, q.lastError());
        }
        return q;
    }
    if (!q.prepare(statement)) {
        qCWarning(lcSql) << "prepare failed:" << q.lastError().text() << statement;
        return error(db, q.lastError());
    }
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!q.exec()) {
        qCWarning(lcSql) << "exec failed:" << q.lastError().text() << statement;
        return error(db, q.lastError());
    }
    return q;
}

QString describe(const Database &db, const QSqlError &error)
{
    if (db.isShared())
        return sql::error(db, error).message;
    const QString native = error.nativeErrorCode();
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // SQLite primary result codes (the driver reports extended codes; the
    // primary code is the low byte).
    int code = native.toInt() & 0xff;
    if (code == 0) {
        // Some driver paths (a failed COMMIT) give SQLite's words without its code.
        const struct {
            const char *words;
            int code;
        } known[] = { { "database or disk is full", 13 }, { "disk I/O error", 10 }, { "database is locked", 5 },
                      { "readonly database", 8 }, { "database disk image is malformed", 11 } };
        for (const auto &k : known)
            if (detail.contains(QLatin1String(k.words)))
                code = k.code;
    }
    QString what;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        what = tr("The database %1 is locked by another program. Close the other program "
                  "(another Closeloop window or an sqlite3 shell) and try again.");
        break;
    case 8: // SQLITE_READONLY
        what = tr("The database %1 is read-only. Make the file and its folder writable, "
                  "or open a copy.");
        break;
    case 10: // SQLITE_IOERR
        what = tr("Reading or writing %1 failed (an input/output error). Check the disk or "
                  "network share, then try again.");
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        what = tr("The database %1 is damaged. Restore it from a backup.");
        break;
    case 13: // SQLITE_FULL
        what = tr("The disk holding %1 is full. Free some space and try again.");
        break;
    case 19: // SQLITE_CONSTRAINT
        what = tr("The change was refused by a rule of the database %1.");
        break;
    default:
        what = tr("A database operation on %1 failed.");
        break;
    }
    return what.arg(db.path()) + QLatin1Char(' ') + tr("Nothing was changed. (%1)").arg(detail);
}

Error error(const Database &db, const QSqlError &sqlError)
{
    if (db.isShared() && !db.connection().isOpen())
        return pg::connectionLost(db.path());
    if (db.isShared())
        return pg::statementError(db.path(), sqlError);
    const int code = sqlError.nativeErrorCode().toInt() & 0xff;
    return Error { describe(db, sqlError), (code == 11 || code == 26) ? Error::Kind::Damaged : Error::Kind::General };
}

QVariant id(const std::optional<qint64> &id)
{
    return id ? QVariant::fromValue(*id) : QVariant();
}

QVariant date(const std::optional<QDate> &d)
{
    return d ? date(*d) : QVariant();
}

QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QVariant timestamp(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(toStorageText(utc)) : QVariant();
}

std::optional<qint64> optionalId(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return std::nullopt;
    return v.toLongLong();
}

std::optional<qint64> optionalInt(const QVariant &v)
{
    return optionalId(v);
}

std::optional<double> optionalReal(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return std::nullopt;
    return v.toDouble();
}

std::optional<QDate> optionalDate(const QVariant &v)
{
    if (v.isNull() || !v.isValid() || v.toString().isEmpty())
        return std::nullopt;
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

QDateTime toTimestamp(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return {};
    return fromStorageText(v.toString());
}

void bindInstant(QVariantMap &row, const QString &prefix, const std::optional<Instant> &instant)
{
    row.insert(prefix + QLatin1String("_at"), instant ? timestamp(instant->utc) : QVariant());
    row.insert(prefix + QLatin1String("_offset"), instant ? QVariant(instant->offsetMinutes) : QVariant());
}

std::optional<Instant> readInstant(const QSqlQuery &q, const QString &prefix)
{
    const QVariant at = q.value(prefix + QLatin1String("_at"));
    if (at.isNull() || at.toString().isEmpty())
        return std::nullopt;
    return Instant::fromUtc(fromStorageText(at.toString()), q.value(prefix + QLatin1String("_offset")).toInt());
}

std::optional<Instant> readInstant(const ColumnsByName &columns, const char *atColumn, const char *offsetColumn)
{
    const QVariant at = columns(atColumn);
    if (at.isNull() || at.toString().isEmpty())
        return std::nullopt;
    return Instant::fromUtc(fromStorageText(at.toString()), columns(offsetColumn).toInt());
}

QString now()
{
    return toStorageText(QDateTime::currentDateTimeUtc());
}

QString dayNumber(const QString &column)
{
    return QStringLiteral("CAST(replace(substr(%1, 1, 10), '-', '') AS INTEGER)").arg(column);
}

std::optional<QDate> dateFromDayNumber(const QVariant &dayNumber)
{
    if (dayNumber.isNull())
        return std::nullopt;
    return dateFromDayNumber(std::optional<qint64>(dayNumber.toLongLong()));
}

std::optional<QDate> dateFromDayNumber(std::optional<qint64> n)
{
    if (!n)
        return std::nullopt;
    const QDate d(int(*n / 10000), int(*n / 100 % 100), int(*n % 100));
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

} // namespace closeloop::sql
