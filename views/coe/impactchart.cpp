#include "impactchart.h"
#include "look/tones.h"

#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace closeloop {

namespace {

// The axis labels in the machine's local time; place each point at the
// local time that reads like the incident's own clock.
QDateTime wallClock(const QDateTime &utc, int offsetMinutes)
{
    const QDateTime there = utc.toOffsetFromUtc(offsetMinutes * 60);
    return QDateTime(there.date(), there.time(), Qt::LocalTime);
}

} // namespace

ImpactChart::ImpactChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("impactChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setFocusPolicy(Qt::NoFocus);
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);
    setSamples({}, 0);
}

void ImpactChart::setSamples(const QList<ImpactSample> &samples, int offsetMinutes)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);

    auto *expected = new QLineSeries;
    expected->setName(tr("Expected (baseline)"));
    QPen dashed(themed(QColor(0x70, 0x78, 0x80)));
    dashed.setStyle(Qt::DashLine);
    dashed.setWidth(2);
    expected->setPen(dashed);
    auto *successful = new QLineSeries;
    successful->setName(tr("Successful"));
    QPen solid(themed(QColor(0x1a, 0x73, 0xe8)));
    solid.setWidth(2);
    successful->setPen(solid);

    double top = 0;
    for (const ImpactSample &s : samples) {
        const qreal x = qreal(wallClock(s.at, offsetMinutes).toMSecsSinceEpoch());
        expected->append(x, s.expected);
        successful->append(x, s.successful);
        top = std::max({ top, s.expected, s.successful });
    }
    c->addSeries(expected);
    c->addSeries(successful);

    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("HH:mm"));
    auto *y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("requests"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : { expected, successful }) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (samples.size() >= 2) {
        x->setRange(wallClock(samples.first().at, offsetMinutes), wallClock(samples.last().at, offsetMinutes));
    }
    c->setTitle(samples.isEmpty() ? tr("Paste an impact series to see it here") : QString());
}

} // namespace closeloop
