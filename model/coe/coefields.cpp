#include "coefields.h"

#include <QCoreApplication>

namespace closeloop {

namespace {

template <typename T>
QVariant optionalValue(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

template <typename T>
std::optional<T> toOptional(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    return v.value<T>();
}

} // namespace

const QList<CoeFieldInfo> &coeFields()
{
    using F = CoeField;
    using S = CoeSection;
    static const QList<CoeFieldInfo> fields {
        { F::Title, "title", QT_TRANSLATE_NOOP("closeloop::CoeField", "Title"), S::Header,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "One line that says what customers saw and what set it off, e.g. \"Checkout errors after a connection pool change\".") },
        { F::Service, "service", QT_TRANSLATE_NOOP("closeloop::CoeField", "Service"), S::Header,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "The service whose team owns this COE and its action items.") },
        { F::Severity, "severity", QT_TRANSLATE_NOOP("closeloop::CoeField", "Severity"), S::Header,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "1 is the most severe. When in doubt, pick the more severe level.") },
        { F::Category, "category", QT_TRANSLATE_NOOP("closeloop::CoeField", "Category"), S::Header,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "The kind of root cause (configuration, capacity, dependency…), for finding patterns across COEs.") },
        { F::Trigger, "trigger", QT_TRANSLATE_NOOP("closeloop::CoeField", "Trigger"), S::Header,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "The change or event that set the incident off (not its root cause).") },
        { F::Tags, "tags", QT_TRANSLATE_NOOP("closeloop::CoeField", "Tags"), S::Header,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "Words to find this COE by and group it with others, separated by commas.") },
        { F::Author, "author", QT_TRANSLATE_NOOP("closeloop::CoeField", "Author"), S::Header,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "Who writes the COE: usually someone from the team that owns the service.") },
        { F::Reviewer, "reviewer", QT_TRANSLATE_NOOP("closeloop::CoeField", "Reviewer"), S::Header,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "A senior engineer who is not the author approves the COE.") },
        { F::Summary, "summary", QT_TRANSLATE_NOOP("closeloop::CoeField", "Summary"), S::Summary,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "What happened, in a few sentences a reader from another team understands.") },
        { F::Impact, "impact", QT_TRANSLATE_NOOP("closeloop::CoeField", "Customer impact"), S::Summary,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "What customers experienced, with numbers: how many, for how long, what failed.") },
        { F::ImpactStart, "impact_start", QT_TRANSLATE_NOOP("closeloop::CoeField", "Start of impact"), S::Summary,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "When customers were first affected, in the incident's own time zone with its UTC offset.") },
        { F::Detected, "detected", QT_TRANSLATE_NOOP("closeloop::CoeField", "Detected"), S::Summary,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "When the team first knew: the alarm fired or the first customer report arrived.") },
        { F::Engaged, "engaged", QT_TRANSLATE_NOOP("closeloop::CoeField", "Engaged"), S::Summary,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "When an engineer started working on it.") },
        { F::Mitigated, "mitigated", QT_TRANSLATE_NOOP("closeloop::CoeField", "Mitigated"), S::Summary,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "When customers stopped being affected, even if the cause was still there.") },
        { F::Resolved, "resolved", QT_TRANSLATE_NOOP("closeloop::CoeField", "Resolved"), S::Summary,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "When the service was back to normal and the cause dealt with.") },
        { F::Timeline, "timeline", QT_TRANSLATE_NOOP("closeloop::CoeField", "Timeline"), S::Timeline,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "What happened and when, each entry with its time and what it was.") },
        { F::DetectionMethod, "detection_method", QT_TRANSLATE_NOOP("closeloop::CoeField", "Detection method"), S::Detection,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "How the team found out: an alarm, a customer, another team, by chance.") },
        { F::DetectionSource, "detection_source", QT_TRANSLATE_NOOP("closeloop::CoeField", "Alarm or report"), S::Detection,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "The alarm's name or the ticket that reported it.") },
        { F::HalveTtdAnswer, "halve_ttd_answer", QT_TRANSLATE_NOOP("closeloop::CoeField", "Detect in half the time"), S::Detection,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "How could the team have detected this in half the time? Name the alarm, metric or check.") },
        { F::HalveTtdNoActionReason, "halve_ttd_no_action_reason", QT_TRANSLATE_NOOP("closeloop::CoeField", "Why no action item is needed (detection)"), S::Detection,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "If halving the time to detect needs no action item, say why.") },
        { F::Resolution, "resolution", QT_TRANSLATE_NOOP("closeloop::CoeField", "What was done"), S::Resolution,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "What was done to mitigate and then resolve, in order.") },
        { F::RunbookUrl, "runbook_url", QT_TRANSLATE_NOOP("closeloop::CoeField", "Runbook used"), S::Resolution,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "The link to the runbook the engineers followed.") },
        { F::NoRunbook, "no_runbook", QT_TRANSLATE_NOOP("closeloop::CoeField", "No runbook existed"), S::Resolution,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "Tick when no runbook covered this; an action item to write one is proposed.") },
        { F::CustomersAffected, "customers_affected", QT_TRANSLATE_NOOP("closeloop::CoeField", "Customers affected"), S::BlastRadius,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "How many customers were affected, counted or estimated.") },
        { F::CustomersTotal, "customers_total", QT_TRANSLATE_NOOP("closeloop::CoeField", "All customers"), S::BlastRadius,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "How many customers use the service, so the share affected can be worked out.") },
        { F::FailedRequestShare, "failed_request_share", QT_TRANSLATE_NOOP("closeloop::CoeField", "Failed requests"), S::BlastRadius,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "The share of all requests in the impact window that failed.") },
        { F::BlastScopes, "blast_scopes", QT_TRANSLATE_NOOP("closeloop::CoeField", "Regions, AZs, cells and services"), S::BlastRadius,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "Where the impact was: each Region, Availability Zone, cell and dependent service.") },
        { F::DataLost, "data_lost", QT_TRANSLATE_NOOP("closeloop::CoeField", "Data lost"), S::BlastRadius,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "Tick if any customer data was lost or corrupted.") },
        { F::DataLossDetail, "data_loss_detail", QT_TRANSLATE_NOOP("closeloop::CoeField", "Data loss detail"), S::BlastRadius,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "What data was lost, how much, and whether it was recovered.") },
        { F::ImpactDuration, "impact_duration", QT_TRANSLATE_NOOP("closeloop::CoeField", "Duration of impact"), S::BlastRadius,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "Minutes of customer-visible impact, if different from start → resolved.") },
        { F::ImpactSeries, "impact_series", QT_TRANSLATE_NOOP("closeloop::CoeField", "Impact series"), S::BlastRadius,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "Measured impact over time (e.g. error rate per minute), for the chart and the report.") },
        { F::HalveBlastAnswer, "halve_blast_answer", QT_TRANSLATE_NOOP("closeloop::CoeField", "Halve the blast radius"), S::BlastRadius,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "How could half as many customers have been affected? Think cells, zones, staged rollout.") },
        { F::HalveBlastNoActionReason, "halve_blast_no_action_reason", QT_TRANSLATE_NOOP("closeloop::CoeField", "Why no action item is needed (blast radius)"), S::BlastRadius,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "If halving the blast radius needs no action item, say why.") },
        { F::Whys, "whys", QT_TRANSLATE_NOOP("closeloop::CoeField", "Five Whys"), S::Whys,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "Ask why until the answer is a condition of the system the team can fix; a person is never the root cause.") },
        { F::ActionItems, "action_items", QT_TRANSLATE_NOOP("closeloop::CoeField", "Action items"), S::ActionItems,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "What the team will change, each with an owner, a due date and the why it addresses.") },
        { F::Lessons, "lessons", QT_TRANSLATE_NOOP("closeloop::CoeField", "Lessons learned"), S::Lessons,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "What the team learned, including where it was lucky.") },
        { F::PreventingAxiom, "preventing_axiom", QT_TRANSLATE_NOOP("closeloop::CoeField", "Axiom that would have prevented this"), S::Lessons,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "If the team had met this ORR axiom, would the incident have happened?") },
        { F::NoAxiomExists, "no_axiom_exists", QT_TRANSLATE_NOOP("closeloop::CoeField", "No axiom exists"), S::Lessons,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "Tick when no ORR axiom would have prevented this; propose one below for the working group.") },
        { F::AxiomProposal, "axiom_proposal", QT_TRANSLATE_NOOP("closeloop::CoeField", "Proposed axiom"), S::Lessons,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "A checkable statement for the ORR that would have prevented this incident.") },
        { F::Notes, "notes", QT_TRANSLATE_NOOP("closeloop::CoeField", "Notes"), S::Lessons,
          QT_TRANSLATE_NOOP("closeloop::CoeField", "Anything else worth keeping with this COE: links, context, what an imported postmortem said that has no field here.") },
    };
    return fields;
}

const CoeFieldInfo &coeFieldInfo(CoeField field)
{
    // The table is in enum order; checked by tst_coefields.
    return coeFields().at(static_cast<qsizetype>(field));
}

std::optional<CoeField> coeFieldFromKey(const QString &key)
{
    for (const CoeFieldInfo &info : coeFields())
        if (key == QLatin1String(info.key))
            return info.field;
    return std::nullopt;
}

QString coeFieldLabel(CoeField field)
{
    return QCoreApplication::translate("closeloop::CoeField", coeFieldInfo(field).label);
}

QString coeFieldHelp(CoeField field)
{
    return QCoreApplication::translate("closeloop::CoeField", coeFieldInfo(field).help);
}

QString coeFieldKey(CoeField field)
{
    return QString::fromLatin1(coeFieldInfo(field).key);
}

const QList<CoeField> &impactWindowFields()
{
    static const QList<CoeField> fields { CoeField::ImpactStart, CoeField::Detected, CoeField::Engaged,
                                          CoeField::Mitigated, CoeField::Resolved };
    return fields;
}

QVariant coeFieldValue(const Coe &c, CoeField field)
{
    switch (field) {
    case CoeField::Title: return c.title;
    case CoeField::Service: return optionalValue(c.serviceId);
    case CoeField::Severity: return c.severity;
    case CoeField::Category: return c.category;
    case CoeField::Trigger: return c.trigger;
    case CoeField::Tags: return c.tags;
    case CoeField::Author: return optionalValue(c.authorId);
    case CoeField::Reviewer: return optionalValue(c.reviewerId);
    case CoeField::Summary: return c.summary;
    case CoeField::Impact: return c.impact;
    case CoeField::ImpactStart: return optionalValue(c.impactStart);
    case CoeField::Detected: return optionalValue(c.detected);
    case CoeField::Engaged: return optionalValue(c.engaged);
    case CoeField::Mitigated: return optionalValue(c.mitigated);
    case CoeField::Resolved: return optionalValue(c.resolved);
    case CoeField::Timeline: return QVariant::fromValue(c.timeline);
    case CoeField::DetectionMethod: return static_cast<int>(c.detectionMethod);
    case CoeField::DetectionSource: return c.detectionSource;
    case CoeField::HalveTtdAnswer: return c.halveTtdAnswer;
    case CoeField::HalveTtdNoActionReason: return c.halveTtdNoActionReason;
    case CoeField::Resolution: return c.resolution;
    case CoeField::RunbookUrl: return c.runbookUrl;
    case CoeField::NoRunbook: return c.noRunbook;
    case CoeField::CustomersAffected: return optionalValue(c.customersAffected);
    case CoeField::CustomersTotal: return optionalValue(c.customersTotal);
    case CoeField::FailedRequestShare: return optionalValue(c.failedRequestShare);
    case CoeField::BlastScopes: return QVariant::fromValue(c.blastScopes);
    case CoeField::DataLost: return c.dataLost;
    case CoeField::DataLossDetail: return c.dataLossDetail;
    case CoeField::ImpactDuration: return optionalValue(c.impactDurationMinutes);
    case CoeField::ImpactSeries: return QVariant::fromValue(c.impactSeries);
    case CoeField::HalveBlastAnswer: return c.halveBlastAnswer;
    case CoeField::HalveBlastNoActionReason: return c.halveBlastNoActionReason;
    case CoeField::Whys: return QVariant::fromValue(c.whys);
    case CoeField::ActionItems: return {};
    case CoeField::Lessons: return c.lessons;
    case CoeField::Notes: return c.notes;
    case CoeField::PreventingAxiom: return optionalValue(c.preventingAxiomId);
    case CoeField::NoAxiomExists: return c.noAxiomExists;
    case CoeField::AxiomProposal: return c.axiomProposal;
    }
    return {};
}

void setCoeFieldValue(Coe &c, CoeField field, const QVariant &v)
{
    switch (field) {
    case CoeField::Title: c.title = v.toString(); break;
    case CoeField::Service: c.serviceId = toOptional<Id>(v); break;
    case CoeField::Severity: c.severity = v.toInt(); break;
    case CoeField::Category: c.category = v.toString(); break;
    case CoeField::Trigger: c.trigger = v.toString(); break;
    case CoeField::Tags: c.tags = v.toStringList(); break;
    case CoeField::Author: c.authorId = toOptional<Id>(v); break;
    case CoeField::Reviewer: c.reviewerId = toOptional<Id>(v); break;
    case CoeField::Summary: c.summary = v.toString(); break;
    case CoeField::Impact: c.impact = v.toString(); break;
    case CoeField::ImpactStart: c.impactStart = toOptional<Instant>(v); break;
    case CoeField::Detected: c.detected = toOptional<Instant>(v); break;
    case CoeField::Engaged: c.engaged = toOptional<Instant>(v); break;
    case CoeField::Mitigated: c.mitigated = toOptional<Instant>(v); break;
    case CoeField::Resolved: c.resolved = toOptional<Instant>(v); break;
    case CoeField::Timeline: c.timeline = v.value<QList<TimelineEvent>>(); break;
    case CoeField::DetectionMethod: c.detectionMethod = static_cast<DetectionMethod>(v.toInt()); break;
    case CoeField::DetectionSource: c.detectionSource = v.toString(); break;
    case CoeField::HalveTtdAnswer: c.halveTtdAnswer = v.toString(); break;
    case CoeField::HalveTtdNoActionReason: c.halveTtdNoActionReason = v.toString(); break;
    case CoeField::Resolution: c.resolution = v.toString(); break;
    case CoeField::RunbookUrl: c.runbookUrl = v.toString(); break;
    case CoeField::NoRunbook: c.noRunbook = v.toBool(); break;
    case CoeField::CustomersAffected: c.customersAffected = toOptional<qint64>(v); break;
    case CoeField::CustomersTotal: c.customersTotal = toOptional<qint64>(v); break;
    case CoeField::FailedRequestShare: c.failedRequestShare = toOptional<double>(v); break;
    case CoeField::BlastScopes: c.blastScopes = v.value<QList<BlastScope>>(); break;
    case CoeField::DataLost: c.dataLost = v.toBool(); break;
    case CoeField::DataLossDetail: c.dataLossDetail = v.toString(); break;
    case CoeField::ImpactDuration: c.impactDurationMinutes = toOptional<qint64>(v); break;
    case CoeField::ImpactSeries: c.impactSeries = v.value<QList<ImpactSample>>(); break;
    case CoeField::HalveBlastAnswer: c.halveBlastAnswer = v.toString(); break;
    case CoeField::HalveBlastNoActionReason: c.halveBlastNoActionReason = v.toString(); break;
    case CoeField::Whys: c.whys = v.value<QList<WhyNode>>(); break;
    case CoeField::ActionItems: break;
    case CoeField::Lessons: c.lessons = v.toString(); break;
    case CoeField::Notes: c.notes = v.toString(); break;
    case CoeField::PreventingAxiom: c.preventingAxiomId = toOptional<Id>(v); break;
    case CoeField::NoAxiomExists: c.noAxiomExists = v.toBool(); break;
    case CoeField::AxiomProposal: c.axiomProposal = v.toString(); break;
    }
}

} // namespace closeloop
