#include "findingdialog.h"
#include "look/tones.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace closeloop {

namespace {

QPlainTextEdit *textBox(const QString &objectName, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

FindingDialog::FindingDialog(const Finding &finding, Context context, QWidget *parent)
    : QDialog(parent)
    , m_original(finding)
    , m_context(std::move(context))
    , m_title(new QLineEdit(finding.title, this))
    , m_description(textBox(QStringLiteral("findingDescription"), 3, this))
    , m_coes(new QListWidget(this))
    , m_outcome(new QComboBox(this))
    , m_notes(textBox(QStringLiteral("findingNotes"), 3, this))
    , m_axiomBox(new QGroupBox(tr("New ORR axiom"), this))
    , m_set(new QComboBox(this))
    , m_area(new QLineEdit(QStringLiteral("Working group"), this))
    , m_key(new QLineEdit(this))
    , m_statement(textBox(QStringLiteral("axiomStatement"), 2, this))
    , m_rationale(textBox(QStringLiteral("axiomRationale"), 3, this))
    , m_blocking(new QCheckBox(tr("Blocks launch when not met"), this))
    , m_checkBox(new QGroupBox(tr("New automated check in the deployment pipeline"), this))
    , m_checkTitle(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("findingDialog"));
    setWindowTitle(finding.id ? tr("Finding %1").arg(finding.id) : tr("New Finding"));
    m_title->setObjectName(QStringLiteral("findingTitle"));
    m_title->setPlaceholderText(tr("The pattern in one line"));
    m_description->setPlainText(finding.description);
    m_coes->setObjectName(QStringLiteral("findingCoes"));
    m_coes->setAccessibleName(tr("COEs behind the finding"));
    for (const CoeSummary &c : std::as_const(m_context.coes)) {
        auto *item = new QListWidgetItem(QStringLiteral("COE-%1 %2 (%3)").arg(c.id).arg(c.title, c.serviceName), m_coes);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(finding.coeIds.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_outcome->setObjectName(QStringLiteral("findingOutcome"));
    for (FindingOutcome o : { FindingOutcome::Undecided, FindingOutcome::NewAxiom, FindingOutcome::AutomatedCheck, FindingOutcome::BestPractice })
        m_outcome->addItem(enumLabel(o), QVariant::fromValue(int(o)));
    m_outcome->setCurrentIndex(m_outcome->findData(int(finding.outcome)));
    m_notes->setPlainText(finding.outcomeNotes);

    for (const AxiomSet &set : std::as_const(m_context.sets))
        m_set->addItem(set.name, set.id);
    m_set->setObjectName(QStringLiteral("axiomSet"));
    m_key->setObjectName(QStringLiteral("axiomKey"));
    m_area->setObjectName(QStringLiteral("axiomArea"));
    m_blocking->setObjectName(QStringLiteral("axiomBlocking"));
    auto *axiomForm = new QFormLayout(m_axiomBox);
    axiomForm->addRow(tr("Axiom s&et"), m_set);
    axiomForm->addRow(tr("&Area"), m_area);
    axiomForm->addRow(tr("&Key"), m_key);
    axiomForm->addRow(tr("S&tatement"), m_statement);
    axiomForm->addRow(tr("&Rationale"), m_rationale);
    axiomForm->addRow(QString(), m_blocking);
    m_checkTitle->setObjectName(QStringLiteral("checkTitle"));
    m_title->setToolTip(tr("The recurring pattern the working group found, in one line."));
    m_description->setToolTip(tr("What the COEs behind it have in common, and why it matters."));
    m_outcome->setToolTip(tr("What the finding becomes: a new ORR axiom, an automated check in the pipeline, or a "
                             "best practice to share."));
    m_notes->setToolTip(tr("What was decided, by whom, and what happens next."));
    m_set->setToolTip(tr("The set of ORR axioms the new one joins."));
    m_area->setToolTip(tr("The area of the set it belongs to, e.g. Deployment safety."));
    m_key->setToolTip(tr("A short unique key, e.g. DEP-7."));
    m_statement->setToolTip(tr("A statement a reviewer can check with evidence: true or false, not \"should consider\"."));
    m_rationale->setToolTip(tr("Why the axiom exists: the failures it keeps away. Drafted from the finding."));
    m_blocking->setToolTip(tr("A launch-blocking axiom must be met or waived before a service launches."));
    m_checkTitle->setToolTip(tr("The action item that builds the check; it is tracked until done."));
    auto *checkForm = new QFormLayout(m_checkBox);
    checkForm->addRow(tr("Action &item"), m_checkTitle);
    // Editing the draft by hand stops it following the finding.
    for (QPlainTextEdit *edit : { m_statement, m_rationale })
        connect(edit, &QPlainTextEdit::textChanged, this, [this] { m_axiomEdited = m_statement->hasFocus() || m_rationale->hasFocus() || m_axiomEdited; });
    connect(m_set, &QComboBox::currentIndexChanged, this, &FindingDialog::refreshAxiomDraft);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &FindingDialog::outcomeChanged);

    m_error->setObjectName(QStringLiteral("findingError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(themed(QStringLiteral("color: #a03a00;")));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("&COEs"), m_coes);
    form->addRow(tr("&Outcome"), m_outcome);
    form->addRow(tr("&Notes"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveFinding"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString problem = findingProblem(this->finding(), decision());
        if (!problem.isEmpty()) {
            setError(problem);
            return;
        }
        Q_EMIT submitted(this->finding(), decision());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_axiomBox);
    layout->addWidget(m_checkBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 640);
    outcomeChanged();
}

void FindingDialog::outcomeChanged()
{
    const auto outcome = FindingOutcome(m_outcome->currentData().toInt());
    // A finding that already produced its axiom or check is not asked again.
    const bool alreadyDone = m_original.outcome == outcome && m_original.id != 0;
    m_axiomBox->setVisible(outcome == FindingOutcome::NewAxiom && !alreadyDone && !m_original.axiomId);
    m_checkBox->setVisible(outcome == FindingOutcome::AutomatedCheck && !alreadyDone);
    if (m_axiomBox->isVisible())
        refreshAxiomDraft();
    if (m_checkBox->isVisible() && m_checkTitle->text().isEmpty())
        m_checkTitle->setText(automatedCheckDraft(finding(), m_context.currentPerson, m_context.checkDue).title);
}

void FindingDialog::refreshAxiomDraft()
{
    if (m_axiomEdited)
        return;
    const Id setId = m_set->currentData().toLongLong();
    const Axiom draft = axiomDraft(finding(), setId, m_area->text(), nextAxiomKey(m_context.currentAxioms.value(setId), QStringLiteral("WG")));
    m_key->setText(draft.key);
    m_statement->setPlainText(draft.statement);
    m_rationale->setPlainText(draft.rationale);
    m_axiomEdited = false;
}

Finding FindingDialog::finding() const
{
    Finding f = m_original;
    f.title = m_title->text().trimmed();
    f.description = m_description->toPlainText().trimmed();
    f.coeIds.clear();
    for (int i = 0; i < m_coes->count(); ++i)
        if (m_coes->item(i)->checkState() == Qt::Checked)
            f.coeIds.append(m_coes->item(i)->data(Qt::UserRole).toLongLong());
    f.outcome = FindingOutcome(m_outcome->currentData().toInt());
    f.outcomeNotes = m_notes->toPlainText().trimmed();
    return f;
}

FindingDecision FindingDialog::decision() const
{
    FindingDecision d;
    const Finding f = finding();
    if (m_axiomBox->isVisible()) {
        Axiom a = axiomDraft(f, m_set->currentData().toLongLong(), m_area->text().trimmed(), m_key->text().trimmed());
        a.statement = m_statement->toPlainText().trimmed();
        a.rationale = m_rationale->toPlainText().trimmed();
        a.launchBlocking = m_blocking->isChecked();
        d.newAxiom = a;
    }
    if (m_checkBox->isVisible()) {
        ActionItem item = automatedCheckDraft(f, m_context.currentPerson, m_context.checkDue);
        item.title = m_checkTitle->text().trimmed();
        d.check = item;
    }
    return d;
}

void FindingDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace closeloop
