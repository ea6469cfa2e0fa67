#pragma once

#include "domain/result.h"
#include "storage/findingrepository.h"
#include "workinggroup/axiomeffectiveness.h"
#include "workinggroup/dashboard.h"

#include <QHash>
#include <QList>

namespace closeloop {

class Database;

struct ReportChart {
    QString fileName; // inside the chart folder, e.g. "coes-per-month.svg"
    QString svg;
};

struct WorkingGroupReport {
    QString markdown;
    QList<ReportChart> charts;
};

// The working group's report for a period, from
// templates/working-group.md.mustache: the dashboard's figures as tables,
// the charts as SVG images in `chartDir` (relative to the Markdown file),
// recurring patterns, proposals, findings with their outcomes, and axiom
// effectiveness. Findings are those created in the period or still open.
WorkingGroupReport workingGroupReport(const Dashboard &dashboard, const QList<FindingSummary> &findings,
                                      const QList<AxiomEffectiveness> &effectiveness, const QString &chartDir);

// Reads the database, then writes FILE and its charts beside it in
// "<FILE without .md>-charts/". Each file is replaced whole or not at all.
// Returns the paths written.
Result<QStringList> writeWorkingGroupReport(Database &db, const DashboardFilter &filter, const QDate &today,
                                            const QString &path);

// The charts, shared with the dashboard's export.
ReportChart coesPerMonthSvg(const Dashboard &dashboard);
ReportChart responseTimesSvg(const Dashboard &dashboard);
ReportChart actionItemsSvg(const Dashboard &dashboard);

} // namespace closeloop
