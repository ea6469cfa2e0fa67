#include "rowcursor.h"

#include "sql.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcSql)

namespace closeloop::sql {

namespace {

sqlite3 *sqliteHandle(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Said as Qt SQL would report it, so that describe() and error() give the
// same advice (a busy database, a full disk) whichever way it was read.
Error sqliteError(const Database &db, sqlite3 *handle, const QString &statement)
{
    const QSqlError e(QStringLiteral("Unable to execute statement"), QString::fromUtf8(sqlite3_errmsg(handle)),
                      QSqlError::StatementError, QString::number(sqlite3_extended_errcode(handle)));
    qCWarning(lcSql) << "read failed:" << e.text() << statement;
    return error(db, e);
}

int bind(sqlite3_stmt *stmt, const QString &name, const QVariant &value)
{
    const int at = sqlite3_bind_parameter_index(stmt, (QLatin1Char(':') + name).toUtf8().constData());
    if (at == 0)
        return SQLITE_OK; // as Qt SQL: a value with no placeholder is not an error
    if (value.isNull())
        return sqlite3_bind_null(stmt, at);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(stmt, at, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(stmt, at, value.toDouble());
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(stmt, at, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    }
}

} // namespace

RowCursor::RowCursor(const Database &db, QString statement) : m_db(&db), m_statement(std::move(statement)) { }

RowCursor::RowCursor(RowCursor &&other) noexcept
    : m_db(other.m_db),
      m_statement(std::move(other.m_statement)),
      m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_query(std::move(other.m_query)),
      m_error(std::move(other.m_error))
{
}

RowCursor &RowCursor::operator=(RowCursor &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_statement = std::move(other.m_statement);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_query = std::move(other.m_query);
        m_error = std::move(other.m_error);
    }
    return *this;
}

RowCursor::~RowCursor()
{
    sqlite3_finalize(m_stmt); // a no-op for null
}

Result<RowCursor> RowCursor::open(const Database &db, const QString &statement, const QVariantMap &binds)
{
    RowCursor rows(db, statement);
    sqlite3 *handle = db.isShared() ? nullptr : sqliteHandle(db);
    if (!handle) {
        auto q = exec(db, statement, binds);
        if (!q)
            return q.error();
        rows.m_query = std::move(q).value();
        return rows;
    }
    if (Status ready = beforeStatement(db, statement, binds); !ready)
        return ready.error();
    const QByteArray text = statement.toUtf8();
    if (sqlite3_prepare_v3(handle, text.constData(), int(text.size()), 0, &rows.m_stmt, nullptr) != SQLITE_OK)
        return sqliteError(db, handle, statement);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        if (bind(rows.m_stmt, it.key(), it.value()) != SQLITE_OK)
            return sqliteError(db, handle, statement);
    return rows;
}

bool RowCursor::next()
{
    if (m_error)
        return false;
    if (m_query) {
        if (m_query->next())
            return true;
        if (m_query->lastError().isValid())
            m_error = error(*m_db, m_query->lastError());
        return false;
    }
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = sqliteError(*m_db, sqlite3_db_handle(m_stmt), m_statement);
    // Done with: the statement's read lock is let go now, not when the
    // cursor is destroyed.
    sqlite3_finalize(std::exchange(m_stmt, nullptr));
    return false;
}

Status RowCursor::finish() const
{
    if (m_error)
        return *m_error;
    return {};
}

bool RowCursor::isNull(int column) const
{
    if (m_query)
        return m_query->value(column).isNull();
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 RowCursor::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_stmt, column);
}

QString RowCursor::text(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!utf8)
        return QString();
    return QString::fromUtf8(utf8, sqlite3_column_bytes(m_stmt, column));
}

std::optional<qint64> RowCursor::optionalInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

std::optional<QDate> RowCursor::day(int column) const
{
    return dateFromDayNumber(optionalInteger(column));
}

} // namespace closeloop::sql
