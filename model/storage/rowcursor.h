#pragma once

#include "database.h"
#include "domain/result.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

#include <memory>
#include <optional>

struct sqlite3_stmt;

namespace closeloop::sql {

// Walks the rows of one query, column by position, for reads of tens of
// thousands of rows (a year of action items for the dashboard). On SQLite it
// steps SQLite's own statement on the connection's handle: Qt SQL makes a
// QVariant of every value and copies it again when it is asked for, which
// took more than half of such a read. On PostgreSQL it reads through Qt SQL.
//
//   auto opened = RowCursor::open(db, "SELECT id, title FROM coes WHERE ...", binds);
//   if (!opened) return opened.error();
//   RowCursor rows = std::move(opened).value();
//   while (rows.next()) use(rows.integer(0), rows.text(1));
//   if (auto s = rows.finish(); !s) return s.error();
//
// A cursor reads through its Database's connection: it must not outlive it.
class RowCursor {
public:
    // Prepares, binds (named placeholders, as sql::exec takes them) and
    // starts the statement.
    static Result<RowCursor> open(const Database &db, const QString &statement, const QVariantMap &binds = {});

    RowCursor(RowCursor &&other) noexcept;
    RowCursor &operator=(RowCursor &&other) noexcept;
    RowCursor(const RowCursor &) = delete;
    RowCursor &operator=(const RowCursor &) = delete;
    ~RowCursor();

    // The next row; false after the last one, or when reading failed
    // (finish() then says why).
    bool next();
    // Whether every row was read; the error if reading stopped short. A
    // read that stops short must not be taken for a complete one.
    Status finish() const;

    bool isNull(int column) const;
    qint64 integer(int column) const; // 0 for NULL
    QString text(int column) const; // a null QString for NULL
    std::optional<qint64> optionalInteger(int column) const;
    // A day read as the integer YYYYMMDD (sql::dayNumber); nullopt for NULL.
    std::optional<QDate> day(int column) const;

private:
    RowCursor(const Database &db, QString statement);

    const Database *m_db = nullptr;
    QString m_statement;
    sqlite3_stmt *m_stmt = nullptr; // SQLite
    std::optional<QSqlQuery> m_query; // PostgreSQL
    std::optional<Error> m_error;
};

} // namespace closeloop::sql
