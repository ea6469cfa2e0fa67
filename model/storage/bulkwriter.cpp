#include "bulkwriter.h"

#include "sql.h"

#include <QSqlError>

namespace closeloop {

BulkWriter::BulkWriter(Database &db) : m_db(db) { }

BulkWriter::~BulkWriter()
{
    m_statements.clear(); // finalise before the transaction rolls back
    if (m_tx) {
        m_tx.reset();
        for (const QString &statement : m_db.dialect().bulkLoadStatements(false))
            (void)sql::exec(m_db, statement);
    }
}

Status BulkWriter::begin()
{
    for (const QString &statement : m_db.dialect().bulkLoadStatements(true))
        if (auto r = sql::exec(m_db, statement); !r)
            return r.error();
    m_tx = std::make_unique<Transaction>(m_db);
    if (!m_tx->isActive())
        return m_tx->commit(); // explains why it could not start
    auto paused = sql::exec(m_db, m_db.dialect().searchPauseStatement());
    return paused ? Status {} : Status { paused.error() };
}

Result<Id> BulkWriter::insert(const QString &table, const QStringList &columns, const QVariantList &values, bool returnsId)
{
    const QString key = table + QLatin1Char('|') + columns.join(QLatin1Char(','));
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        const QString statement = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
                                      .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                                           returnsId ? QStringLiteral(" RETURNING id") : QString());
        if (!q.prepare(statement))
            return sql::error(m_db, q.lastError());
        it = m_statements.insert(key, q);
    }
    QSqlQuery &q = it.value();
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec())
        return sql::error(m_db, q.lastError());
    Id id = 0;
    if (returnsId && q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Status BulkWriter::finish()
{
    m_statements.clear();
    for (const QString &statement : m_db.dialect().searchResumeStatements())
        if (auto r = sql::exec(m_db, statement); !r)
            return r.error();
    const Status s = m_tx->commit();
    m_tx.reset();
    for (const QString &statement : m_db.dialect().bulkLoadStatements(false))
        (void)sql::exec(m_db, statement);
    return s;
}

} // namespace closeloop
