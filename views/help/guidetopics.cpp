#include "guidetopics.h"

#include <QCoreApplication>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("closeloop::Guide", text);
}

} // namespace

QList<GuideTopic> guideTopics()
{
    return {
        { QStringLiteral("coe"), tr("What a COE is for"),
          tr("<p>A Correction of Error is the owning team's written analysis of an incident, large or small. "
             "It is blame-free: it looks for the conditions that let the problem happen and ends in changes the team "
             "will make. Senior reviewers read it, push back on weak answers and follow its action items until they "
             "are done.</p><p>Write it while memories are fresh; it can stay a draft until every section has an "
             "answer.</p>") },
        { QStringLiteral("header"), tr("1. Header"),
          tr("<p>Which service, how severe, who writes and who reviews. The severity and the tags are what the "
             "working group searches later, so choose them with that reader in mind.</p>") },
        { QStringLiteral("window"), tr("2. Summary and impact window"),
          tr("<p>What happened and what customers saw, in a few sentences a reader outside the team understands. "
             "The times (start of impact, detected, engaged, mitigated, resolved) give the time to detect, to mitigate "
             "and to resolve, all measured from the start of impact.</p>") },
        { QStringLiteral("timeline"), tr("3. Timeline"),
          tr("<p>The events in order, with times. A timeline shows where minutes were lost: waiting for a page, "
             "finding the right dashboard, deciding to roll back.</p>") },
        { QStringLiteral("detection"), tr("4. Detection, and detecting in half the time"),
          tr("<p>Who noticed first: an alarm, a person inside the company, or a customer. When a customer found it, "
             "monitoring was missing, and that gap becomes an action item of its own.</p><p>The form always asks how "
             "the problem could have been detected in half the time. The measured time to detect and its half are shown "
             "as the target: a tighter threshold, a new metric, a canary.</p>") },
        { QStringLiteral("resolution"), tr("5. Resolution"),
          tr("<p>How the impact was mitigated and then resolved, and which runbook was used, or that none existed. "
             "A missing or wrong runbook is a finding, not a failing of the people on call.</p>") },
        { QStringLiteral("blast"), tr("6. Blast radius, and halving it"),
          tr("<p>Who and what was affected: customers, the share of failed requests, regions and Availability Zones, "
             "dependent services, and for how long. A partial failure is never simply \"down\": enter the impact over "
             "time against a baseline of the traffic expected, and availability is the successful traffic divided by "
             "that baseline.</p><p>Then the second thought experiment: how could the impact have been cut in half? "
             "Fewer customers reached (cells, shuffle sharding, zonal isolation) or a faster recovery.</p>") },
        { QStringLiteral("whys"), tr("7. Five Whys"),
          tr("<p>Ask why, and why again, until the answer is a condition of the system the team can change. A person "
             "is never the root cause: \"an engineer ran the script with the wrong parameter\" goes on to why the wrong "
             "parameter was accepted and why the step was manual. Stopping at a name or at \"operator error\" teaches "
             "nothing and teaches people to hide what happened next time.</p><p>Closeloop underlines answers that name "
             "a person or blame; a reviewer can accept one with a reason.</p>") },
        { QStringLiteral("actions"), tr("8. Action items"),
          tr("<p>Each action has an owner, a due date, a priority and a link to the team's backlog, and is followed "
             "until done. Strong actions change the system: automation, guardrails, validation, alarms. Weak ones ask "
             "people to be more careful; Closeloop marks them so that reviewers ask for more.</p>") },
        { QStringLiteral("lessons"), tr("9. Lessons learned"),
          tr("<p>What other teams should take from this, with the category and tags that let the working group find "
             "the pattern when it happens again somewhere else.</p>") },
        { QStringLiteral("orr"), tr("Operational Readiness Reviews"),
          tr("<p>Before a service launches, and every year after, its team answers each axiom of the library with "
             "evidence: met; not met, which becomes an action item; not applicable, with a reason; or waived, with a "
             "reason, an approver and an expiry date.</p><p>Reviews are kept, so a reviewer sees what changed since last "
             "year, and the next review starts from a copy of this one.</p>") },
        { QStringLiteral("axioms"), tr("Axioms"),
          tr("<p>An axiom is a statement that can be checked, with guidance and the evidence expected, such as keeping "
             "at least half of peak capacity in each of three Availability Zones, so that losing any one leaves enough. "
             "New axioms come from what COEs teach, and each remembers the COEs that motivated it.</p>") },
        { QStringLiteral("workinggroup"), tr("The safety working group"),
          tr("<p>The working group reads COEs side by side, looks for causes that repeat, and turns each pattern into "
             "a new ORR axiom or an automated check in the deployment pipeline: the loop from failure back to "
             "practice.</p>") },
        { QStringLiteral("weekly"), tr("The weekly operations review"),
          tr("<p>Leaders of every service team meet each week: quick wins, the instructive COEs of the week, and two "
             "teams picked at random by the wheel, who present their metrics to senior engineers.</p>") },
    };
}

} // namespace closeloop
