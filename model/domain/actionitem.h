#pragma once

#include "enumtable.h"
#include "ids.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace closeloop {

enum class ActionStatus { Open, InProgress, Done, WontDo };
CLOSELOOP_ENUM_TABLE(ActionStatus,
    { ActionStatus::Open, "open", QT_TRANSLATE_NOOP("closeloop::Enum", "Open") },
    { ActionStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("closeloop::Enum", "In progress") },
    { ActionStatus::Done, "done", QT_TRANSLATE_NOOP("closeloop::Enum", "Done") },
    { ActionStatus::WontDo, "wont_do", QT_TRANSLATE_NOOP("closeloop::Enum", "Won't do") })

enum class ActionType { Prevent, Detect, Mitigate, Process };
CLOSELOOP_ENUM_TABLE(ActionType,
    { ActionType::Prevent, "prevent", QT_TRANSLATE_NOOP("closeloop::Enum", "Prevent") },
    { ActionType::Detect, "detect", QT_TRANSLATE_NOOP("closeloop::Enum", "Detect") },
    { ActionType::Mitigate, "mitigate", QT_TRANSLATE_NOOP("closeloop::Enum", "Mitigate") },
    { ActionType::Process, "process", QT_TRANSLATE_NOOP("closeloop::Enum", "Process") })

// Where an action item came from. Exactly one source per item.
enum class ActionSource { Coe, OrrAnswer, Finding };
CLOSELOOP_ENUM_TABLE(ActionSource,
    { ActionSource::Coe, "coe", QT_TRANSLATE_NOOP("closeloop::Enum", "COE") },
    { ActionSource::OrrAnswer, "orr", QT_TRANSLATE_NOOP("closeloop::Enum", "ORR") },
    { ActionSource::Finding, "finding", QT_TRANSLATE_NOOP("closeloop::Enum", "Finding") })

// What in the source the item addresses.
enum class ActionTarget { General, HalveTtd, HalveBlastRadius, RootCause, DetectionGap, RunbookGap, AxiomNotMet };
CLOSELOOP_ENUM_TABLE(ActionTarget,
    { ActionTarget::General, "", QT_TRANSLATE_NOOP("closeloop::Enum", "General") },
    { ActionTarget::HalveTtd, "halve_ttd", QT_TRANSLATE_NOOP("closeloop::Enum", "Halve time to detect") },
    { ActionTarget::HalveBlastRadius, "halve_blast_radius", QT_TRANSLATE_NOOP("closeloop::Enum", "Halve blast radius") },
    { ActionTarget::RootCause, "root_cause", QT_TRANSLATE_NOOP("closeloop::Enum", "Root cause") },
    { ActionTarget::DetectionGap, "detection_gap", QT_TRANSLATE_NOOP("closeloop::Enum", "Monitoring gap") },
    { ActionTarget::RunbookGap, "runbook_gap", QT_TRANSLATE_NOOP("closeloop::Enum", "Missing runbook") },
    { ActionTarget::AxiomNotMet, "axiom_not_met", QT_TRANSLATE_NOOP("closeloop::Enum", "Axiom not met") })

struct ActionItem {
    Id id = 0;
    int revision = 0;
    QString title;
    QString description;
    OptionalId ownerId;
    std::optional<QDate> due;
    int priority = 2; // P0..P3
    ActionStatus status = ActionStatus::Open;
    QString statusReason; // required for "won't do"
    ActionType type = ActionType::Prevent;
    QString trackerRef; // URL or key in the team's tracker
    std::optional<QDate> doneOn;
    QString closureEvidence;
    ActionSource source = ActionSource::Coe;
    Id sourceId = 0;
    ActionTarget addresses = ActionTarget::General;
    OptionalId whyId;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isOpen() const { return status == ActionStatus::Open || status == ActionStatus::InProgress; }
    bool isOverdue(const QDate &today) const { return isOpen() && due && *due < today; }
    friend bool operator==(const ActionItem &, const ActionItem &) = default;
};

struct ActionItemSummary {
    ActionItem item;
    QString ownerName;
    QString serviceName;
    QString sourceTitle;
    Id sourceRecordId = 0; // what opens it: the COE, the ORR review (not the answer) or the finding
    QString strengthKey; // "strong", "medium", "weak": filled by lists that show it
    friend bool operator==(const ActionItemSummary &, const ActionItemSummary &) = default;
};

} // namespace closeloop
