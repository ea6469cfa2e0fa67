#pragma once

#include "database.h"
#include "domain/result.h"
#include "workinggroup/wheel.h"

#include <QList>

namespace closeloop {

// The spins of the weekly review's wheel, oldest first.
class WheelRepository final {
public:
    explicit WheelRepository(Database &db) : m_db(db) { }

    Result<Id> record(WheelSpin &spin);
    Result<QList<WheelSpin>> history();

private:
    Database &m_db;
};

} // namespace closeloop
