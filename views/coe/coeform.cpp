#include "coeform.h"

#include "coe/coechecks.h"
#include "coe/coedocument.h"
#include "fieldbinder.h"
#include "formsection.h"

#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace closeloop {

CoeForm::CoeForm(CoeDocument *doc, QUndoStack *undo, const CoeChoices &choices, PersonResolver resolvePerson, QWidget *parent)
    : QScrollArea(parent), m_doc(doc), m_binder(new FieldBinder(doc, undo, this)), m_checkTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("coeForm"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 4, 12, 24);
    m_sections = { createHeaderSection(m_binder, choices), createWindowSection(m_binder), createTimelineSection(m_binder),
                   createDetectionSection(m_binder),       createResolutionSection(m_binder),
                   createBlastRadiusSection(m_binder),     createWhysSection(m_binder, choices),
                   createActionItemsSection(m_binder, choices, std::move(resolvePerson)), createLessonsSection(m_binder, choices) };
    for (FormSection *s : std::as_const(m_sections))
        layout->addWidget(s);
    layout->addStretch();
    setWidget(content);

    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250);
    connect(m_checkTimer, &QTimer::timeout, this, &CoeForm::checkFields);
    connect(doc, &CoeDocument::changed, m_checkTimer, qOverload<>(&QTimer::start));
    checkFields();
}

void CoeForm::checkFields()
{
    m_binder->setCheckMessages(validateCoeFields(m_doc->coe(), QDateTime::currentDateTimeUtc()));
}

void CoeForm::goToSection(CoeSection section)
{
    for (FormSection *s : std::as_const(m_sections))
        if (s->section() == section) {
            verticalScrollBar()->setValue(s->y());
            // The first field of the section in tab order takes the focus.
            for (QWidget *w = s->nextInFocusChain(); w && w != s; w = w->nextInFocusChain()) {
                if (!s->isAncestorOf(w))
                    continue;
                if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(s)) {
                    w->setFocus(Qt::TabFocusReason);
                    break;
                }
            }
            return;
        }
}

void CoeForm::goToField(CoeField field)
{
    m_binder->focusField(field);
}

void CoeForm::setLocked(bool locked)
{
    for (FormSection *s : std::as_const(m_sections))
        if (s->section() != CoeSection::ActionItems)
            s->setEnabled(!locked);
}

} // namespace closeloop
