#include "chartslot.h"

#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

namespace closeloop {

ChartSlot::ChartSlot(const QString &name, QWidget *parent) : QWidget(parent), m_name(name)
{
    setObjectName(name + QStringLiteral("Slot"));
    setMinimumHeight(330);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

ChartSlot::~ChartSlot()
{
    delete m_chart; // one no view took
}

void ChartSlot::setChart(QChart *chart)
{
    delete m_view; // and the chart it shows
    m_view = nullptr;
    delete m_chart;
    m_chart = chart;
    update();
}

void ChartSlot::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (m_view || !m_chart)
        return;
    // Made, sized and shown here, the view is painted in this same pass
    // (Qt paints a widget's children after the widget itself), so the
    // chart is never seen missing.
    m_view = new QChartView(std::exchange(m_chart, nullptr), this);
    m_view->setObjectName(m_name);
    m_view->setRenderHint(QPainter::Antialiasing);
    layout()->addWidget(m_view);
    layout()->activate();
    m_view->show();
}

} // namespace closeloop
