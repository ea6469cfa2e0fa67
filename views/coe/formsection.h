#pragma once

#include "coe/coefields.h"
#include "domain/ids.h"

#include <QGroupBox>

#include <functional>
#include <optional>

class QFormLayout;
class QLabel;

namespace closeloop {

class FieldBinder;
class CoeDocument;
struct CoeChoices;

// One section of the COE form: a titled group of labelled fields, each
// with its message line underneath. Subclasses add their fields in tab
// order; the outline jumps to the section by its CoeSection.
class FormSection : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormSection)
public:
    FormSection(CoeSection section, FieldBinder *binder, QWidget *parent = nullptr);
    CoeSection section() const { return m_section; }
    // Who is working: sections that offer a reviewer's actions enable them.
    virtual void setCurrentPerson(const OptionalId &personId) { Q_UNUSED(personId) }

protected:
    // Adds "label: widget" and the field's message line below it.
    void addField(CoeField field, QWidget *widget, const QString &help = {});
    void addField(const QString &label, QWidget *widget);
    void addWide(QWidget *widget); // spans both columns
    QLabel *addNote(const QString &text); // explanatory text in a calm grey

    FieldBinder *binder() const { return m_binder; }
    CoeDocument *document() const;
    QFormLayout *form() const { return m_form; }

private:
    CoeSection m_section;
    FieldBinder *m_binder;
    QFormLayout *m_form;
};

// Factories for the form's sections, in reading order.
FormSection *createHeaderSection(FieldBinder *binder, const CoeChoices &choices);
FormSection *createWindowSection(FieldBinder *binder);
FormSection *createTimelineSection(FieldBinder *binder);
FormSection *createDetectionSection(FieldBinder *binder);
FormSection *createResolutionSection(FieldBinder *binder);
FormSection *createBlastRadiusSection(FieldBinder *binder);
FormSection *createWhysSection(FieldBinder *binder, const CoeChoices &choices);
// Turns a typed owner name into a person, offering to add someone new;
// nullopt when the user declined.
using PersonResolver = std::function<std::optional<Id>(const QString &typedName)>;
FormSection *createActionItemsSection(FieldBinder *binder, const CoeChoices &choices, PersonResolver resolvePerson);
FormSection *createLessonsSection(FieldBinder *binder, const CoeChoices &choices);

} // namespace closeloop
