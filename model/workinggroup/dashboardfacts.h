#pragma once

#include "domain/actionitem.h"
#include "domain/coe.h"
#include "orr/recertification.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace closeloop {

// What the working group's dashboard reads: one flat row per COE, action
// item and waiver, loaded once and filtered in memory, so changing a filter
// never touches the database.

struct CoeFact {
    Id id = 0;
    QString title;
    Id serviceId = 0; // 0 when the COE names no service
    QString serviceName;
    QString team;
    int severity = 3;
    CoeStatus status = CoeStatus::Draft;
    QString category;
    QString trigger;
    QStringList tags;
    DetectionMethod detection = DetectionMethod::Unknown;
    QDate date; // the day impact began, where it happened; the day written when unknown
    std::optional<qint64> ttdSeconds;
    std::optional<qint64> ttmSeconds;
    bool noAxiomExists = false;
    QString axiomProposal;
    QString preventingAxiomKey;
};

struct ActionFact {
    // Tens of thousands of these are read for a year: the larger members
    // first, so that no padding lies between them.
    Id id = 0;
    QString title; // read for finished strong items (and unrated ones) only
    QString team;
    Id coeId = 0; // when the source is a COE
    Id serviceId = 0; // of the COE or ORR review; 0 for a finding's item
    QDate opened;
    std::optional<QDate> due;
    std::optional<QDate> doneOn;
    ActionType type = ActionType::Prevent;
    ActionSource source = ActionSource::Coe;
    ActionStatus status = ActionStatus::Open;
    ActionTarget addresses = ActionTarget::General;
    int coeSeverity = 0; // that COE's severity (0 for other sources), for the severity filter
    bool strong = false;
    bool launchBlocking = false; // an ORR answer's item for a launch-blocking axiom

    bool isOpen() const { return status == ActionStatus::Open || status == ActionStatus::InProgress; }
};

// A waiver in a service's latest signed-off review.
struct WaiverFact {
    Id serviceId = 0;
    QString serviceName;
    QString team;
    Id reviewId = 0;
    QString axiomKey;
    QDate expiresOn;
};

// An answer of a signed-off review that passed or waived an axiom.
struct AxiomPassFact {
    Id serviceId = 0;
    QString axiomKey;
    QString statement;
    QDate signedOn;
    bool waived = false;
};

// Open action items that are past due, or that an ORR's launch-blocking
// axiom raised, counted per service and severity: however many there are
// and whenever they were opened, they count on every dashboard. Counted in
// SQL (tens of thousands of items in a large organisation), or from a list
// by openItemGroups().
struct OpenItemGroup {
    Id serviceId = 0; // 0 for a finding's items
    QString team;
    bool fromCoe = false;
    int severity = 0; // the COE's, when fromCoe
    int overdue = 0;
    int launchBlocking = 0;
    QList<Id> overdueCoeIds; // ascending
};

// Qt's containers may move these with realloc rather than one by one:
// tens of thousands of rows then grow in place (mremap for large blocks)
// instead of being copied into fresh memory at each growth, which the
// system must first hand over page by page.
} // namespace closeloop
Q_DECLARE_TYPEINFO(closeloop::CoeFact, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(closeloop::ActionFact, Q_RELOCATABLE_TYPE);
namespace closeloop {

struct DashboardFacts {
    QList<CoeFact> coes;
    // The items that can count in the period read (all, when no period
    // was given). Overdue and launch-blocking counts come from openGroups.
    QList<ActionFact> actions;
    QList<OpenItemGroup> openGroups;
    QList<WaiverFact> waivers;
    QList<AxiomPassFact> passes;
    QList<RecertificationDue> recertifications;
    QHash<Id, QString> serviceTeams;
};

} // namespace closeloop
