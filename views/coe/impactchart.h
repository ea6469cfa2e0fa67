#pragma once

#include "domain/coe.h"

#include <QtCharts/QChartView>

namespace closeloop {

// Expected traffic (the baseline, dashed) and successful traffic over the
// impact window. The gap between the two lines is the impact.
class ImpactChart final : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImpactChart)
public:
    explicit ImpactChart(QWidget *parent = nullptr);
    void setSamples(const QList<ImpactSample> &samples, int offsetMinutes);
};

} // namespace closeloop
