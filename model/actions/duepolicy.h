#pragma once

#include "domain/result.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <array>

namespace closeloop {

class Database;

// How long an action item of each priority gets by default: P0 two weeks,
// P1 four, P2 eight, P3 a quarter, unless the team has set its own.
struct DueDatePolicy {
    std::array<int, 4> days { 14, 28, 56, 91 };

    QDate dueFor(int priority, const QDate &from) const;
    static QString settingKey(int priority); // "actions.due_days.p0"

    // Reads the database's settings; keys not set keep the defaults.
    static Result<DueDatePolicy> load(Database &db);
    static Result<DueDatePolicy> fromSettings(const QHash<QString, QString> &settings);
    // Sets one priority's days after checking them (1 to 3650).
    static Status save(Database &db, int priority, int days);
    // Sets all four in one transaction after checking each; on any
    // problem nothing is stored.
    Status saveAll(Database &db) const;
};

} // namespace closeloop
