#include "coechecks.h"
#include "domain/translate.h"

#include "actions/actionrules.h"
#include "answerrules.h"
#include "coemetrics.h"
#include "whychecks.h"

#include <QCoreApplication>

#include <algorithm>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::CoeChecks", text);
}

using Level = CoeCheck::Level;

void add(QList<CoeCheck> &out, CoeField field, const QString &message, Level level = Level::Blocking)
{
    out.append({ coeFieldInfo(field).section, field, level, message });
}

const std::optional<Instant> &instantOf(const Coe &c, CoeField f)
{
    switch (f) {
    case CoeField::ImpactStart: return c.impactStart;
    case CoeField::Detected: return c.detected;
    case CoeField::Engaged: return c.engaged;
    case CoeField::Mitigated: return c.mitigated;
    default: return c.resolved;
    }
}

bool hasItemFor(const QList<ActionItem> &items, ActionTarget target)
{
    return std::any_of(items.cbegin(), items.cend(), [target](const ActionItem &i) { return i.addresses == target; });
}

void checkOrder(const Coe &c, QList<CoeCheck> &out)
{
    // Pairs that must not be inverted. Engagement may come after mitigation
    // (a self-healing incident), so it is only held between detection and
    // resolution.
    struct Pair { CoeField earlier; CoeField later; };
    static const Pair pairs[] = {
        { CoeField::ImpactStart, CoeField::Detected }, { CoeField::Detected, CoeField::Mitigated },
        { CoeField::Mitigated, CoeField::Resolved },   { CoeField::ImpactStart, CoeField::Mitigated },
        { CoeField::ImpactStart, CoeField::Resolved }, { CoeField::Detected, CoeField::Resolved },
        { CoeField::Detected, CoeField::Engaged },     { CoeField::Engaged, CoeField::Resolved },
    };
    QList<CoeField> flagged;
    for (const Pair &p : pairs) {
        const auto &a = instantOf(c, p.earlier);
        const auto &b = instantOf(c, p.later);
        if (!a || !b || a->utc <= b->utc || flagged.contains(p.later))
            continue;
        flagged << p.later;
        add(out, p.later, tr("%1 is %2 before %3. The impact window runs start → detected → mitigated → resolved; "
                             "check the times and their UTC offsets.")
                              .arg(coeFieldLabel(p.later), formatDuration(b->utc.secsTo(a->utc)), coeFieldLabel(p.earlier).toLower()));
    }
}

void checkThoughtExperiment(const Coe &c, const QList<ActionItem> &items, QList<CoeCheck> &out, ThoughtExperiment which)
{
    const bool ttd = which == ThoughtExperiment::HalveTtd;
    const QString &answer = ttd ? c.halveTtdAnswer : c.halveBlastAnswer;
    const QString &reason = ttd ? c.halveTtdNoActionReason : c.halveBlastNoActionReason;
    const CoeField answerField = ttd ? CoeField::HalveTtdAnswer : CoeField::HalveBlastAnswer;
    const AnswerCheck check = checkThoughtExperimentAnswer(which, answer);
    if (!check.ok) {
        add(out, answerField, check.message);
        return;
    }
    if (!hasItemFor(items, ttd ? ActionTarget::HalveTtd : ActionTarget::HalveBlastRadius) && reason.trimmed().isEmpty())
        add(out, ttd ? CoeField::HalveTtdNoActionReason : CoeField::HalveBlastNoActionReason,
            ttd ? tr("Link the detection answer to an action item (\"Addresses: halve time to detect\"), "
                     "or have the reviewer record why none is needed.")
                : tr("Link the blast-radius answer to an action item (\"Addresses: halve blast radius\"), "
                     "or have the reviewer record why none is needed."));
}

void required(QList<CoeCheck> &out, CoeField field, bool given, const QString &message)
{
    if (!given)
        add(out, field, message);
}

// A root cause that blames a person blocks the review until someone asks
// the next why, or a reviewer accepts it with a written reason; blame in
// the middle of a chain is pointed out but allowed.
void checkWhys(const Coe &c, QList<CoeCheck> &out)
{
    static const BlameLinter linter;
    const QList<WhyFinding> findings = lintWhys(c.whys, linter);
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const WhyFinding &f = findings[i];
        const QString answer = c.whys[i].answer.simplified();
        const QString quoted = answer.size() > 60 ? answer.left(59) + QChar(0x2026) : answer;
        if (answer.isEmpty()) {
            if (f.leaf)
                add(out, CoeField::Whys, tr("A why is still unanswered: answer it or remove it."));
            continue;
        }
        if (f.lint.verdict != LintVerdict::Blame || f.overridden)
            continue;
        if (f.leaf)
            add(out, CoeField::Whys, tr("The root cause \u201C%1\u201D blames a person. Ask the next why: %2").arg(quoted, f.lint.reframe));
        else
            add(out, CoeField::Whys, tr("\u201C%1\u201D: describe the action and the conditions, not the person.").arg(quoted), Level::Advice);
    }
}

} // namespace

QList<CoeCheck> validateCoeFields(const Coe &c, const QDateTime &nowUtc)
{
    QList<CoeCheck> out;
    if (c.title.size() > 200)
        add(out, CoeField::Title, tr("The title has %1 characters; keep it under 200 so lists stay readable. "
                                     "Move the detail into the summary.").arg(c.title.size()));
    for (CoeField f : impactWindowFields()) {
        const auto &t = instantOf(c, f);
        if (t && t->utc > nowUtc.addSecs(60))
            add(out, f, tr("%1 is in the future. Check the date and the UTC offset.").arg(coeFieldLabel(f)));
    }
    checkOrder(c, out);
    for (const TimelineEvent &e : c.timeline)
        if (e.at.utc > nowUtc.addSecs(60)) {
            add(out, CoeField::Timeline, tr("A timeline event (%1) is in the future.").arg(e.text.left(40)));
            break;
        }
    if (c.customersAffected && *c.customersAffected < 0)
        add(out, CoeField::CustomersAffected, tr("The number of customers affected cannot be negative."));
    if (c.customersAffected && c.customersTotal && *c.customersAffected > *c.customersTotal)
        add(out, CoeField::CustomersAffected, tr("More customers affected (%1) than there are customers (%2).")
                                                  .arg(*c.customersAffected).arg(*c.customersTotal));
    if (c.failedRequestShare && (*c.failedRequestShare < 0 || *c.failedRequestShare > 1))
        add(out, CoeField::FailedRequestShare, tr("The share of failed requests must be between 0% and 100%."));
    if (c.impactDurationMinutes && *c.impactDurationMinutes < 0)
        add(out, CoeField::ImpactDuration, tr("A duration cannot be negative."));
    return out;
}

QList<CoeCheck> completenessCheck(const Coe &c, const QList<ActionItem> &items, const QDateTime &nowUtc)
{
    QList<CoeCheck> out = validateCoeFields(c, nowUtc);

    required(out, CoeField::Title, !c.title.trimmed().isEmpty(), tr("Give the COE a title."));
    required(out, CoeField::Service, c.serviceId.has_value(), tr("Name the service that had the incident."));
    required(out, CoeField::Author, c.authorId.has_value(), tr("Name the author."));
    required(out, CoeField::Reviewer, c.reviewerId.has_value(), tr("Assign a reviewer (bar raiser) who is not the author."));
    if (c.authorId && c.reviewerId && *c.authorId == *c.reviewerId)
        add(out, CoeField::Reviewer, tr("The reviewer is the author. A COE is reviewed by someone else."));
    if (c.category.trimmed().isEmpty())
        add(out, CoeField::Category, tr("A category lets the working group find patterns later."), Level::Advice);

    required(out, CoeField::Summary, !c.summary.trimmed().isEmpty(), tr("Write the summary: what happened, to which service, how bad."));
    required(out, CoeField::Impact, !c.impact.trimmed().isEmpty(), tr("Describe the impact on customers."));
    for (CoeField f : impactWindowFields())
        required(out, f, instantOf(c, f).has_value(), tr("%1: enter the time, with its UTC offset.").arg(coeFieldLabel(f)));

    if (c.timeline.isEmpty())
        add(out, CoeField::Timeline, tr("Add the timeline: the events from before the impact started until it was resolved."));

    required(out, CoeField::DetectionMethod, c.detectionMethod != DetectionMethod::Unknown,
             tr("Say how the problem was detected: alarm, automated check, internal report or customer report."));
    if (c.detectionMethod != DetectionMethod::Unknown && c.detectionMethod != DetectionMethod::Other)
        required(out, CoeField::DetectionSource, !c.detectionSource.trimmed().isEmpty(), tr("Name the alarm or report that detected it."));
    if (c.detectionMethod == DetectionMethod::CustomerReport && !hasItemFor(items, ActionTarget::DetectionGap))
        add(out, CoeField::ActionItems, tr("A customer found this before our monitoring did: add an action item for the missing monitoring."));
    checkThoughtExperiment(c, items, out, ThoughtExperiment::HalveTtd);

    required(out, CoeField::Resolution, !c.resolution.trimmed().isEmpty(), tr("Describe how the impact was mitigated and resolved."));
    if (c.runbookUrl.trimmed().isEmpty() && !c.noRunbook)
        add(out, CoeField::RunbookUrl, tr("Link the runbook that was used, or tick \"No runbook existed\"."));
    if (c.noRunbook && !hasItemFor(items, ActionTarget::RunbookGap))
        add(out, CoeField::ActionItems, tr("No runbook existed: add an action item to write one."));

    required(out, CoeField::CustomersAffected, c.customersAffected.has_value(), tr("How many customers were affected? Enter 0 if none."));
    required(out, CoeField::FailedRequestShare, c.failedRequestShare.has_value() || !c.impactSeries.isEmpty(),
             tr("Enter the share of failed requests, or an impact series to compute it from."));
    if (c.blastScopes.isEmpty())
        add(out, CoeField::BlastScopes, tr("List the regions, Availability Zones, cells or services affected."), Level::Advice);
    if (c.dataLost && c.dataLossDetail.trimmed().isEmpty())
        add(out, CoeField::DataLossDetail, tr("Data was lost: say what, how much, and whether it was recovered."));
    checkThoughtExperiment(c, items, out, ThoughtExperiment::HalveBlastRadius);

    const bool anyWhy = std::any_of(c.whys.cbegin(), c.whys.cend(), [](const WhyNode &w) { return !w.answer.trimmed().isEmpty(); });
    required(out, CoeField::Whys, anyWhy, tr("Ask why until the answer is a condition of the system the team can fix."));
    checkWhys(c, out);

    if (items.isEmpty())
        add(out, CoeField::ActionItems, tr("Add the action items that stop this from happening again."));
    for (const ActionItem &i : items) {
        if (!i.ownerId)
            add(out, CoeField::ActionItems, tr("Action item \"%1\" has no owner.").arg(i.title.left(60)));
        if (!i.due)
            add(out, CoeField::ActionItems, tr("Action item \"%1\" has no due date.").arg(i.title.left(60)));
        if (const ActionabilityCheck a = checkActionable(i.title); !a.ok)
            add(out, CoeField::ActionItems, tr("Action item \"%1\": %2").arg(i.title.left(60), a.message), Level::Advice);
    }
    // Root causes fixed only by asking people to be careful are not fixed.
    QList<ActionItem> rootCauseItems;
    std::copy_if(items.cbegin(), items.cend(), std::back_inserter(rootCauseItems),
                 [](const ActionItem &i) { return i.addresses == ActionTarget::RootCause && i.status != ActionStatus::WontDo; });
    if (!rootCauseItems.isEmpty()
        && std::all_of(rootCauseItems.cbegin(), rootCauseItems.cend(), [](const ActionItem &i) { return classifyStrength(i).strength == ActionStrength::Weak; }))
        add(out, CoeField::ActionItems, tr("The root causes are addressed only by weak items (training, documentation, reminders). "
                                           "Add one that changes the system: a guardrail, a validation, automation or an alarm."));

    required(out, CoeField::Lessons, !c.lessons.trimmed().isEmpty(), tr("Write down what the team learned."));
    if (!c.preventingAxiomId && !c.noAxiomExists)
        add(out, CoeField::PreventingAxiom, tr("Would an existing ORR axiom have prevented this? Pick one, or tick \"No axiom exists\"."));
    if (c.noAxiomExists && c.axiomProposal.trimmed().isEmpty())
        add(out, CoeField::AxiomProposal, tr("Propose the axiom that would have prevented this; the working group will see it."));

    std::stable_sort(out.begin(), out.end(), [](const CoeCheck &a, const CoeCheck &b) {
        return std::pair(int(a.section), int(a.field)) < std::pair(int(b.section), int(b.field));
    });
    return out;
}

bool hasBlocking(const QList<CoeCheck> &checks)
{
    return std::any_of(checks.cbegin(), checks.cend(), [](const CoeCheck &c) { return c.level == Level::Blocking; });
}

QList<ActionItem> proposedActionItems(const Coe &c, const QList<ActionItem> &items)
{
    QList<ActionItem> proposals;
    if (c.detectionMethod == DetectionMethod::CustomerReport && !hasItemFor(items, ActionTarget::DetectionGap)) {
        ActionItem i;
        i.title = tr("Add an alarm that detects this failure before customers report it");
        i.type = ActionType::Detect;
        i.priority = 1;
        i.addresses = ActionTarget::DetectionGap;
        proposals << i;
    }
    if (c.noRunbook && !hasItemFor(items, ActionTarget::RunbookGap)) {
        ActionItem i;
        i.title = tr("Write and test a runbook for mitigating this failure");
        i.type = ActionType::Mitigate;
        i.priority = 2;
        i.addresses = ActionTarget::RunbookGap;
        proposals << i;
    }
    return proposals;
}

} // namespace closeloop
