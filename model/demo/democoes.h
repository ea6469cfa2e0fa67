#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace closeloop::demo {

// The demo's incidents as plain data, turned into COEs by demodata.cpp.
struct DemoAction {
    const char *title;
    const char *type;     // ActionType key
    int priority;
    int dueInDays;        // relative to today; negative = already due
    const char *status;   // ActionStatus key
    int owner;            // index into the demo people
    const char *addresses; // ActionTarget key
};

struct DemoEvent {
    int minute; // after the start of impact
    const char *kind;
    const char *text;
};

struct DemoCoe {
    const char *title;
    int service; // index into the demo services
    int severity;
    const char *status;
    const char *category;
    const char *trigger;
    QStringList tags;
    int daysAgo;
    int startHour, startMinute, offsetMinutes;
    int detectAfter, engageAfter, mitigateAfter, resolveAfter; // minutes after impact start
    const char *detectionMethod;
    const char *detectionSource;
    const char *summary;
    const char *impact;
    const char *halveTtd;
    const char *resolution;
    const char *runbook; // empty: no runbook existed
    qint64 customersAffected, customersTotal;
    double failedShare;
    QStringList regions, zones, dependents;
    bool dataLost;
    const char *dataLossDetail;
    const char *halveBlast;
    QStringList whyChain;   // each answers "why?" about the previous one
    QStringList whyBranch;  // a second cause under the second answer
    const char *lessons;
    int author, reviewer;   // indices into the demo people
    QList<DemoEvent> events;
    QList<DemoAction> actions;
};

const QList<DemoCoe> &demoCoes();

} // namespace closeloop::demo
