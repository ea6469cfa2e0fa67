#pragma once

#include "domain/result.h"
#include "storage/servicerepository.h"
#include "wheel.h"

namespace closeloop {

class Database;

struct WheelPick {
    WheelCandidate candidate;
    ServiceSummary summary; // COEs, open action items, last ORR: what the team presents
};

struct WheelDraw {
    quint32 seed = 0;
    bool recorded = false;
    QList<WheelCandidate> candidates; // every service, in name order
    QList<WheelPick> picked;
};

// One spin against the database: every service a candidate with its wait
// from the recorded history, `count` drawn with `seed`, and the spin
// recorded (unless `record` is false) so the next one knows who waited.
// Used by both the weekly review page and `closeloop-cli spin`.
Result<WheelDraw> drawWheel(Database &db, int count, quint32 seed, bool record);

} // namespace closeloop
