#pragma once

#include <QWidget>

class QChart;
class QChartView;

namespace closeloop {

// One chart's place in the dashboard's grid. The chart's view is made when
// the place is painted, that is when it is in sight: Qt Charts lays out
// every axis label as rich text whenever a view is sized, 3 to 4 ms a
// chart, and most of the eight charts sit below the fold when the
// dashboard opens. The places stay in the grid from one period to the
// next, so the grid is settled before anything is painted.
class ChartSlot final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartSlot)
public:
    // The view will carry `name` as its object name.
    explicit ChartSlot(const QString &name, QWidget *parent = nullptr);
    ~ChartSlot() override;

    // Takes the chart, in place of the one shown before.
    void setChart(QChart *chart);
    QChartView *view() const { return m_view; } // null until painted with a chart

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_name;
    QChart *m_chart = nullptr; // until a view takes it
    QChartView *m_view = nullptr;
};

} // namespace closeloop
