#include "coeworkflow.h"
#include "domain/translate.h"

#include <QCoreApplication>

#include <algorithm>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::CoeWorkflow", text);
}

// English plurals until catalogues exist: one text for one, one for many.
QString trn(const char *one, const char *many, int n)
{
    return QCoreApplication::translate("closeloop::CoeWorkflow", n == 1 ? one : many).arg(n);
}

Status requireStatus(const Coe &coe, CoeStatus expected, const QString &action)
{
    if (coe.status == expected)
        return {};
    return Error { tr("Only a COE that is %1 can be %2; this one is %3.")
                       .arg(enumLabel(expected).toLower(), action, enumLabel(coe.status).toLower()) };
}

} // namespace

const QList<ReviewQuestion> &reviewQuestions()
{
    static const QList<ReviewQuestion> questions {
        { "data_complete", QT_TRANSLATE_NOOP("closeloop::CoeWorkflow", "Is the data complete: timeline, times and metrics?") },
        { "impact_complete", QT_TRANSLATE_NOOP("closeloop::CoeWorkflow", "Is the customer impact and blast radius complete?") },
        { "root_cause_deep", QT_TRANSLATE_NOOP("closeloop::CoeWorkflow", "Does the Five Whys reach a cause the team can fix, not a person?") },
        { "actions_strong", QT_TRANSLATE_NOOP("closeloop::CoeWorkflow", "Are the action items strong enough, owned and prioritised?") },
    };
    return questions;
}

QString reviewQuestionText(const QString &key)
{
    for (const ReviewQuestion &q : reviewQuestions())
        if (key == QLatin1String(q.key))
            return QCoreApplication::translate("closeloop::CoeWorkflow", q.text);
    return key;
}

Status checkSubmit(const Coe &coe, const QList<ActionItem> &items, const QDateTime &nowUtc)
{
    if (auto s = requireStatus(coe, CoeStatus::Draft, tr("submitted for review")); !s)
        return s;
    const QList<CoeCheck> checks = completenessCheck(coe, items, nowUtc);
    const auto blocking = std::count_if(checks.cbegin(), checks.cend(), [](const CoeCheck &c) { return c.level == CoeCheck::Level::Blocking; });
    if (blocking > 0)
        return Error { trn("%1 finding must be fixed before review. It is listed by section; click it to go to the field.",
                           "%1 findings must be fixed before review. They are listed by section; click one to go to the field.", int(blocking)) };
    return {};
}

Status checkApprove(const Coe &coe, Id approverId, const QList<ReviewCheck> &answers)
{
    if (auto s = requireStatus(coe, CoeStatus::InReview, tr("approved")); !s)
        return s;
    if (coe.authorId && *coe.authorId == approverId)
        return Error { tr("You wrote this COE, so you cannot approve it. Another reviewer (bar raiser) has to.") };
    if (coe.reviewerId && *coe.reviewerId != approverId)
        return Error { tr("This COE is assigned to another reviewer. Only the assigned reviewer can approve it; "
                          "change the reviewer first if someone else will review it.") };
    for (const ReviewQuestion &q : reviewQuestions()) {
        const QString key = QString::fromLatin1(q.key);
        const auto it = std::find_if(answers.cbegin(), answers.cend(), [&key](const ReviewCheck &c) { return c.question == key; });
        if (it == answers.cend() || !it->passed)
            return Error { tr("Not approved: \"%1\" is not answered yes. Request changes with a note instead.")
                               .arg(reviewQuestionText(key)) };
    }
    return {};
}

Status checkRequestChanges(const Coe &coe, Id reviewerId, const QList<ReviewCheck> &answers)
{
    if (auto s = requireStatus(coe, CoeStatus::InReview, tr("sent back for changes")); !s)
        return s;
    if (coe.authorId && *coe.authorId == reviewerId)
        return Error { tr("You wrote this COE; to change it, ask the reviewer to send it back, or wait for the review.") };
    const bool noted = std::any_of(answers.cbegin(), answers.cend(), [](const ReviewCheck &c) { return !c.note.trimmed().isEmpty(); });
    if (!noted)
        return Error { tr("Write at least one note saying what needs to change.") };
    return {};
}

Status checkClose(const Coe &coe, const QList<ActionItem> &items)
{
    if (auto s = requireStatus(coe, CoeStatus::Approved, tr("closed")); !s)
        return s;
    QStringList open;
    for (const ActionItem &i : items) {
        if (i.isOpen())
            open << i.title;
        else if (i.status == ActionStatus::WontDo && i.statusReason.trimmed().isEmpty())
            open << i.title;
    }
    if (!open.isEmpty())
        return Error { trn("%1 action item is not done yet: ", "%1 action items are not done yet: ", int(open.size())) + open.join(QStringLiteral("; "))
                       + tr(". Finish them, or mark them \"won't do\" with a reason.") };
    return {};
}

} // namespace closeloop
