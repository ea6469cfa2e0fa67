#pragma once

#include <QString>

#include <memory>

namespace closeloop {

// The SQL that differs between SQLite and PostgreSQL, and nothing else.
class SqlDialect {
public:
    virtual ~SqlDialect() = default;
    virtual QString name() const = 0;
    // Fills the {{PK}}, {{ID}}, {{REAL}}, {{BLOB}} tokens of a migration.
    virtual QString expandTypes(QString sql) const = 0;
    // Operator for a case-insensitive substring match.
    virtual QString caseInsensitiveLike() const = 0;
    // One row if the table :name exists.
    virtual QString tableExistsQuery() const = 0;
    // Names of the user's tables, one per row.
    virtual QString userTablesQuery() const = 0;

    static std::unique_ptr<SqlDialect> forDriver(const QString &driverName);
};

class SqliteDialect final : public SqlDialect {
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    QString expandTypes(QString sql) const override;
    QString caseInsensitiveLike() const override { return QStringLiteral("LIKE"); }
    QString tableExistsQuery() const override;
    QString userTablesQuery() const override;
};

class PostgresDialect final : public SqlDialect {
public:
    QString name() const override { return QStringLiteral("postgresql"); }
    QString expandTypes(QString sql) const override;
    QString caseInsensitiveLike() const override { return QStringLiteral("ILIKE"); }
    QString tableExistsQuery() const override;
    QString userTablesQuery() const override;
};

} // namespace closeloop
