#include "setfieldcommand.h"

#include "coe/coedocument.h"

#include <QCoreApplication>

namespace closeloop {

SetFieldCommand::SetFieldCommand(CoeDocument *doc, CoeField field, QVariant before, QVariant after, bool mergeTyping)
    : m_doc(doc), m_field(field), m_before(std::move(before)), m_after(std::move(after)), m_mergeTyping(mergeTyping)
{
    setText(QCoreApplication::translate("closeloop::SetFieldCommand", "edit %1").arg(coeFieldLabel(field).toLower()));
}

void SetFieldCommand::undo()
{
    m_doc->setValue(m_field, m_before);
}

void SetFieldCommand::redo()
{
    m_doc->setValue(m_field, m_after);
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetFieldCommand *>(other);
    if (next->m_field != m_field || !m_mergeTyping)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace closeloop
