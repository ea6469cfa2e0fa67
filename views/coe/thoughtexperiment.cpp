#include "thoughtexperiment.h"
#include "look/tones.h"

#include "coe/coedocument.h"
#include "fieldbinder.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace closeloop {

ThoughtExperimentBox::ThoughtExperimentBox(ThoughtExperiment which, FieldBinder *binder, QWidget *parent)
    : QWidget(parent), m_which(which), m_binder(binder), m_verdict(new QLabel(this))
{
    const bool ttd = which == ThoughtExperiment::HalveTtd;
    const CoeField answerField = ttd ? CoeField::HalveTtdAnswer : CoeField::HalveBlastAnswer;
    const CoeField reasonField = ttd ? CoeField::HalveTtdNoActionReason : CoeField::HalveBlastNoActionReason;

    auto *answer = new QPlainTextEdit(this);
    answer->setMinimumHeight(70);
    answer->setPlaceholderText(ttd ? tr("Imagine you had to. Which alarm, threshold, metric, canary or test would have caught it sooner?")
                                   : tr("Imagine you had to. Which cells, shards, zonal isolation, rate limit or faster rollback would have "
                                        "affected half as many customers, or for half as long?"));
    binder->bindText(answer, answerField);

    m_verdict->setObjectName(coeFieldKey(answerField) + QStringLiteral("_verdict"));
    m_verdict->setWordWrap(true);

    auto *reason = new QPlainTextEdit(this);
    reason->setMaximumHeight(60);
    reason->setPlaceholderText(tr("Reviewer: only if no action item follows from the answer, say why."));
    binder->bindText(reason, reasonField);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(answer);
    layout->addWidget(m_verdict);
    layout->addWidget(binder->messageLabel(answerField));
    layout->addWidget(new QLabel(coeFieldLabel(reasonField) + QLatin1Char(':'), this));
    layout->addWidget(reason);
    layout->addWidget(binder->messageLabel(reasonField));
    setFocusProxy(answer);

    connect(binder->document(), &CoeDocument::changed, this, [this, answerField](CoeField f) {
        if (f == answerField)
            updateVerdict();
    });
    updateVerdict();
}

void ThoughtExperimentBox::updateVerdict()
{
    const Coe &c = m_binder->document()->coe();
    const QString &answer = m_which == ThoughtExperiment::HalveTtd ? c.halveTtdAnswer : c.halveBlastAnswer;
    const AnswerCheck check = checkThoughtExperimentAnswer(m_which, answer);
    if (check.ok) {
        m_verdict->setStyleSheet(themed(QStringLiteral("QLabel { color: #1e6b35; }")));
        m_verdict->setText(tr("✓ Concrete: names %1.").arg(check.mechanisms.join(QStringLiteral(", "))));
    } else {
        // Amber, not red: an unfinished answer is normal while drafting.
        m_verdict->setStyleSheet(themed(QStringLiteral("QLabel { color: #8a5a00; }")));
        m_verdict->setText(check.message);
    }
}

} // namespace closeloop
