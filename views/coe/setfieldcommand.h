#pragma once

#include "coe/coefields.h"

#include <QUndoCommand>
#include <QVariant>

namespace closeloop {

class CoeDocument;

// One edit of one COE field, undoable. Typing into the same text field
// merges into one command, so undo takes back a phrase, not a letter.
class SetFieldCommand final : public QUndoCommand {
public:
    SetFieldCommand(CoeDocument *doc, CoeField field, QVariant before, QVariant after, bool mergeTyping);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeTyping ? 1000 + int(m_field) : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    CoeDocument *m_doc;
    CoeField m_field;
    QVariant m_before;
    QVariant m_after;
    bool m_mergeTyping;
};

} // namespace closeloop
