#include "formsection.h"
#include "look/tones.h"

#include "fieldbinder.h"

#include <QFormLayout>
#include <QLabel>

namespace closeloop {

FormSection::FormSection(CoeSection section, FieldBinder *binder, QWidget *parent)
    : QGroupBox(enumLabel(section), parent), m_section(section), m_binder(binder), m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("section_") + enumKey(section));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    setStyleSheet(QStringLiteral("QGroupBox { font-weight: 600; margin-top: 14px; padding-top: 8px; }"
                                 "QGroupBox::title { subcontrol-origin: margin; left: 6px; }"
                                 "QGroupBox > QWidget { font-weight: normal; }"));
}

CoeDocument *FormSection::document() const
{
    return m_binder->document();
}

void FormSection::addField(CoeField field, QWidget *widget, const QString &help)
{
    auto *label = new QLabel(coeFieldLabel(field) + QLatin1Char(':'));
    label->setBuddy(widget);
    label->setStyleSheet(QStringLiteral("font-weight: normal;"));
    const QString tip = help.isEmpty() ? coeFieldHelp(field) : help;
    widget->setToolTip(tip);
    label->setToolTip(tip);
    m_form->addRow(label, widget);
    m_form->setWidget(m_form->rowCount(), QFormLayout::FieldRole, m_binder->messageLabel(field));
}

void FormSection::addField(const QString &label, QWidget *widget)
{
    auto *l = new QLabel(label);
    l->setBuddy(widget);
    l->setStyleSheet(QStringLiteral("font-weight: normal;"));
    m_form->addRow(l, widget);
}

void FormSection::addWide(QWidget *widget)
{
    m_form->addRow(widget);
}

QLabel *FormSection::addNote(const QString &text)
{
    auto *note = new QLabel(text);
    note->setWordWrap(true);
    note->setStyleSheet(themed(QStringLiteral("QLabel { color: #5f6368; font-weight: normal; }")));
    m_form->setWidget(m_form->rowCount(), QFormLayout::FieldRole, note);
    return note;
}

} // namespace closeloop
