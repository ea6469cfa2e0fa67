#pragma once

#include "enumtable.h"
#include "ids.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace closeloop {

enum class CheckKind { YesNo, Calculator, Recency, Coverage };
CLOSELOOP_ENUM_TABLE(CheckKind,
    { CheckKind::YesNo, "yes_no", QT_TRANSLATE_NOOP("closeloop::Enum", "Yes/no with evidence") },
    { CheckKind::Calculator, "calculator", QT_TRANSLATE_NOOP("closeloop::Enum", "Calculator") },
    { CheckKind::Recency, "recency", QT_TRANSLATE_NOOP("closeloop::Enum", "Date / recency") },
    { CheckKind::Coverage, "coverage", QT_TRANSLATE_NOOP("closeloop::Enum", "Coverage ratio") })

enum class ReviewKind { PreLaunch, Annual, MajorChange, PostIncident };
CLOSELOOP_ENUM_TABLE(ReviewKind,
    { ReviewKind::PreLaunch, "pre_launch", QT_TRANSLATE_NOOP("closeloop::Enum", "Pre-launch") },
    { ReviewKind::Annual, "annual", QT_TRANSLATE_NOOP("closeloop::Enum", "Annual recertification") },
    { ReviewKind::MajorChange, "major_change", QT_TRANSLATE_NOOP("closeloop::Enum", "After a major change") },
    { ReviewKind::PostIncident, "post_incident", QT_TRANSLATE_NOOP("closeloop::Enum", "After an incident") })

enum class ReviewStatus { InProgress, SignedOff };
CLOSELOOP_ENUM_TABLE(ReviewStatus,
    { ReviewStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("closeloop::Enum", "In progress") },
    { ReviewStatus::SignedOff, "signed_off", QT_TRANSLATE_NOOP("closeloop::Enum", "Signed off") })

enum class ReviewDecision { Pending, Go, NoGo };
CLOSELOOP_ENUM_TABLE(ReviewDecision,
    { ReviewDecision::Pending, "", QT_TRANSLATE_NOOP("closeloop::Enum", "Pending") },
    { ReviewDecision::Go, "go", QT_TRANSLATE_NOOP("closeloop::Enum", "Go") },
    { ReviewDecision::NoGo, "no_go", QT_TRANSLATE_NOOP("closeloop::Enum", "No go") })

enum class AnswerState { Unanswered, Met, NotMet, NotApplicable, Waived };
CLOSELOOP_ENUM_TABLE(AnswerState,
    { AnswerState::Unanswered, "unanswered", QT_TRANSLATE_NOOP("closeloop::Enum", "Unanswered") },
    { AnswerState::Met, "met", QT_TRANSLATE_NOOP("closeloop::Enum", "Met") },
    { AnswerState::NotMet, "not_met", QT_TRANSLATE_NOOP("closeloop::Enum", "Not met") },
    { AnswerState::NotApplicable, "not_applicable", QT_TRANSLATE_NOOP("closeloop::Enum", "Not applicable") },
    { AnswerState::Waived, "waived", QT_TRANSLATE_NOOP("closeloop::Enum", "Waived") })

enum class EvidenceKind { Text, Link, File };
CLOSELOOP_ENUM_TABLE(EvidenceKind,
    { EvidenceKind::Text, "text", QT_TRANSLATE_NOOP("closeloop::Enum", "Text") },
    { EvidenceKind::Link, "link", QT_TRANSLATE_NOOP("closeloop::Enum", "Link") },
    { EvidenceKind::File, "file", QT_TRANSLATE_NOOP("closeloop::Enum", "File") })

struct AxiomSet {
    Id id = 0;
    int revision = 0;
    QString key; // stable, e.g. "closeloop-core"
    QString name;
    QString description;
    QString version;
};

// One version of an axiom. Editing an axiom stores a new row with the next
// version; reviews keep pointing at the version they answered.
struct Axiom {
    Id id = 0;
    int revision = 0;
    Id setId = 0;
    QString key; // e.g. "CAP-1", stable across versions
    int version = 1;
    QString area;
    QString statement;
    QString rationale;
    QString guidance;
    QString evidenceExpected;
    bool launchBlocking = false;
    QString applicability; // service tiers it applies to, e.g. "1,2"; empty = all
    std::optional<int> maxEvidenceAgeDays;
    CheckKind checkKind = CheckKind::YesNo;
    QString calculator; // calculator id when checkKind is Calculator
    QString calculatorInputs; // JSON describing the inputs the calculator needs
    bool current = true;
    QList<Id> motivatingCoeIds;
    friend bool operator==(const Axiom &, const Axiom &) = default;
};

struct Evidence {
    Id id = 0;
    EvidenceKind kind = EvidenceKind::Text;
    QString text;
    QString url;
    QString fileName;
    QString sha256;
    QByteArray data;
    std::optional<QDate> collectedOn;
    QDateTime addedAt;
};

struct Waiver {
    Id id = 0;
    QString reason;
    Id approverId = 0;
    QDate expiresOn;
    QString compensatingControls;
    QDateTime createdAt;
};

struct OrrAnswer {
    Id id = 0;
    Id axiomId = 0;
    AnswerState state = AnswerState::Unanswered;
    QString notes;
    QString naReason;
    QString calculatorInputs; // JSON of the numbers entered
    QDateTime answeredAt;
    OptionalId answeredBy;
    QList<Evidence> evidence;
    std::optional<Waiver> waiver;
};

struct OrrReview {
    Id id = 0;
    int revision = 0;
    Id serviceId = 0;
    Id setId = 0;
    ReviewKind kind = ReviewKind::PreLaunch;
    ReviewStatus status = ReviewStatus::InProgress;
    OptionalId reviewerId;
    QDate reviewDate;
    ReviewDecision decision = ReviewDecision::Pending;
    OptionalId decisionOwnerId;
    QString decisionNotes;
    QDateTime signedAt;
    // JSON written at sign-off: the launch-blocking axioms that did not
    // hold and the waivers accepted, as they were then.
    QString signOffRecord;
    OptionalId previousReviewId;
    QList<Id> participantIds;
    QList<OrrAnswer> answers;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct OrrReviewSummary {
    Id id = 0;
    Id serviceId = 0;
    OptionalId previousReviewId;
    QString serviceName;
    ReviewKind kind = ReviewKind::PreLaunch;
    ReviewStatus status = ReviewStatus::InProgress;
    ReviewDecision decision = ReviewDecision::Pending;
    QDate reviewDate;
    QString reviewerName;
    int answered = 0;
    int total = 0;
};

} // namespace closeloop
