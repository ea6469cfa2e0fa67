#include "signoffdialog.h"
#include "look/tones.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace closeloop {

SignOffDialog::SignOffDialog(const ReviewContext &context, const SignOffSummary &summary, const QList<Person> &people,
                             OptionalId suggestedOwner, QWidget *parent)
    : QDialog(parent)
    , m_go(new QRadioButton(tr("Go"), this))
    , m_noGo(new QRadioButton(tr("No go"), this))
    , m_owner(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("signOffDialog"));
    setWindowTitle(tr("Sign off the review of %1").arg(context.service.name));
    setMinimumWidth(560);

    QStringList lines;
    lines << tr("%1 of %2 axioms answered; unanswered ones count as not met.").arg(summary.answered).arg(summary.total);
    if (summary.blocking.isEmpty()) {
        lines << tr("Every launch-blocking axiom holds.");
    } else {
        // Answered-but-failing items are the decision; unanswered ones are listed by key only.
        QStringList unanswered;
        QStringList failing;
        for (const OrrAnswer &a : summary.blocking) {
            const Axiom &axiom = context.axioms.value(a.axiomId);
            if (a.state == AnswerState::Unanswered)
                unanswered << axiom.key.toHtmlEscaped();
            else
                failing << tr("• <b>%1</b> (%2): %3").arg(axiom.key.toHtmlEscaped(), enumLabel(a.state), axiom.statement.toHtmlEscaped());
        }
        lines << tr("<b>Launch-blocking axioms that do not hold: %1</b>").arg(summary.blocking.size());
        lines << failing;
        if (!unanswered.isEmpty())
            lines << tr("• Unanswered (%1): %2").arg(unanswered.size()).arg(unanswered.join(QStringLiteral(", ")));
    }
    if (!summary.waivers.isEmpty()) {
        lines << tr("<b>Waivers accepted with this decision: %1</b>").arg(summary.waivers.size());
        for (const OrrAnswer &a : summary.waivers)
            lines << tr("• <b>%1</b> until %2: %3")
                         .arg(context.axioms.value(a.axiomId).key.toHtmlEscaped(), a.waiver->expiresOn.toString(Qt::ISODate),
                              a.waiver->reason.toHtmlEscaped());
    }
    auto *facts = new QTextBrowser(this);
    facts->setObjectName(QStringLiteral("signOffFacts"));
    facts->setHtml(lines.join(QStringLiteral("<br>")));
    facts->setMinimumHeight(160);
    facts->setMaximumHeight(260);

    m_go->setObjectName(QStringLiteral("decisionGo"));
    m_noGo->setObjectName(QStringLiteral("decisionNoGo"));
    m_go->setToolTip(tr("A go needs every launch-blocking axiom to hold, or to be waived by someone outside the team."));
    m_noGo->setToolTip(tr("Not ready: the answers that do not hold become action items, and the service is reviewed again."));
    if (!summary.canGo())
        m_go->setEnabled(false);
    auto *decision = new QHBoxLayout;
    decision->addWidget(m_go);
    decision->addWidget(m_noGo);
    decision->addStretch(1);

    m_owner->setObjectName(QStringLiteral("decisionOwner"));
    m_owner->addItem(tr("Choose who owns the decision…"), 0);
    for (const Person &p : people)
        m_owner->addItem(p.name, p.id);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(suggestedOwner.value_or(0))));
    m_notes->setObjectName(QStringLiteral("decisionNotes"));
    m_owner->setToolTip(tr("The person accountable for the go or no-go, usually the service's owner or their manager."));
    m_notes->setToolTip(tr("Kept with the signed review and in its report."));
    m_notes->setPlaceholderText(tr("Conditions, dates, what must happen before the next review"));
    m_notes->setMaximumHeight(90);
    m_error->setObjectName(QStringLiteral("signOffError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(themed(QStringLiteral("QLabel { color: #8e1b1b; }")));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Decision"), decision);
    form->addRow(tr("Decision owner"), m_owner);
    form->addRow(tr("Notes"), m_notes);

    auto *note = new QLabel(tr("A signed review can no longer change. The next review starts from a copy of it."), this);
    note->setWordWrap(true);
    note->setStyleSheet(themed(QStringLiteral("color: #455a64;")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign off"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signOffConfirm"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { Q_EMIT submitted(request()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(facts);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

SignOffRequest SignOffDialog::request() const
{
    SignOffRequest r;
    r.decision = m_go->isChecked() ? ReviewDecision::Go : m_noGo->isChecked() ? ReviewDecision::NoGo : ReviewDecision::Pending;
    r.ownerId = m_owner->currentData().toLongLong();
    r.notes = m_notes->toPlainText();
    return r;
}

void SignOffDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace closeloop
