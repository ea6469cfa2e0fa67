#pragma once

#include "domain/coe.h"

#include <QList>
#include <QString>

#include <optional>

namespace closeloop {

// The response times of one incident, all measured from the start of
// impact (not from when someone declared it): TTD to detection, TTE to
// engagement, TTM to mitigation, TTR to resolution. Missing times give
// missing durations, never zero.
struct CoeDurations {
    std::optional<qint64> ttdSeconds;
    std::optional<qint64> tteSeconds;
    std::optional<qint64> ttmSeconds;
    std::optional<qint64> ttrSeconds;
};

std::optional<qint64> secondsBetween(const std::optional<Instant> &from, const std::optional<Instant> &to);
CoeDurations computeDurations(const Coe &coe);

// "45 s", "7 min 30 s", "47 min", "2 h 05 min", "3 d 4 h"; negative
// durations keep their sign so that an inverted window is visible.
QString formatDuration(qint64 seconds);
QString formatDuration(const std::optional<qint64> &seconds); // "–" when unknown

// Availability over the impact window from a series of traffic rates: the
// area under the successful curve divided by the area under the expected
// baseline (trapezoids between consecutive samples). Intervals much longer
// than the usual spacing are gaps: they are left out of both areas and
// counted, rather than silently interpolated across.
struct AvailabilityResult {
    std::optional<double> availability; // 0..1; none without a usable baseline
    double expectedArea = 0;            // request-rate × seconds
    double successfulArea = 0;
    int gapCount = 0;
    qint64 coveredSeconds = 0;
};
AvailabilityResult computeAvailability(const QList<ImpactSample> &samples);

} // namespace closeloop
