// Lessons learned, and the loop back to practice: would an existing ORR
// axiom have prevented this? If none exists, the proposal goes to the
// working group.
#include "coe/coechoices.h"
#include "coe/coedocument.h"
#include "fieldbinder.h"
#include "formsection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>

namespace closeloop {

namespace {

class LessonsSection final : public FormSection {
    Q_OBJECT
public:
    LessonsSection(FieldBinder *binder, const CoeChoices &choices) : FormSection(CoeSection::Lessons, binder)
    {
        auto *lessons = new QPlainTextEdit;
        lessons->setPlaceholderText(tr("What the team learned, including where it was lucky."));
        lessons->setMinimumHeight(80);
        binder->bindText(lessons, CoeField::Lessons);
        addField(CoeField::Lessons, lessons);

        auto *axiom = new QComboBox;
        axiom->addItem(tr("(not answered)"), QVariant());
        for (const Choice &a : choices.axioms)
            axiom->addItem(a.name.left(120), QVariant::fromValue(a.id));
        binder->bindCombo(axiom, CoeField::PreventingAxiom);
        addField(CoeField::PreventingAxiom, axiom);

        auto *none = new QCheckBox(tr("No axiom exists that would have prevented this"));
        binder->bindCheck(none, CoeField::NoAxiomExists);
        addField(CoeField::NoAxiomExists, none);

        auto *proposal = new QPlainTextEdit;
        proposal->setMaximumHeight(70);
        proposal->setPlaceholderText(tr("The checkable statement you would add to the ORR, e.g. \"Every deploy reaches one AZ and bakes "
                                        "for an hour before the next\". The working group sees this proposal."));
        binder->bindText(proposal, CoeField::AxiomProposal);
        addField(CoeField::AxiomProposal, proposal);

        auto update = [this, axiom, proposal] {
            const Coe &c = document()->coe();
            axiom->setEnabled(!c.noAxiomExists);
            proposal->setEnabled(c.noAxiomExists);
        };
        connect(document(), &CoeDocument::changed, this, update);
        update();

        // Anything else worth keeping; an imported postmortem puts here what
        // it could not place, so nothing it said is lost.
        auto *notes = new QPlainTextEdit;
        notes->setMinimumHeight(60);
        notes->setPlaceholderText(tr("Anything else worth keeping with this COE: links, context, what an imported postmortem said that has no field here."));
        binder->bindText(notes, CoeField::Notes);
        addField(CoeField::Notes, notes);
    }
};

} // namespace

FormSection *createLessonsSection(FieldBinder *binder, const CoeChoices &choices)
{
    return new LessonsSection(binder, choices);
}

} // namespace closeloop

#include "lessonssection.moc"
