#include "dashboardcharts.h"
#include "domain/translate.h"

#include "report/svgchart.h"
#include "workinggroup/palette.h"

#include <QCoreApplication>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::DashboardCharts", text);
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

// Axes with their names and units; the value axis starts at zero and ends
// on a whole number so that counts never read as fractions.
void addAxes(QChart *chart, QAbstractSeries *series, const QStringList &categories, const QString &categoryTitle,
             const QString &valueTitle, double maximum, bool horizontal = false, bool integers = true)
{
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setTitleText(categoryTitle);
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(valueTitle);
    valueAxis->setMin(0);
    const double top = std::max(1.0, integers ? std::ceil(maximum) : maximum * 1.1);
    valueAxis->setMax(top);
    if (integers) {
        valueAxis->setLabelFormat(QStringLiteral("%d"));
        valueAxis->setTickCount(int(std::min(top, 5.0)) + 1);
    }
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
}

QString month(const QDate &m)
{
    return m.toString(QStringLiteral("yyyy-MM"));
}

QBarSet *barSet(const QString &name, const QString &colour)
{
    auto *set = new QBarSet(name);
    set->setColor(QColor(colour));
    set->setBorderColor(QColor(colour));
    return set;
}

} // namespace

QChart *coesPerMonthChart(const Dashboard &d, const DrillDown &drill)
{
    QChart *chart = newChart(tr("COEs per month by severity"));
    auto *series = new QStackedBarSeries;
    QStringList months;
    double top = 0;
    for (const MonthBucket &m : d.months) {
        months << month(m.month);
        top = std::max(top, double(m.total()));
    }
    for (int level = 1; level <= 5; ++level) {
        QBarSet *set = barSet(tr("Sev %1").arg(level), palette::severity(level));
        for (const MonthBucket &m : d.months)
            *set << qreal(m.bySeverity[level - 1].size());
        QObject::connect(set, &QBarSet::clicked, chart, [d, level, drill](int index) {
            const MonthBucket &m = d.months.at(index);
            drill(tr("Severity %1 COEs in %2").arg(level).arg(month(m.month)), m.bySeverity[level - 1]);
        });
        series->append(set);
    }
    chart->addSeries(series);
    addAxes(chart, series, months, tr("Month the impact began"), tr("COEs"), top);
    return chart;
}

QChart *customerDetectedChart(const Dashboard &d, const DrillDown &drill)
{
    QChart *chart = newChart(tr("Share of COEs detected by customers (lower is better)"));
    auto *series = new QBarSeries;
    QBarSet *set = barSet(tr("Detected by a customer"), QString::fromLatin1(palette::Vermillion));
    QStringList quarters;
    for (const QuarterBucket &q : d.quarters) {
        quarters << q.label;
        *set << (q.coeIds.isEmpty() ? 0.0 : 100.0 * double(q.customerDetected.size()) / double(q.coeIds.size()));
    }
    QObject::connect(set, &QBarSet::clicked, chart, [d, drill](int index) {
        const QuarterBucket &q = d.quarters.at(index);
        drill(tr("COEs detected by customers in %1").arg(q.label), q.customerDetected);
    });
    series->append(set);
    chart->addSeries(series);
    addAxes(chart, series, quarters, tr("Quarter"), tr("% of the quarter's COEs"), 100);
    chart->legend()->hide();
    return chart;
}

QChart *responseTimesChart(const Dashboard &d, const DrillDown &drill)
{
    QChart *chart = newChart(tr("Time to detect and to mitigate per quarter: median and 90th percentile"));
    struct Line {
        QString name;
        int colour;
        std::optional<double> QuarterBucket::*value;
    };
    const Line lines[] = { { tr("TTD median"), 0, &QuarterBucket::ttdMedian },
                           { tr("TTD p90"), 4, &QuarterBucket::ttdP90 },
                           { tr("TTM median"), 1, &QuarterBucket::ttmMedian },
                           { tr("TTM p90"), 3, &QuarterBucket::ttmP90 } };
    QStringList quarters;
    for (const QuarterBucket &q : d.quarters)
        quarters << q.label;
    double top = 0;
    QList<QXYSeries *> all;
    for (const Line &line : lines) {
        // A line through the quarters with data and a dot on each: a
        // quarter without data shows no dot rather than a zero.
        auto *series = new QLineSeries;
        auto *dots = new QScatterSeries;
        series->setName(line.name);
        const QColor colour(palette::series(line.colour));
        QPen pen(colour);
        pen.setWidth(2);
        series->setPen(pen);
        dots->setColor(colour);
        dots->setBorderColor(colour);
        dots->setMarkerSize(9);
        for (qsizetype i = 0; i < d.quarters.size(); ++i)
            if (const auto v = d.quarters.at(i).*(line.value)) {
                series->append(qreal(i), *v / 60.0);
                dots->append(qreal(i), *v / 60.0);
                top = std::max(top, *v / 60.0);
            }
        for (QXYSeries *s : { static_cast<QXYSeries *>(series), static_cast<QXYSeries *>(dots) })
            QObject::connect(s, &QXYSeries::clicked, chart, [d, drill](const QPointF &point) {
                const qsizetype index = qRound(point.x());
                if (index >= 0 && index < d.quarters.size())
                    drill(tr("COEs in %1").arg(d.quarters.at(index).label), d.quarters.at(index).coeIds);
            });
        chart->addSeries(series);
        chart->addSeries(dots);
        all << series << dots;
    }
    // Quarter i spans i ± 0.5, its name centred under it.
    auto *categoryAxis = new QCategoryAxis;
    categoryAxis->setRange(-0.5, double(std::max<qsizetype>(1, d.quarters.size())) - 0.5);
    for (qsizetype i = 0; i < quarters.size(); ++i)
        categoryAxis->append(quarters.at(i), double(i) + 0.5);
    categoryAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    categoryAxis->setTitleText(tr("Quarter"));
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(tr("Minutes"));
    valueAxis->setRange(0, niceCeiling(std::max(10.0, top)));
    valueAxis->setTickCount(6);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    for (QXYSeries *s : all) {
        s->attachAxis(categoryAxis);
        s->attachAxis(valueAxis);
    }
    // The dots repeat the lines' names: keep one legend entry per line.
    for (QXYSeries *s : all)
        if (qobject_cast<QScatterSeries *>(s))
            for (QLegendMarker *marker : chart->legend()->markers(s))
                marker->setVisible(false);
    return chart;
}

QChart *termsChart(const QString &title, const QList<TermCount> &terms, const DrillDown &drill)
{
    QChart *chart = newChart(title);
    auto *series = new QHorizontalBarSeries;
    QBarSet *set = barSet(tr("COEs"), QString::fromLatin1(palette::Blue));
    // The most frequent on top: a horizontal axis lists from the bottom.
    const QList<TermCount> top = terms.first(std::min<qsizetype>(terms.size(), 8));
    QStringList names;
    double most = 0;
    for (qsizetype i = top.size() - 1; i >= 0; --i) {
        names << top.at(i).term;
        *set << qreal(top.at(i).total());
        most = std::max(most, double(top.at(i).total()));
    }
    QObject::connect(set, &QBarSet::clicked, chart, [top, drill](int index) {
        const TermCount &t = top.at(top.size() - 1 - index);
        drill(tr("COEs with %1").arg(t.term), t.coeIds);
    });
    series->append(set);
    chart->addSeries(series);
    addAxes(chart, series, names, QString(), tr("COEs in the period"), most, true);
    chart->legend()->hide();
    return chart;
}

QChart *actionItemsChart(const Dashboard &d, const DrillDown &drill)
{
    QChart *chart = newChart(tr("Action items opened and closed per month"));
    auto *series = new QBarSeries;
    QBarSet *opened = barSet(tr("Opened"), palette::series(1));
    QBarSet *closed = barSet(tr("Closed"), palette::series(2));
    QStringList months;
    double top = 0;
    for (const MonthBucket &m : d.months) {
        months << month(m.month);
        *opened << qreal(m.opened);
        *closed << qreal(m.closed);
        top = std::max({ top, double(m.opened), double(m.closed) });
    }
    QObject::connect(opened, &QBarSet::clicked, chart, [d, drill](int index) {
        drill(tr("COEs whose action items were opened in %1").arg(month(d.months.at(index).month)), d.months.at(index).openedCoeIds);
    });
    QObject::connect(closed, &QBarSet::clicked, chart, [d, drill](int index) {
        drill(tr("COEs whose action items were closed in %1").arg(month(d.months.at(index).month)), d.months.at(index).closedCoeIds);
    });
    series->append(opened);
    series->append(closed);
    chart->addSeries(series);
    addAxes(chart, series, months, tr("Month"), tr("Action items"), top);
    return chart;
}

} // namespace closeloop
