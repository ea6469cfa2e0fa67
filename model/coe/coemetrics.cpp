#include "coemetrics.h"
#include "domain/translate.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::CoeMetrics", text);
}

// A pause longer than this many usual intervals counts as missing data.
constexpr qint64 kGapFactor = 2;

} // namespace

std::optional<qint64> secondsBetween(const std::optional<Instant> &from, const std::optional<Instant> &to)
{
    if (!from || !to || !from->utc.isValid() || !to->utc.isValid())
        return std::nullopt;
    return from->utc.secsTo(to->utc);
}

CoeDurations computeDurations(const Coe &coe)
{
    return { secondsBetween(coe.impactStart, coe.detected), secondsBetween(coe.impactStart, coe.engaged),
             secondsBetween(coe.impactStart, coe.mitigated), secondsBetween(coe.impactStart, coe.resolved) };
}

QString formatDuration(qint64 seconds)
{
    const QString sign = seconds < 0 ? QStringLiteral("−") : QString();
    const qint64 s = std::llabs(seconds);
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const qint64 minutes = (s % 3600) / 60;
    const qint64 secs = s % 60;
    QString text;
    if (s < 60)
        text = tr("%1 s").arg(secs);
    else if (s < 600 && secs != 0)
        text = tr("%1 min %2 s").arg(minutes).arg(secs);
    else if (s < 3600)
        text = tr("%1 min").arg(minutes);
    else if (s < 86400)
        text = tr("%1 h %2 min").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    else
        text = tr("%1 d %2 h").arg(days).arg(hours);
    return sign + text;
}

QString formatDuration(const std::optional<qint64> &seconds)
{
    return seconds ? formatDuration(*seconds) : QStringLiteral("–");
}

AvailabilityResult computeAvailability(const QList<ImpactSample> &input)
{
    AvailabilityResult result;
    QList<ImpactSample> samples = input;
    std::sort(samples.begin(), samples.end(), [](const ImpactSample &a, const ImpactSample &b) { return a.at < b.at; });
    if (samples.size() == 1) {
        if (samples.first().expected > 0)
            result.availability = std::clamp(samples.first().successful / samples.first().expected, 0.0, 1.0);
        return result;
    }
    if (samples.size() < 2)
        return result;

    QList<qint64> spacings;
    for (qsizetype i = 1; i < samples.size(); ++i)
        spacings.append(samples[i - 1].at.secsTo(samples[i].at));
    QList<qint64> sorted = spacings;
    std::sort(sorted.begin(), sorted.end());
    const qint64 usual = sorted.at(sorted.size() / 2);

    for (qsizetype i = 1; i < samples.size(); ++i) {
        const qint64 dt = spacings.at(i - 1);
        if (dt <= 0)
            continue;
        if (dt > kGapFactor * usual) {
            ++result.gapCount;
            continue;
        }
        const ImpactSample &a = samples.at(i - 1);
        const ImpactSample &b = samples.at(i);
        result.expectedArea += (a.expected + b.expected) / 2.0 * double(dt);
        result.successfulArea += (a.successful + b.successful) / 2.0 * double(dt);
        result.coveredSeconds += dt;
    }
    if (result.expectedArea > 0)
        result.availability = std::clamp(result.successfulArea / result.expectedArea, 0.0, 1.0);
    return result;
}

} // namespace closeloop
