#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace closeloop {

// Chart images for Markdown reports: plain SVG, which GitHub and GitLab
// show inline and which needs no display to draw (the CLI runs on servers).

struct ChartSeries {
    QString name;
    QString colour;
    QList<std::optional<double>> values; // one per category; none leaves a gap
};

struct ChartSpec {
    QString title;
    QString xLabel;
    QString yLabel; // with the unit, e.g. "Minutes"
    QStringList categories;
    QList<ChartSeries> series;
};

// Bars stacked per category (COEs per month by severity).
QString stackedBarChartSvg(const ChartSpec &spec);
// Bars side by side per category (items opened vs closed).
QString groupedBarChartSvg(const ChartSpec &spec);
// A line per series with a dot per value (medians and p90 per quarter).
QString lineChartSvg(const ChartSpec &spec);

// A round axis maximum: the smallest 1, 2 or 5 × 10ⁿ at or above `value`.
double niceCeiling(double value);

} // namespace closeloop
