#pragma once

#include <QList>

#include <optional>

namespace closeloop {

// Incident durations are skewed: a few long outages drag a mean far from
// what a typical incident looks like, so the working group reads medians
// and upper percentiles, never means.

// The middle value; with an even count, the mean of the two middle values.
// None for an empty list.
std::optional<double> median(QList<double> values);

// The nearest-rank percentile: the smallest value with at least p% of the
// values at or below it (rank ceil(p/100 × n)). It is always one of the
// observed values, so a reader can find the incident behind it.
std::optional<double> percentile(QList<double> values, double p);

} // namespace closeloop
