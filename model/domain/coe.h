#pragma once

#include "enumtable.h"
#include "ids.h"
#include "instant.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace closeloop {

enum class CoeStatus { Draft, InReview, Approved, Closed };
CLOSELOOP_ENUM_TABLE(CoeStatus,
    { CoeStatus::Draft, "draft", QT_TRANSLATE_NOOP("closeloop::Enum", "Draft") },
    { CoeStatus::InReview, "in_review", QT_TRANSLATE_NOOP("closeloop::Enum", "In review") },
    { CoeStatus::Approved, "approved", QT_TRANSLATE_NOOP("closeloop::Enum", "Approved") },
    { CoeStatus::Closed, "closed", QT_TRANSLATE_NOOP("closeloop::Enum", "Closed") })

enum class DetectionMethod { Unknown, Alarm, AutomatedCheck, InternalReport, CustomerReport, Other };
CLOSELOOP_ENUM_TABLE(DetectionMethod,
    { DetectionMethod::Unknown, "", QT_TRANSLATE_NOOP("closeloop::Enum", "Not yet known") },
    { DetectionMethod::Alarm, "alarm", QT_TRANSLATE_NOOP("closeloop::Enum", "Alarm") },
    { DetectionMethod::AutomatedCheck, "automated_check", QT_TRANSLATE_NOOP("closeloop::Enum", "Automated check") },
    { DetectionMethod::InternalReport, "internal_report", QT_TRANSLATE_NOOP("closeloop::Enum", "Internal report") },
    { DetectionMethod::CustomerReport, "customer_report", QT_TRANSLATE_NOOP("closeloop::Enum", "Customer report") },
    { DetectionMethod::Other, "other", QT_TRANSLATE_NOOP("closeloop::Enum", "Other") })

enum class TimelineKind { Event, Alarm, Deployment, ConfigChange, Escalation, Mitigation, Communication, Observation };
CLOSELOOP_ENUM_TABLE(TimelineKind,
    { TimelineKind::Event, "event", QT_TRANSLATE_NOOP("closeloop::Enum", "Event") },
    { TimelineKind::Alarm, "alarm", QT_TRANSLATE_NOOP("closeloop::Enum", "Alarm") },
    { TimelineKind::Deployment, "deployment", QT_TRANSLATE_NOOP("closeloop::Enum", "Deployment") },
    { TimelineKind::ConfigChange, "config_change", QT_TRANSLATE_NOOP("closeloop::Enum", "Configuration change") },
    { TimelineKind::Escalation, "escalation", QT_TRANSLATE_NOOP("closeloop::Enum", "Escalation") },
    { TimelineKind::Mitigation, "mitigation", QT_TRANSLATE_NOOP("closeloop::Enum", "Mitigation") },
    { TimelineKind::Communication, "communication", QT_TRANSLATE_NOOP("closeloop::Enum", "Communication") },
    { TimelineKind::Observation, "observation", QT_TRANSLATE_NOOP("closeloop::Enum", "Observation") })

enum class BlastScopeKind { Region, AvailabilityZone, Cell, DependentService };
CLOSELOOP_ENUM_TABLE(BlastScopeKind,
    { BlastScopeKind::Region, "region", QT_TRANSLATE_NOOP("closeloop::Enum", "Region") },
    { BlastScopeKind::AvailabilityZone, "az", QT_TRANSLATE_NOOP("closeloop::Enum", "Availability Zone") },
    { BlastScopeKind::Cell, "cell", QT_TRANSLATE_NOOP("closeloop::Enum", "Cell") },
    { BlastScopeKind::DependentService, "service", QT_TRANSLATE_NOOP("closeloop::Enum", "Dependent service") })

struct TimelineEvent {
    Id id = 0;
    Instant at;
    TimelineKind kind = TimelineKind::Event;
    QString text;
    QString evidenceUrl;
    friend bool operator==(const TimelineEvent &, const TimelineEvent &) = default;
};

// One answer in the Five Whys tree. Answers whose parentId is empty answer the
// first "why?" about the incident; a node without children is a root cause.
struct WhyNode {
    Id id = 0;
    OptionalId parentId;
    int position = 0;
    QString question;
    QString answer;
    QString overrideReason; // a reviewer's written reason to accept a flagged answer
    OptionalId overrideBy;
    friend bool operator==(const WhyNode &, const WhyNode &) = default;
};

// Traffic in one interval of the impact window: what would have arrived
// (the baseline) and what succeeded.
struct ImpactSample {
    QDateTime at; // UTC
    double expected = 0;
    double successful = 0;
    friend bool operator==(const ImpactSample &, const ImpactSample &) = default;
};

struct BlastScope {
    BlastScopeKind kind = BlastScopeKind::Region;
    QString name;
    friend bool operator==(const BlastScope &, const BlastScope &) = default;
};

// A bar raiser's answer to one review question ("data complete?", ...).
struct ReviewCheck {
    QString question; // stable key
    bool passed = false;
    QString note;
    OptionalId reviewerId;
    QDateTime answeredAt;
    friend bool operator==(const ReviewCheck &, const ReviewCheck &) = default;
};

struct Coe {
    Id id = 0;
    int revision = 0;

    // Header
    QString title;
    OptionalId serviceId;
    int severity = 3; // 1 (critical) .. 5 (no customer impact)
    QString category;
    QString trigger;
    QStringList tags;
    CoeStatus status = CoeStatus::Draft;
    OptionalId authorId;
    OptionalId reviewerId;

    // Summary and impact window
    QString summary;
    QString impact;
    std::optional<Instant> impactStart;
    std::optional<Instant> detected;
    std::optional<Instant> engaged;
    std::optional<Instant> mitigated;
    std::optional<Instant> resolved;

    // Detection and "halve the time to detect"
    DetectionMethod detectionMethod = DetectionMethod::Unknown;
    QString detectionSource;
    QString halveTtdAnswer;
    QString halveTtdNoActionReason;

    // Resolution
    QString resolution;
    QString runbookUrl;
    bool noRunbook = false;

    // Blast radius and "halve the blast radius"
    std::optional<qint64> customersAffected;
    std::optional<qint64> customersTotal;
    std::optional<double> failedRequestShare; // 0..1
    QList<BlastScope> blastScopes;
    bool dataLost = false;
    QString dataLossDetail;
    std::optional<qint64> impactDurationMinutes;
    QString halveBlastAnswer;
    QString halveBlastNoActionReason;

    // Lessons and the link back to ORR practice
    QString lessons;
    QString notes; // what an import did not recognise, kept as written
    OptionalId preventingAxiomId;
    bool noAxiomExists = false;
    QString axiomProposal;

    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime submittedAt;
    QDateTime approvedAt;
    QDateTime closedAt;

    QList<TimelineEvent> timeline;
    QList<WhyNode> whys;
    QList<ImpactSample> impactSeries;
    QList<ReviewCheck> reviewChecks;

    friend bool operator==(const Coe &, const Coe &) = default;
};

// What a list needs to show a COE without loading every section.
struct CoeSummary {
    Id id = 0;
    QString title;
    QString serviceName;
    int severity = 3;
    CoeStatus status = CoeStatus::Draft;
    std::optional<Instant> impactStart;
    QString authorName;
    int openActionItems = 0;
    QDateTime updatedAt;
};

} // namespace closeloop
