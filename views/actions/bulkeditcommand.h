#pragma once

#include "domain/actionitem.h"
#include "domain/result.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace closeloop {

class Database;

// One bulk edit of action items on the tracker's undo stack. The edit is
// written before the command is pushed (so a refusal never enters the
// history); undo writes every item's old status, owner and due date back
// in one transaction, redo writes the edit again. When a write is refused
// (someone else changed an item meanwhile), nothing is written, the
// problem is reported, and the command leaves the stack.
class BulkEditCommand final : public QUndoCommand {
public:
    using Report = std::function<void(const Status &)>;
    BulkEditCommand(Database &db, QList<ActionItem> before, QList<ActionItem> written, const QString &text, Report report);

    void undo() override;
    void redo() override;

private:
    void write(const QList<ActionItem> &fieldsFrom);

    Database &m_db;
    QList<ActionItem> m_before;
    QList<ActionItem> m_after;
    QList<ActionItem> m_current; // as last written, with their revisions
    Report m_report;
    bool m_alreadyWritten = true;
};

} // namespace closeloop
