// Header: what the COE is about and who writes and reviews it.
#include "coe/coechoices.h"
#include "coe/coedocument.h"
#include "coe/severityscale.h"
#include "fieldbinder.h"
#include "formsection.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace closeloop {

namespace {

QComboBox *choiceCombo(const QList<Choice> &choices, const QString &none)
{
    auto *combo = new QComboBox;
    combo->addItem(none, QVariant());
    for (const Choice &c : choices)
        combo->addItem(c.detail.isEmpty() ? c.name : QStringLiteral("%1 (%2)").arg(c.name, c.detail), QVariant::fromValue(c.id));
    return combo;
}

// Suggestions only: teams may use their own words.
QComboBox *suggestionCombo(const QStringList &suggestions)
{
    auto *combo = new QComboBox;
    combo->setEditable(true);
    combo->addItem(QString());
    combo->addItems(suggestions);
    combo->setInsertPolicy(QComboBox::NoInsert);
    return combo;
}

class HeaderSection final : public FormSection {
    Q_OBJECT
public:
    HeaderSection(FieldBinder *binder, const CoeChoices &choices) : FormSection(CoeSection::Header, binder)
    {
        auto *title = new QLineEdit;
        title->setPlaceholderText(tr("What happened, in a few words: \"Checkout errors after a config push\""));
        binder->bindText(title, CoeField::Title);
        addField(CoeField::Title, title);

        auto *service = choiceCombo(choices.services, tr("Choose the service…"));
        binder->bindCombo(service, CoeField::Service);
        addField(CoeField::Service, service);

        auto *severity = new QComboBox;
        for (int level = 1; level <= 5; ++level) {
            severity->addItem(severityName(level), level);
            severity->setItemData(level - 1, severityDefinition(level), Qt::ToolTipRole);
        }
        binder->bindCombo(severity, CoeField::Severity);
        addField(CoeField::Severity, severity);
        auto *definition = addNote(QString());
        definition->setObjectName(QStringLiteral("severityDefinition"));
        auto showDefinition = [definition, this] {
            definition->setText(severityDefinition(document()->coe().severity));
        };
        showDefinition();
        connect(document(), &CoeDocument::changed, definition, [showDefinition](CoeField f) {
            if (f == CoeField::Severity)
                showDefinition();
        });

        auto *category = suggestionCombo({ tr("deployment"), tr("configuration"), tr("capacity"), tr("dependency"),
                                           tr("hardware"), tr("network"), tr("security"), tr("data"), tr("software") });
        binder->bindCombo(category, CoeField::Category);
        addField(CoeField::Category, category);

        auto *trigger = suggestionCombo({ tr("binary push"), tr("configuration push"), tr("user behaviour change"),
                                          tr("processing pipeline"), tr("service provider change"), tr("performance decay"),
                                          tr("capacity management"), tr("hardware failure") });
        binder->bindCombo(trigger, CoeField::Trigger);
        addField(CoeField::Trigger, trigger);

        auto *tags = new QLineEdit;
        tags->setPlaceholderText(tr("Comma-separated, e.g. deploy, payments, us-east-1"));
        binder->bindTags(tags, CoeField::Tags);
        addField(CoeField::Tags, tags);

        auto *author = choiceCombo(choices.people, tr("Choose the author…"));
        binder->bindCombo(author, CoeField::Author);
        addField(CoeField::Author, author);

        auto *reviewer = choiceCombo(choices.people, tr("Choose a reviewer (bar raiser)…"));
        binder->bindCombo(reviewer, CoeField::Reviewer);
        addField(CoeField::Reviewer, reviewer);
    }
};

} // namespace

FormSection *createHeaderSection(FieldBinder *binder, const CoeChoices &choices)
{
    return new HeaderSection(binder, choices);
}

} // namespace closeloop

#include "headersection.moc"
