#pragma once

#include "domain/coe.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace closeloop {

// The impact series as people paste it from a dashboard export: one line
// per sample, "time, expected, successful", separated by commas, tabs or
// semicolons. A header line and lines starting with # are skipped. Every
// problem is reported with its line number; the samples are only usable
// when there are no errors.
struct ImpactSeriesParse {
    QList<ImpactSample> samples;
    QStringList errors;
    QStringList warnings;
    bool ok() const { return errors.isEmpty(); }
};

ImpactSeriesParse parseImpactSeries(const QString &text);
// The text form parseImpactSeries reads back, times in the given offset.
QString formatImpactSeries(const QList<ImpactSample> &samples, int offsetMinutes);

} // namespace closeloop
