#include "answerpanel.h"
#include "look/tones.h"

#include "calculatorform.h"
#include "evidencelist.h"
#include "orr/reviewrules.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace closeloop {

namespace {

const AnswerState kStates[] = { AnswerState::Met, AnswerState::NotMet, AnswerState::NotApplicable, AnswerState::Waived };

QString paragraph(const QString &title, const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    return QStringLiteral("<p><b>%1</b><br>%2</p>").arg(title.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

namespace {

// What each answer means, shown when hovering over it.
QString stateHelp(AnswerState s)
{
    switch (s) {
    case AnswerState::Met: return AnswerPanel::tr("The service meets the axiom, and the evidence below shows it.");
    case AnswerState::NotMet: return AnswerPanel::tr("The service does not meet it yet: an action item follows, and a launch-blocking axiom blocks launch.");
    case AnswerState::NotApplicable: return AnswerPanel::tr("The axiom does not apply to this service; say why.");
    case AnswerState::Waived: return AnswerPanel::tr("The gap is accepted for a while: approved by someone outside the team, with an end date and controls.");
    case AnswerState::Unanswered: break;
    }
    return {};
}

} // namespace

AnswerPanel::AnswerPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_badges(new QLabel(this))
    , m_details(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_naReason(new QLineEdit(this))
    , m_naRow(new QWidget(this))
    , m_waiverBox(new QGroupBox(tr("Waiver"), this))
    , m_waiverReason(new QLineEdit(this))
    , m_approver(new QComboBox(this))
    , m_expires(new QLineEdit(this))
    , m_controls(new QLineEdit(this))
    , m_evidence(new EvidenceList(this))
    , m_calculator(new CalculatorForm(this))
    , m_problems(new QLabel(this))
    , m_save(new QPushButton(tr("Save answer"), this))
{
    setObjectName(QStringLiteral("answerPanel"));
    auto *stateRow = new QHBoxLayout;
    for (AnswerState s : kStates) {
        auto *b = new QRadioButton(enumLabel(s), this);
        b->setObjectName(QStringLiteral("state_%1").arg(enumKey(s)));
        b->setToolTip(stateHelp(s));
        m_states.addButton(b, int(s));
        stateRow->addWidget(b);
    }
    stateRow->addStretch(1);
    connect(&m_states, &QButtonGroup::idClicked, this, [this] {
        updateVisibility();
        changed();
    });

    m_notes->setObjectName(QStringLiteral("answerNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("How the axiom is met, or what is missing"));
    m_notes->setMaximumHeight(90);
    m_notes->setToolTip(tr("How the service meets the axiom, or what is missing; the evidence goes below."));
    connect(m_notes, &QPlainTextEdit::textChanged, this, &AnswerPanel::changed);

    m_naReason->setObjectName(QStringLiteral("naReason"));
    m_naReason->setToolTip(tr("Not applicable needs a reason a reviewer can check."));
    m_naReason->setPlaceholderText(tr("Why the axiom does not apply to this service (e.g. \"no queues: synchronous only\")"));
    auto *naLayout = new QFormLayout(m_naRow);
    naLayout->setContentsMargins(0, 0, 0, 0);
    naLayout->addRow(tr("Reason"), m_naReason);
    connect(m_naReason, &QLineEdit::textEdited, this, &AnswerPanel::changed);

    connect(m_evidence, &EvidenceList::edited, this, &AnswerPanel::changed);
    connect(m_evidence, &EvidenceList::problem, this, &AnswerPanel::problem);
    connect(m_calculator, &CalculatorForm::edited, this, &AnswerPanel::changed);

    m_problems->setObjectName(QStringLiteral("answerProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(themed(QStringLiteral("QLabel { color: #5c3b00; }")));
    m_save->setObjectName(QStringLiteral("saveAnswer"));
    m_save->setToolTip(tr("Save this answer (Ctrl+S). Moving to another axiom saves it too."));
    connect(m_save, &QPushButton::clicked, this, &AnswerPanel::saveRequested);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(buildAxiomHeader());
    layout->addLayout(stateRow);
    layout->addWidget(m_notes);
    layout->addWidget(m_naRow);
    layout->addWidget(buildWaiverBox());
    layout->addWidget(new QLabel(tr("<b>Evidence</b>"), this));
    layout->addWidget(m_evidence);
    layout->addWidget(m_calculator);
    layout->addWidget(m_problems);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    layout->addLayout(saveRow);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QWidget *AnswerPanel::buildAxiomHeader()
{
    auto *box = new QWidget(this);
    m_title->setObjectName(QStringLiteral("axiomTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    m_badges->setObjectName(QStringLiteral("axiomBadges"));
    m_badges->setStyleSheet(themed(QStringLiteral("color: #455a64;")));
    m_details->setObjectName(QStringLiteral("axiomDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_badges);
    layout->addWidget(m_details);
    return box;
}

QWidget *AnswerPanel::buildWaiverBox()
{
    m_waiverBox->setObjectName(QStringLiteral("waiverBox"));
    m_waiverReason->setObjectName(QStringLiteral("waiverReason"));
    m_waiverReason->setPlaceholderText(tr("The risk accepted, and why now"));
    m_waiverReason->setToolTip(tr("The risk the service runs while the axiom does not hold, and why that is acceptable now."));
    m_approver->setObjectName(QStringLiteral("waiverApprover"));
    m_approver->setToolTip(tr("Someone outside the team under review: a waiver is never self-approved."));
    m_expires->setObjectName(QStringLiteral("waiverExpires"));
    m_expires->setPlaceholderText(tr("YYYY-MM-DD, in the future"));
    m_expires->setToolTip(tr("A waiver ends: after this day the axiom counts as not met again."));
    m_controls->setObjectName(QStringLiteral("waiverControls"));
    m_controls->setToolTip(tr("What keeps the risk small until the axiom holds."));
    m_controls->setPlaceholderText(tr("What limits the risk meanwhile (e.g. a manual runbook, an extra alarm)"));
    auto *form = new QFormLayout(m_waiverBox);
    form->addRow(tr("Reason"), m_waiverReason);
    form->addRow(tr("Approved by"), m_approver);
    form->addRow(tr("Expires on"), m_expires);
    form->addRow(tr("Compensating controls"), m_controls);
    for (QLineEdit *e : { m_waiverReason, m_expires, m_controls })
        connect(e, &QLineEdit::textEdited, this, &AnswerPanel::changed);
    connect(m_approver, &QComboBox::activated, this, &AnswerPanel::changed);
    return m_waiverBox;
}

void AnswerPanel::setPeople(const QList<Person> &people)
{
    m_people = people;
}

void AnswerPanel::showAnswer(const Axiom &axiom, const OrrAnswer &answer, const QList<Id> &team, bool readOnly, const QDate &today)
{
    m_loading = true;
    m_axiom = axiom;
    m_answer = answer;
    m_team = team;
    m_today = today;

    m_title->setText(QStringLiteral("%1 · %2").arg(axiom.key, axiom.statement));
    QStringList badges;
    badges << (axiom.launchBlocking ? tr("Blocks launch") : tr("Fix on a plan"));
    badges << tr("version %1").arg(axiom.version);
    badges << axiom.area;
    if (axiom.maxEvidenceAgeDays)
        badges << tr("evidence at most %1 days old").arg(*axiom.maxEvidenceAgeDays);
    m_badges->setText(badges.join(QStringLiteral(" · ")));
    // Traceability: the COEs that taught the lesson this axiom keeps.
    QStringList motivatedBy;
    for (Id id : axiom.motivatingCoeIds)
        motivatedBy << QStringLiteral("COE-%1").arg(id);
    m_details->setText(paragraph(tr("Why"), axiom.rationale) + paragraph(tr("Evidence expected"), axiom.evidenceExpected)
                       + paragraph(tr("Guidance"), axiom.guidance)
                       + paragraph(tr("Motivated by"), motivatedBy.join(QStringLiteral(", ")))
                       + paragraph(tr("From the working group"), m_motivatingFindings.join(QStringLiteral("; "))));

    if (QAbstractButton *b = m_states.button(int(answer.state)))
        b->setChecked(true);
    else if (QAbstractButton *checked = m_states.checkedButton()) {
        m_states.setExclusive(false); // unanswered: no state chosen yet
        checked->setChecked(false);
        m_states.setExclusive(true);
    }
    m_notes->setPlainText(answer.notes);
    m_naReason->setText(answer.naReason);
    m_approver->clear();
    m_approver->addItem(tr("Choose someone outside the team…"), 0);
    for (const Person &p : std::as_const(m_people))
        if (!team.contains(p.id) || (answer.waiver && answer.waiver->approverId == p.id))
            m_approver->addItem(p.team.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.team), p.id);
    m_waiverReason->setText(answer.waiver ? answer.waiver->reason : QString());
    m_expires->setText(answer.waiver && answer.waiver->expiresOn.isValid() ? answer.waiver->expiresOn.toString(Qt::ISODate) : QString());
    m_controls->setText(answer.waiver ? answer.waiver->compensatingControls : QString());
    m_approver->setCurrentIndex(qMax(0, m_approver->findData(answer.waiver ? answer.waiver->approverId : 0)));
    m_evidence->setToday(today);
    m_evidence->setEvidence(answer.evidence);
    const bool calculator = axiom.checkKind == CheckKind::Calculator;
    m_calculator->setCalculator(calculator ? axiom.calculator : QString(),
                                QJsonDocument::fromJson(answer.calculatorInputs.toUtf8()).object());

    for (QAbstractButton *b : m_states.buttons())
        b->setEnabled(!readOnly);
    for (QLineEdit *e : { m_naReason, m_waiverReason, m_expires, m_controls })
        e->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    m_approver->setEnabled(!readOnly);
    m_evidence->setReadOnly(readOnly);
    m_calculator->setReadOnly(readOnly);
    m_save->setVisible(!readOnly);
    updateVisibility();
    m_loading = false;
    m_dirty = false;
    const QStringList now = problems();
    m_problems->setText(answer.state == AnswerState::Unanswered ? QString() : now.join(QLatin1Char('\n')));
}

void AnswerPanel::updateVisibility()
{
    const auto state = AnswerState(m_states.checkedId() < 0 ? int(AnswerState::Unanswered) : m_states.checkedId());
    m_naRow->setVisible(state == AnswerState::NotApplicable);
    m_waiverBox->setVisible(state == AnswerState::Waived);
}

OrrAnswer AnswerPanel::answer() const
{
    OrrAnswer a = m_answer;
    a.state = m_states.checkedId() < 0 ? AnswerState::Unanswered : AnswerState(m_states.checkedId());
    a.notes = m_notes->toPlainText().trimmed();
    a.naReason = a.state == AnswerState::NotApplicable ? m_naReason->text().trimmed() : QString();
    a.evidence = m_evidence->evidence();
    if (m_calculator->isVisibleTo(this)) {
        const QJsonObject inputs = m_calculator->inputs();
        a.calculatorInputs = inputs.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(inputs).toJson(QJsonDocument::Compact));
    }
    if (a.state == AnswerState::Waived) {
        Waiver w = a.waiver.value_or(Waiver {});
        w.reason = m_waiverReason->text().trimmed();
        w.approverId = m_approver->currentData().toLongLong();
        w.expiresOn = QDate::fromString(m_expires->text().trimmed(), Qt::ISODate);
        w.compensatingControls = m_controls->text().trimmed();
        a.waiver = w;
    } else {
        a.waiver.reset();
    }
    return a;
}

QStringList AnswerPanel::problems() const
{
    const OrrAnswer a = answer();
    QStringList list;
    if (a.state == AnswerState::Waived && !m_expires->text().trimmed().isEmpty() && !a.waiver->expiresOn.isValid())
        list << tr("“%1” is not a date: write the expiry as YYYY-MM-DD, e.g. %2.")
                    .arg(m_expires->text().trimmed(), m_today.addMonths(3).toString(Qt::ISODate));
    list << answerProblems(a, m_axiom, m_team, m_today);
    return list;
}

void AnswerPanel::changed()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_problems->setText(problems().join(QLatin1Char('\n')));
    Q_EMIT edited();
}

} // namespace closeloop
