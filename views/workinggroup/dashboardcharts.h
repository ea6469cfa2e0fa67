#pragma once

#include "workinggroup/dashboard.h"

#include <QString>

#include <functional>

class QChart;

namespace closeloop {

// The dashboard's charts, built fresh from each computed dashboard. Every
// bar and point reports the COEs behind it through `drill`, with a caption
// saying what was clicked ("Sev 2 COEs in 2026-03").
using DrillDown = std::function<void(const QString &caption, const QList<Id> &coeIds)>;

QChart *coesPerMonthChart(const Dashboard &d, const DrillDown &drill);
QChart *customerDetectedChart(const Dashboard &d, const DrillDown &drill);
QChart *responseTimesChart(const Dashboard &d, const DrillDown &drill);
QChart *termsChart(const QString &title, const QList<TermCount> &terms, const DrillDown &drill);
QChart *actionItemsChart(const Dashboard &d, const DrillDown &drill);

} // namespace closeloop
