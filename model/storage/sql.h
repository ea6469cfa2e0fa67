#pragma once

#include "database.h"
#include "domain/enumtable.h"
#include "domain/instant.h"
#include "domain/result.h"

#include <QDate>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace closeloop::sql {

// Prepares, binds (named placeholders only) and executes one statement.
Result<QSqlQuery> exec(const Database &db, const QString &statement, const QVariantMap &binds = {});

// What exec() does before it runs a statement, for other ways of running
// one (RowCursor): refuses when the database cannot take statements now,
// and shows the statement to the observer.
Status beforeStatement(const Database &db, const QString &statement, const QVariantMap &binds);

// Sees every statement exec() runs, with its binds, before it runs. For the
// benchmarks, which replay the search's own statements in the sqlite3
// shell; null (the default) costs nothing.
using StatementObserver = std::function<void(const QString &statement, const QVariantMap &binds)>;
void setStatementObserver(StatementObserver observer);

// Reads a query's columns by name. QSqlQuery::value(name) builds the whole
// record for every value it is asked for; this finds each column's place
// once per query (keyed by the name's address: pass string literals), which
// matters when tens of thousands of COEs are read for an export. Make one
// per query and use it for every row.
class ColumnsByName {
public:
    explicit ColumnsByName(const QSqlQuery &q) : m_q(q) { }
    QVariant operator()(const char *column) const
    {
        auto it = m_places.constFind(column);
        if (it == m_places.cend())
            it = m_places.insert(column, m_q.record().indexOf(QLatin1String(column)));
        return m_q.value(*it);
    }

private:
    const QSqlQuery &m_q;
    mutable QHash<const char *, int> m_places;
};

// A sentence for a failed statement: what it means for the user's data and
// what to do, with the driver's text kept for the curious.
QString describe(const Database &db, const QSqlError &error);
Error error(const Database &db, const QSqlError &sqlError);

// Conversions between domain values and bound/stored values. An invalid
// QVariant binds SQL NULL; a null QString is stored as '' (text columns are
// NOT NULL with '' meaning "not given").
inline QVariant text(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }
inline QVariant boolean(bool b) { return b ? 1 : 0; }
QVariant id(const std::optional<qint64> &id);
QVariant date(const std::optional<QDate> &d);
QVariant date(const QDate &d);
QVariant timestamp(const QDateTime &utc);
template <typename T>
QVariant number(const std::optional<T> &n) { return n ? QVariant::fromValue(*n) : QVariant(); }

std::optional<qint64> optionalId(const QVariant &v);
std::optional<QDate> optionalDate(const QVariant &v);
QDateTime toTimestamp(const QVariant &v);
std::optional<qint64> optionalInt(const QVariant &v);
std::optional<double> optionalReal(const QVariant &v);

// An Instant occupies two columns, <prefix>_at and <prefix>_offset.
void bindInstant(QVariantMap &row, const QString &prefix, const std::optional<Instant> &instant);
std::optional<Instant> readInstant(const QSqlQuery &q, const QString &prefix);
std::optional<Instant> readInstant(const ColumnsByName &columns, const char *atColumn, const char *offsetColumn);

QString now(); // current UTC time in storage form

// Reading tens of thousands of rows through Qt SQL, an integer column costs
// a fraction of a text one: no string is made for it. enumCode() turns an
// enum's stored key into its position in the enum's table, in SQL, and
// enumFromCode() (enumAt(), from a RowCursor) turns it back; a day is read
// as the number YYYYMMDD (dayNumber) and turned back by dateFromDayNumber().
template <typename E>
QString enumCode(const QString &column)
{
    QString s = QStringLiteral("CASE %1").arg(column);
    int i = 0;
    for (const auto &e : EnumTraits<E>::entries())
        s += QStringLiteral(" WHEN '%1' THEN %2").arg(QLatin1String(e.key)).arg(i++);
    return s + QStringLiteral(" END");
}

template <typename E>
std::optional<E> enumAt(std::optional<qint64> i)
{
    const auto entries = EnumTraits<E>::entries();
    if (!i || *i < 0 || *i >= qint64(entries.size()))
        return std::nullopt;
    return entries[size_t(*i)].value;
}
template <typename E>
std::optional<E> enumFromCode(const QVariant &v)
{
    return enumAt<E>(v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong()));
}

// The day of a stored date or instant (its first ten characters) as the
// integer YYYYMMDD; NULL for NULL. The same SQL on SQLite and PostgreSQL,
// and on SQLite a third of the cost of julianday(), whose full date and
// time parser was a third of the dashboard's read of a year's action items.
QString dayNumber(const QString &column);
std::optional<QDate> dateFromDayNumber(const QVariant &dayNumber);
std::optional<QDate> dateFromDayNumber(std::optional<qint64> dayNumber);

} // namespace closeloop::sql
