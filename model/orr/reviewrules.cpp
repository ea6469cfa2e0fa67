#include "reviewrules.h"
#include "domain/translate.h"

#include <QCoreApplication>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::ReviewRules", text);
}

} // namespace

QStringList answerProblems(const OrrAnswer &answer, const Axiom &axiom, const QList<Id> &team, const QDate &today)
{
    QStringList problems;
    const QString key = axiom.key;
    switch (answer.state) {
    case AnswerState::Unanswered:
    case AnswerState::NotMet:
        break;
    case AnswerState::Met:
        if (answer.evidence.isEmpty() && answer.notes.trimmed().isEmpty())
            problems << tr("%1 is answered met without evidence: add a note, a link or a file that shows it.").arg(key);
        if (axiom.maxEvidenceAgeDays) {
            // The freshest dated evidence decides; undated notes do not age.
            std::optional<QDate> newest;
            for (const Evidence &e : answer.evidence)
                if (e.collectedOn && (!newest || *e.collectedOn > *newest))
                    newest = e.collectedOn;
            if (newest && newest->addDays(*axiom.maxEvidenceAgeDays) < today)
                problems << tr("%1: the newest evidence, from %2, is older than the %3 days this axiom allows; collect it again.")
                                .arg(key, newest->toString(Qt::ISODate)).arg(*axiom.maxEvidenceAgeDays);
        }
        break;
    case AnswerState::NotApplicable:
        if (answer.naReason.trimmed().isEmpty())
            problems << tr("%1 is marked not applicable: say why, so the next reviewer can check the reason still holds.").arg(key);
        break;
    case AnswerState::Waived: {
        if (!answer.waiver) {
            problems << tr("%1 is waived but the waiver is missing: give a reason, an approver and an expiry date.").arg(key);
            break;
        }
        const Waiver &w = *answer.waiver;
        if (w.reason.trimmed().isEmpty())
            problems << tr("The waiver of %1 needs a reason: what risk is accepted, and why now.").arg(key);
        if (w.approverId == 0)
            problems << tr("The waiver of %1 needs an approver.").arg(key);
        else if (team.contains(w.approverId))
            problems << tr("The waiver of %1 must be approved by someone outside the team under review.").arg(key);
        if (!w.expiresOn.isValid())
            problems << tr("The waiver of %1 needs an expiry date: waivers are temporary.").arg(key);
        else if (w.expiresOn <= today)
            problems << tr("The waiver of %1 expires on %2, which is not in the future: choose a later date.")
                            .arg(key, w.expiresOn.toString(Qt::ISODate));
        break;
    }
    }
    return problems;
}

bool answerHolds(const OrrAnswer &answer, const QDate &today)
{
    switch (answer.state) {
    case AnswerState::Met:
    case AnswerState::NotApplicable:
        return true;
    case AnswerState::Waived:
        return answer.waiver && answer.waiver->expiresOn.isValid() && today <= answer.waiver->expiresOn;
    case AnswerState::Unanswered:
    case AnswerState::NotMet:
        return false;
    }
    return false;
}

SignOffSummary signOffSummary(const OrrReview &review, const QHash<Id, Axiom> &axioms, const QDate &today)
{
    SignOffSummary s;
    s.total = int(review.answers.size());
    for (const OrrAnswer &a : review.answers) {
        if (a.state != AnswerState::Unanswered)
            ++s.answered;
        if (a.state == AnswerState::Waived && a.waiver)
            (answerHolds(a, today) ? s.waivers : s.expiredWaivers).append(a);
        if (answerHolds(a, today))
            continue;
        s.notHolding.append(a);
        if (axioms.value(a.axiomId).launchBlocking)
            s.blocking.append(a);
    }
    return s;
}

} // namespace closeloop
