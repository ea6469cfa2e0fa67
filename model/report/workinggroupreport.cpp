#include "workinggroupreport.h"
#include "domain/translate.h"

#include "coe/coemetrics.h"
#include "reportparts.h"
#include "reporttemplates.h"
#include "storage/database.h"
#include "svgchart.h"
#include "workinggroup/dashboardsource.h"
#include "workinggroup/palette.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include <kainjow/mustache.hpp>

namespace closeloop {

namespace {

using kainjow::mustache::data;

QString tr(const char *text)
{
    return translateIn("closeloop::WorkingGroupReport", text);
}

std::string str(const QString &s)
{
    return s.toStdString();
}

std::string number(qsizetype n)
{
    return std::to_string(n);
}

QString percent(std::optional<double> share)
{
    return share ? QStringLiteral("%1%").arg(qRound(*share * 100)) : en("–");
}

QString partOf(qsizetype part, qsizetype whole)
{
    if (whole == 0)
        return en("0");
    return en("%1 (%2)").arg(part).arg(percent(double(part) / double(whole)));
}

QString duration(std::optional<double> seconds)
{
    return seconds ? formatDuration(qint64(*seconds)) : en("–");
}

QString idList(const QList<Id> &ids)
{
    QStringList out;
    for (Id id : ids)
        out << QStringLiteral("COE-%1").arg(id);
    return out.join(QStringLiteral(", "));
}

std::optional<double> minutes(std::optional<double> seconds)
{
    if (!seconds)
        return std::nullopt;
    return *seconds / 60.0;
}

data termTable(const QString &heading, const QString &noun, const QList<TermCount> &terms, const Dashboard &d)
{
    QString header, rule;
    for (const QuarterBucket &q : d.quarters) {
        header += QStringLiteral(" %1 |").arg(q.label);
        rule += QStringLiteral("---:|");
    }
    data rows { data::type::list };
    for (const TermCount &t : terms.first(std::min<qsizetype>(terms.size(), 10))) {
        QString perQuarter;
        for (int n : t.perQuarter)
            perQuarter += QStringLiteral(" %1 |").arg(n);
        data row;
        row.set("term", markdownCell(t.term));
        row.set("total", number(t.total()));
        row.set("perQuarter", str(perQuarter));
        rows.push_back(row);
    }
    data table;
    table.set("heading", str(heading));
    table.set("noun", str(noun));
    table.set("quarterHeader", str(header));
    table.set("quarterRule", str(rule));
    table.set("hasRows", !terms.isEmpty());
    table.set("rows", rows);
    return table;
}

void addRecurring(data &list, const QString &kind, const QList<TermCount> &terms)
{
    for (const TermCount &t : recurring(terms)) {
        data row;
        row.set("kind", str(kind));
        row.set("term", markdownCell(t.term));
        row.set("count", number(t.total()));
        row.set("coes", str(idList(t.coeIds)));
        list.push_back(row);
    }
}

QString monthLabel(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

bool findingInPeriod(const Finding &f, const DashboardFilter &filter)
{
    if (f.status == FindingStatus::Open)
        return true;
    const QDate created = f.createdAt.date();
    return (!filter.from.isValid() || created >= filter.from) && (!filter.to.isValid() || created <= filter.to);
}

QString scopeText(const Dashboard &d)
{
    QStringList parts;
    if (!d.filter.teams.isEmpty()) {
        QStringList teams(d.filter.teams.cbegin(), d.filter.teams.cend());
        teams.sort();
        parts << en("Teams: %1.").arg(teams.join(QStringLiteral(", ")));
    }
    if (!d.filter.serviceIds.isEmpty())
        parts << (d.filter.serviceIds.size() == 1 ? en("1 service selected.")
                                                   : en("%1 services selected.").arg(d.filter.serviceIds.size()));
    if (!d.filter.severities.isEmpty()) {
        QList<int> levels(d.filter.severities.cbegin(), d.filter.severities.cend());
        std::sort(levels.begin(), levels.end());
        QStringList names;
        for (int s : levels)
            names << QString::number(s);
        parts << en("Severities %1.").arg(names.join(QStringLiteral(", ")));
    }
    return parts.isEmpty() ? en("All services, teams and severities.") : parts.join(QLatin1Char(' '));
}

} // namespace

ReportChart coesPerMonthSvg(const Dashboard &d)
{
    ChartSpec spec { en("COEs per month by severity"), en("Month the impact began"), en("COEs"), {}, {} };
    for (int level = 1; level <= 5; ++level)
        spec.series.append(ChartSeries { en("Sev %1").arg(level), palette::severity(level), {} });
    for (const MonthBucket &m : d.months) {
        spec.categories << monthLabel(m.month);
        for (int level = 0; level < 5; ++level)
            spec.series[level].values.append(double(m.bySeverity[level].size()));
    }
    return { QStringLiteral("coes-per-month.svg"), stackedBarChartSvg(spec) };
}

ReportChart responseTimesSvg(const Dashboard &d)
{
    ChartSpec spec { en("Time to detect and to mitigate per quarter"), en("Quarter"), en("Minutes from start of impact"), {}, {} };
    spec.series = { ChartSeries { en("TTD median"), palette::series(0), {} }, ChartSeries { en("TTD p90"), palette::series(4), {} },
                    ChartSeries { en("TTM median"), palette::series(1), {} }, ChartSeries { en("TTM p90"), palette::series(3), {} } };
    for (const QuarterBucket &q : d.quarters) {
        spec.categories << q.label;
        spec.series[0].values.append(minutes(q.ttdMedian));
        spec.series[1].values.append(minutes(q.ttdP90));
        spec.series[2].values.append(minutes(q.ttmMedian));
        spec.series[3].values.append(minutes(q.ttmP90));
    }
    return { QStringLiteral("response-times.svg"), lineChartSvg(spec) };
}

ReportChart actionItemsSvg(const Dashboard &d)
{
    ChartSpec spec { en("Action items opened and closed per month"), en("Month"), en("Action items"), {}, {} };
    spec.series = { ChartSeries { en("Opened"), palette::series(1), {} }, ChartSeries { en("Closed"), palette::series(2), {} } };
    for (const MonthBucket &m : d.months) {
        spec.categories << monthLabel(m.month);
        spec.series[0].values.append(double(m.opened));
        spec.series[1].values.append(double(m.closed));
    }
    return { QStringLiteral("action-items.svg"), groupedBarChartSvg(spec) };
}

WorkingGroupReport workingGroupReport(const Dashboard &d, const QList<FindingSummary> &findings,
                                      const QList<AxiomEffectiveness> &effectiveness, const QString &chartDir)
{
    data root;
    root.set("from", str(d.filter.from.isValid() ? d.filter.from.toString(Qt::ISODate) : en("the first COE")));
    root.set("to", str(d.filter.to.isValid() ? d.filter.to.toString(Qt::ISODate) : en("the last COE")));
    root.set("today", str(d.today.toString(Qt::ISODate)));
    root.set("scope", str(markdownInline(scopeText(d))));
    root.set("chartDir", str(chartDir));
    root.set("coeCount", number(d.coeIds.size()));
    root.set("customerShare", str(percent(d.customerDetectedShare())));

    data months { data::type::list };
    for (const MonthBucket &m : d.months) {
        data row;
        row.set("month", str(monthLabel(m.month)));
        for (int level = 0; level < 5; ++level)
            row.set("s" + std::to_string(level + 1), number(m.bySeverity[level].size()));
        row.set("total", number(m.total()));
        months.push_back(row);
    }
    root.set("months", months);

    data quarters { data::type::list };
    for (const QuarterBucket &q : d.quarters) {
        data row;
        row.set("label", str(q.label));
        row.set("coes", number(q.coeIds.size()));
        row.set("customer", str(partOf(q.customerDetected.size(), q.coeIds.size())));
        row.set("ttdMedian", str(duration(q.ttdMedian)));
        row.set("ttdP90", str(duration(q.ttdP90)));
        row.set("ttmMedian", str(duration(q.ttmMedian)));
        row.set("ttmP90", str(duration(q.ttmP90)));
        quarters.push_back(row);
    }
    root.set("quarters", quarters);

    data tables { data::type::list };
    tables.push_back(termTable(en("Top triggers"), en("Trigger"), d.triggers, d));
    tables.push_back(termTable(en("Top root-cause categories"), en("Category"), d.categories, d));
    tables.push_back(termTable(en("Top tags"), en("Tag"), d.tags, d));
    root.set("termTables", tables);

    data repeated { data::type::list };
    addRecurring(repeated, en("Trigger"), d.triggers);
    addRecurring(repeated, en("Category"), d.categories);
    addRecurring(repeated, en("Tag"), d.tags);
    addRecurring(repeated, en("Service"), d.services);
    root.set("hasRecurring", !repeated.list_value().empty());
    root.set("recurring", repeated);

    root.set("opened", number(d.actions.opened));
    root.set("closed", number(d.actions.closed));
    root.set("overdue", number(d.actions.overdue));
    root.set("medianDays", str(d.actions.medianDaysToClose ? QLocale::c().toString(*d.actions.medianDaysToClose, 'g', 4) : en("–")));
    root.set("strongShare", str(partOf(d.actions.strongOpened, d.actions.opened)));
    root.set("halveTtd", str(partOf(d.halving.ttdWithActions.size(), d.halving.coes)));
    root.set("halveBlast", str(partOf(d.halving.blastWithActions.size(), d.halving.coes)));

    root.set("overdueRecerts", number(d.orr.overdue.size()));
    root.set("openBlocking", number(d.orr.openLaunchBlocking));
    root.set("activeWaivers", number(d.orr.activeWaivers.size()));
    root.set("expiredWaivers", number(d.orr.expiredWaivers.size()));
    data recerts { data::type::list };
    for (const RecertificationDue &due : d.orr.overdue) {
        data row;
        row.set("service", markdownCell(due.serviceName));
        row.set("due", str(due.due.toString(Qt::ISODate)));
        row.set("reason", markdownCell(due.reason));
        recerts.push_back(row);
    }
    root.set("hasOverdueRecerts", !d.orr.overdue.isEmpty());
    root.set("overdueRecertRows", recerts);
    data expired { data::type::list };
    for (const WaiverFact &w : d.orr.expiredWaivers) {
        data row;
        row.set("service", markdownCell(w.serviceName));
        row.set("axiom", markdownCell(w.axiomKey));
        row.set("expires", str(w.expiresOn.toString(Qt::ISODate)));
        expired.push_back(row);
    }
    root.set("hasExpiredWaivers", !d.orr.expiredWaivers.isEmpty());
    root.set("expiredWaiverRows", expired);

    data proposals { data::type::list };
    for (const AxiomProposal &p : d.proposals) {
        data row;
        row.set("coe", markdownCell(QStringLiteral("COE-%1 %2").arg(p.coeId).arg(p.coeTitle)));
        row.set("service", markdownCell(p.serviceName));
        row.set("date", str(p.date.toString(Qt::ISODate)));
        row.set("proposal", markdownCell(p.proposal.isEmpty() ? en("(no proposal written)") : p.proposal));
        proposals.push_back(row);
    }
    root.set("hasProposals", !d.proposals.isEmpty());
    root.set("proposals", proposals);

    data findingRows { data::type::list };
    for (const FindingSummary &s : findings) {
        if (!findingInPeriod(s.finding, d.filter))
            continue;
        data row;
        row.set("title", markdownCell(s.finding.title));
        row.set("coes", markdownCell(idList(s.finding.coeIds)));
        row.set("status", markdownCell(enumLabelEnglish(s.finding.status)));
        row.set("outcome", markdownCell(enumLabelEnglish(s.finding.outcome)));
        row.set("axiom", markdownCell(s.axiomKey));
        row.set("notes", markdownCell(s.finding.outcomeNotes));
        findingRows.push_back(row);
    }
    root.set("hasFindings", !findingRows.list_value().empty());
    root.set("findings", findingRows);

    data effect { data::type::list };
    for (const AxiomEffectiveness &e : effectiveness) {
        data row;
        row.set("key", markdownCell(e.axiomKey));
        row.set("statement", markdownCell(e.statement));
        row.set("passed", number(e.servicesPassed.size()));
        row.set("waived", number(e.servicesWaived.size()));
        row.set("since", number(e.coesSince.size()));
        row.set("naming", number(e.coesNamingIt.size()));
        effect.push_back(row);
    }
    root.set("hasEffectiveness", !effectiveness.isEmpty());
    root.set("effectiveness", effect);

    return { ReportTemplates::render(QStringLiteral("working-group.md.mustache"), root), { coesPerMonthSvg(d), responseTimesSvg(d), actionItemsSvg(d) } };
}

Result<QStringList> writeWorkingGroupReport(Database &db, const DashboardFilter &filter, const QDate &today, const QString &path)
{
    auto facts = loadDashboardFacts(db, today, filter); // the report's period only
    if (!facts)
        return facts.error();
    auto findings = FindingRepository(db).list();
    if (!findings)
        return findings.error();
    const Dashboard dashboard = computeDashboard(facts.value(), filter, today);
    const QFileInfo info(path);
    const QString chartDir = info.completeBaseName() + QStringLiteral("-charts");
    const WorkingGroupReport report = workingGroupReport(dashboard, findings.value(), axiomEffectiveness(facts.value()), chartDir);
    const QDir dir = info.absoluteDir();
    if (!dir.exists(chartDir) && !dir.mkpath(chartDir))
        return Error { tr("Could not create the folder %1 for the charts. Choose a folder you can write to.")
                           .arg(QDir::toNativeSeparators(dir.filePath(chartDir))) };
    QStringList written;
    for (const ReportChart &chart : report.charts) {
        const QString chartPath = dir.filePath(chartDir + QLatin1Char('/') + chart.fileName);
        if (auto s = writeWholeFile(chartPath, chart.svg.toUtf8()); !s)
            return s.error();
        written << chartPath;
    }
    if (auto s = writeWholeFile(info.absoluteFilePath(), report.markdown.toUtf8()); !s)
        return s.error();
    written.prepend(info.absoluteFilePath());
    return written;
}

} // namespace closeloop
