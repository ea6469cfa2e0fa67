#include "bulkeditcommand.h"

#include "actions/bulkedit.h"
#include "storage/actionitemrepository.h"

namespace closeloop {

BulkEditCommand::BulkEditCommand(Database &db, QList<ActionItem> before, QList<ActionItem> written, const QString &text, Report report)
    : QUndoCommand(text)
    , m_db(db)
    , m_before(std::move(before))
    , m_after(written)
    , m_current(std::move(written))
    , m_report(std::move(report))
{
}

void BulkEditCommand::undo()
{
    write(m_before);
}

void BulkEditCommand::redo()
{
    if (m_alreadyWritten) { // QUndoStack::push calls redo(); the edit is in already
        m_alreadyWritten = false;
        return;
    }
    write(m_after);
}

void BulkEditCommand::write(const QList<ActionItem> &fieldsFrom)
{
    QList<ActionItem> items = restoreBulkFields(m_current, fieldsFrom);
    const Status s = ActionItemRepository(m_db).updateAll(items);
    if (s)
        m_current = items;
    else
        setObsolete(true);
    m_report(s);
}

} // namespace closeloop
