#pragma once

#include "enumtable.h"
#include "ids.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace closeloop {

enum class FindingStatus { Open, Decided };
CLOSELOOP_ENUM_TABLE(FindingStatus,
    { FindingStatus::Open, "open", QT_TRANSLATE_NOOP("closeloop::Enum", "Open") },
    { FindingStatus::Decided, "decided", QT_TRANSLATE_NOOP("closeloop::Enum", "Decided") })

enum class FindingOutcome { Undecided, NewAxiom, AutomatedCheck, BestPractice };
CLOSELOOP_ENUM_TABLE(FindingOutcome,
    { FindingOutcome::Undecided, "", QT_TRANSLATE_NOOP("closeloop::Enum", "Undecided") },
    { FindingOutcome::NewAxiom, "new_axiom", QT_TRANSLATE_NOOP("closeloop::Enum", "New ORR axiom") },
    { FindingOutcome::AutomatedCheck, "automated_check", QT_TRANSLATE_NOOP("closeloop::Enum", "New automated check") },
    { FindingOutcome::BestPractice, "best_practice", QT_TRANSLATE_NOOP("closeloop::Enum", "Best practice note") })

// A pattern the safety working group saw across COEs, and what it decided.
struct Finding {
    Id id = 0;
    int revision = 0;
    QString title;
    QString description;
    FindingStatus status = FindingStatus::Open;
    FindingOutcome outcome = FindingOutcome::Undecided;
    QString outcomeNotes;
    OptionalId axiomId; // the axiom the finding produced
    OptionalId createdBy;
    QDateTime createdAt;
    QDateTime decidedAt;
    QList<Id> coeIds;
};

} // namespace closeloop
