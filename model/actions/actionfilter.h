#pragma once

#include "actionrules.h"
#include "domain/actionitem.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace closeloop {

// One view of the tracker: every criterion is optional, and an item must
// meet all that are set. The CLI's `actions` flags and the tracker's
// filter bar both build one of these.
struct ActionFilter {
    QString text; // in the title, description, tracker link or source title
    QString owner; // a person's name, case-insensitive, whole or first name
    QString service;
    std::optional<ActionSource> source;
    QList<ActionStatus> statuses;
    std::optional<int> priority;
    std::optional<ActionType> type;
    std::optional<ActionStrength> strength;
    bool overdueOnly = false;
    std::optional<QDate> dueBy;
    bool noDueDateOnly = false;

    bool matches(const ActionItemSummary &s, const QDate &today) const;
    friend bool operator==(const ActionFilter &, const ActionFilter &) = default;
};

QList<ActionItemSummary> filterActions(const QList<ActionItemSummary> &all, const ActionFilter &filter, const QDate &today);

} // namespace closeloop
