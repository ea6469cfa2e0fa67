// Resolution: what was done and which runbook was followed, or that none
// existed (which proposes an action item to write one).
#include "coe/coedocument.h"
#include "fieldbinder.h"
#include "formsection.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace closeloop {

namespace {

class ResolutionSection final : public FormSection {
    Q_OBJECT
public:
    explicit ResolutionSection(FieldBinder *binder) : FormSection(CoeSection::Resolution, binder)
    {
        auto *resolution = new QPlainTextEdit;
        resolution->setPlaceholderText(tr("How the impact was mitigated, then resolved. What worked, what did not."));
        resolution->setMinimumHeight(80);
        binder->bindText(resolution, CoeField::Resolution);
        addField(CoeField::Resolution, resolution);

        auto *runbook = new QLineEdit;
        runbook->setPlaceholderText(tr("Link to the runbook that was followed"));
        binder->bindText(runbook, CoeField::RunbookUrl);
        addField(CoeField::RunbookUrl, runbook);

        auto *none = new QCheckBox(tr("No runbook existed (proposes an action item to write one)"));
        binder->bindCheck(none, CoeField::NoRunbook);
        addField(CoeField::NoRunbook, none);
        auto update = [this, runbook] { runbook->setEnabled(!document()->coe().noRunbook); };
        connect(document(), &CoeDocument::changed, this, update);
        update();
    }
};

} // namespace

FormSection *createResolutionSection(FieldBinder *binder)
{
    return new ResolutionSection(binder);
}

} // namespace closeloop

#include "resolutionsection.moc"
