#pragma once

#include "coe/coefields.h"
#include "formsection.h"

#include <QScrollArea>

class QTimer;
class QUndoStack;

namespace closeloop {

class CoeDocument;
class FieldBinder;
class FormSection;
struct CoeChoices;

// The whole COE form, its sections in reading order in one scrolling
// column. Tab follows the sections; live field checks show under each
// field a moment after typing stops.
class CoeForm final : public QScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoeForm)
public:
    CoeForm(CoeDocument *doc, QUndoStack *undo, const CoeChoices &choices, PersonResolver resolvePerson,
            QWidget *parent = nullptr);

    FieldBinder *binder() const { return m_binder; }
    const QList<FormSection *> &sections() const { return m_sections; }
    void goToSection(CoeSection section);
    void goToField(CoeField field);
    // Approved and closed COEs are records: only the action items (their
    // status and evidence) stay editable.
    void setLocked(bool locked);

private:
    void checkFields();

    CoeDocument *m_doc;
    FieldBinder *m_binder;
    QList<FormSection *> m_sections;
    QTimer *m_checkTimer;
};

} // namespace closeloop
