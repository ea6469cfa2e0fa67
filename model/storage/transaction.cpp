#include "transaction.h"

#include "pgerrors.h"
#include "sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace closeloop {

Transaction::Transaction(Database &db) : m_db(db)
{
    m_active = m_db.beginTransaction();
    if (!m_active)
        m_db.blockStatements();
}

Transaction::~Transaction()
{
    if (m_active && !m_done)
        m_db.rollbackTransaction();
    if (!m_active)
        m_db.unblockStatements();
}

Status Transaction::commit()
{
    if (!m_active && m_db.isShared() && !m_db.connection().isOpen())
        return pg::connectionLost(m_db.path());
    if (!m_active && !m_db.fileProblem().isEmpty())
        return Error { m_db.fileProblem() };
    if (!m_active)
        return Error { QCoreApplication::translate("closeloop::Transaction",
                           "Could not start a transaction on %1: %2")
                           .arg(m_db.path(), m_db.connection().lastError().text()) };
    m_done = true;
    if (m_db.commitTransaction())
        return {};
    if (m_db.isShared() && !m_db.connection().isOpen())
        return pg::connectionLost(m_db.path());
    if (m_db.lastCommitError().isValid())
        return sql::error(m_db, m_db.lastCommitError()); // disk full, locked, read-only: said plainly
    return Error { QCoreApplication::translate("closeloop::Transaction",
                       "Could not save to %1: %2. Nothing was changed.")
                       .arg(m_db.path(), m_db.connection().lastError().text()) };
}

} // namespace closeloop
