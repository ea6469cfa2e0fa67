#pragma once

#include "calculation.h"

#include <QList>

#include <optional>

namespace closeloop {

// N5 and N6: timeouts, capped exponential backoff and retry amplification
// (RTY-2, RTY-3, RTY-5).
struct RetryInput {
    double baseMs = 0; // backoff base; 0 retries immediately
    double capMs = 0; // backoff cap
    int attempts = 1; // A, including the first call
    double timeoutMs = 0; // t, per attempt
    double deadlineMs = 0; // D, the caller's own deadline
    int layers = 1; // L, layers of the call chain that retry
};
Result<Calculation> retryPolicy(const RetryInput &in);

// N9 and N10: alarm detection time and bake time (DEP-3, MON-3).
struct BakeInput {
    double periodS = 60;
    int datapoints = 1; // datapoints to alarm
    double delayS = 0; // ingestion delay
    double bakeS = 0; // the stage's bake time
};
Result<Calculation> bakeTime(const BakeInput &in);

// N11: backlog drain after an outage (OVL-4).
struct BacklogInput {
    double outageS = 0; // T
    double arrivalPerS = 0; // λ
    double capacityPerS = 0; // μ, consumer capacity
    std::optional<double> completionSloS; // how old work may be when done
};
Result<Calculation> backlogDrain(const BacklogInput &in);

// N13: availability of serial hard dependencies (DEPN-5).
Result<Calculation> serialAvailability(const QList<double> &availabilities, std::optional<double> target);

} // namespace closeloop
