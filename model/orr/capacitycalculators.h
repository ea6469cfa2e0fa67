#pragma once

#include "calculation.h"

#include <QList>

#include <optional>

namespace closeloop {

// N1: static stability to the loss of one AZ (CAP-1, CAP-3).
struct AzCapacityInput {
    double peak = 0; // P, forecast peak in the unit the tier scales on
    double margin = 0; // m, as a fraction: 0.2 for 20 %
    QList<double> capacity; // C_i, usable capacity running in each AZ
    std::optional<double> instanceCapacity; // usable capacity of one instance (c·u_max), for instance counts
    std::optional<int> loseAz; // what-if: lose this AZ (1-based) instead of the worst one
    double peakFactor = 1; // what-if: 2 doubles the peak
};
Result<Calculation> azCapacity(const AzCapacityInput &in);

// N2: a quorum keeps its majority after losing any one AZ (CAP-4).
Result<Calculation> quorumSurvivesAzLoss(const QList<int> &replicasPerAz);

// N17: load-test margin (LT-1, LT-2).
struct LoadTestInput {
    double tested = 0; // sustained load in the test
    double peak = 0; // forecast peak
    double required = 2; // k, the team's multiple of peak
    std::optional<double> breaking; // B, the load at which the service broke
};
Result<Calculation> loadTestMargin(const LoadTestInput &in);

} // namespace closeloop
