#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace closeloop {

// One thing typed into a search: a word (matched as a prefix) or a quoted
// phrase (its words in order).
struct SearchTerm {
    QStringList words;
    bool phrase = false;
};
enum class SearchField { Any, Title, Summary };

// The SQL that differs between SQLite and PostgreSQL, and nothing else.
class SqlDialect {
public:
    virtual ~SqlDialect() = default;
    virtual QString name() const = 0;
    // Fills the {{PK}}, {{ID}}, {{REAL}}, {{BLOB}} tokens of a migration.
    virtual QString expandTypes(QString sql) const = 0;
    // Operator for a case-insensitive substring match.
    virtual QString caseInsensitiveLike() const = 0;
    // An aggregate: the distinct non-null integers of `column`, as text
    // separated by commas.
    virtual QString distinctIdList(const QString &column) const = 0;
    // One row if the table :name exists.
    virtual QString tableExistsQuery() const = 0;
    // Names of the user's tables, one per row.
    virtual QString userTablesQuery() const = 0;
    // A check of the stored data: rows of "ok" or of the problems found.
    virtual QString integrityCheckQuery(bool quick) const = 0;
    // Run first in every migration's transaction, so that two programs
    // opening an old database at once do not both upgrade it (empty: none
    // needed, SQLite's write lock already serialises them).
    virtual QString migrationLockStatement() const = 0;
    // After rows were written with their ids given: make the next generated
    // id follow the largest stored one (empty: nothing to do).
    virtual QString resetIdentityStatement(const QString &table) const = 0;

    // The catalog, for code that reads any table generically (record
    // exchange). Each answers in the same columns on every dialect:
    //   tables: name, is_search_index (1 for the search index and its parts)
    //   columns of :table: name, declared type (upper case), primary key position (0: not in it)
    //   foreign keys of :table: column, parent table, 1 when ON DELETE CASCADE
    //   unique constraints of :table: constraint name, column (in key order)
    virtual QString catalogTablesQuery() const = 0;
    virtual QString catalogColumnsQuery() const = 0;
    virtual QString catalogForeignKeysQuery() const = 0;
    virtual QString catalogUniqueQuery() const = 0;

    // Full-text search over COEs (migration 5): the value bound to :query
    // for terms that must all match in `field`; the condition on
    // coe_search using it; the ORDER BY that puts the best match first;
    // coe_search's column holding the COE's id.
    virtual QString searchQuery(const QList<SearchTerm> &terms, SearchField field) const = 0;
    virtual QString searchMatch() const = 0;
    virtual QString searchRankOrder() const = 0;
    virtual QString searchKey() const = 0;
    // Pausing the search index for one transaction that writes many COEs
    // (migration 8), and bringing it back: resuming rebuilds it whole.
    virtual QString searchPauseStatement() const = 0;
    // Around a bulk load: room to keep the pages being written in memory
    // rather than spilling them to the journal mid-transaction, and back.
    virtual QStringList bulkLoadStatements(bool starting) const = 0;
    virtual QStringList searchResumeStatements() const = 0;

    static std::unique_ptr<SqlDialect> forDriver(const QString &driverName);
};

class SqliteDialect final : public SqlDialect {
public:
    // The page cache of every connection, in KiB: reports and lists read
    // much of a large file.
    static constexpr int cacheKiB = 16384;

    QString name() const override { return QStringLiteral("sqlite"); }
    QString expandTypes(QString sql) const override;
    QString caseInsensitiveLike() const override { return QStringLiteral("LIKE"); }
    QString distinctIdList(const QString &column) const override { return QStringLiteral("group_concat(DISTINCT %1)").arg(column); }
    QString tableExistsQuery() const override;
    QString userTablesQuery() const override;
    QString integrityCheckQuery(bool quick) const override
    {
        return quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check");
    }
    QString migrationLockStatement() const override { return {}; }
    // AUTOINCREMENT keeps sqlite_sequence at the largest id by itself.
    QString resetIdentityStatement(const QString &) const override { return QStringLiteral("SELECT 1"); }
    QString searchQuery(const QList<SearchTerm> &terms, SearchField field) const override;
    QString searchMatch() const override { return QStringLiteral("coe_search MATCH :query"); }
    // bm25 weights: title 10, summary 4, everything else 1; lower is better.
    QString searchRankOrder() const override { return QStringLiteral("bm25(coe_search, 10.0, 4.0, 1.0)"); }
    QString searchKey() const override { return QStringLiteral("rowid"); }
    QString searchPauseStatement() const override
    {
        return QStringLiteral("INSERT INTO coe_search_paused (since) VALUES (datetime('now'))");
    }
    QStringList bulkLoadStatements(bool starting) const override
    {
        // 512 MiB while loading; a connection's usual cache after. And
        // temporary data in memory while loading: a statement that may
        // have to undo its own writes journals the pages it changes, in
        // memory up to 64 KiB and in a file beyond; once one statement of
        // the load's single transaction has gone past that, every later
        // one wrote its journal to the file (320,000 writes to /var/tmp at
        // 5,000 COEs; 79 s instead of 50 s for 100,000).
        if (starting)
            return { QStringLiteral("PRAGMA cache_size = -524288"), QStringLiteral("PRAGMA temp_store = MEMORY") };
        return { QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKiB), QStringLiteral("PRAGMA temp_store = DEFAULT") };
    }
    QStringList searchResumeStatements() const override
    {
        return { QStringLiteral("DELETE FROM coe_search_paused"), QStringLiteral("DELETE FROM coe_search"),
                 QStringLiteral("INSERT INTO coe_search (rowid, title, summary, body) "
                                "SELECT id, title, summary, body FROM coe_search_source") };
    }
    QString catalogTablesQuery() const override;
    QString catalogColumnsQuery() const override;
    QString catalogForeignKeysQuery() const override;
    QString catalogUniqueQuery() const override;
};

class PostgresDialect final : public SqlDialect {
public:
    QString name() const override { return QStringLiteral("postgresql"); }
    QString expandTypes(QString sql) const override;
    QString caseInsensitiveLike() const override { return QStringLiteral("ILIKE"); }
    QString distinctIdList(const QString &column) const override
    {
        return QStringLiteral("string_agg(DISTINCT CAST(%1 AS TEXT), ',')").arg(column);
    }
    QString tableExistsQuery() const override;
    QString userTablesQuery() const override;
    // The server keeps its own data consistent; what can be checked from a
    // client is that the connection answers.
    QString integrityCheckQuery(bool) const override { return QStringLiteral("SELECT 'ok'"); }
    // A transaction-scoped advisory lock, held until the migration commits.
    QString migrationLockStatement() const override { return QStringLiteral("SELECT pg_advisory_xact_lock(4242001)"); }
    QString resetIdentityStatement(const QString &table) const override
    {
        return QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, false) FROM %1")
            .arg(table);
    }
    QString searchQuery(const QList<SearchTerm> &terms, SearchField field) const override;
    QString searchMatch() const override { return QStringLiteral("document @@ to_tsquery('simple', :query)"); }
    // ts_rank with the title weighted A, the summary B, the rest D.
    QString searchRankOrder() const override
    {
        return QStringLiteral("ts_rank(document, to_tsquery('simple', :query)) DESC");
    }
    QString searchKey() const override { return QStringLiteral("id"); }
    QString searchPauseStatement() const override { return QStringLiteral("SET LOCAL closeloop.search_paused = 'on'"); }
    QStringList bulkLoadStatements(bool) const override { return {}; }
    QStringList searchResumeStatements() const override
    {
        return { QStringLiteral("SET LOCAL closeloop.search_paused = 'off'"),
                 QStringLiteral("SELECT count(*) FROM (SELECT coe_search_refresh(id) FROM coes) refreshed") };
    }
    QString catalogTablesQuery() const override;
    QString catalogColumnsQuery() const override;
    QString catalogForeignKeysQuery() const override;
    QString catalogUniqueQuery() const override;
};

} // namespace closeloop
