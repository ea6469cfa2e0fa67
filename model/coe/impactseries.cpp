#include "impactseries.h"
#include "domain/translate.h"

#include "coemetrics.h"
#include "timeinput.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::ImpactSeries", text);
}

QStringList splitFields(const QString &line)
{
    static const QRegularExpression separators(QStringLiteral("[,\\t;]"));
    QStringList fields = line.split(separators);
    for (QString &f : fields)
        f = f.trimmed();
    if (fields.size() == 1) {
        // "2026-03-04 09:00 +01:00 1200 1150": the last two words are the numbers.
        QStringList words = line.simplified().split(QLatin1Char(' '));
        if (words.size() >= 3) {
            const QString successful = words.takeLast();
            const QString expected = words.takeLast();
            fields = { words.join(QLatin1Char(' ')), expected, successful };
        }
    }
    return fields;
}

std::optional<double> toNumber(const QString &text)
{
    QString t = text;
    t.remove(QLatin1Char('_'));
    bool ok = false;
    const double v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace

ImpactSeriesParse parseImpactSeries(const QString &text)
{
    ImpactSeriesParse result;
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool seenData = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const int number = int(i) + 1;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = splitFields(line);
        auto at = parseUserInstant(fields.value(0));
        if (!seenData && !at && fields.value(0).contains(QRegularExpression(QStringLiteral("^[A-Za-z]")))) {
            seenData = true; // a header such as "time,expected,successful"
            continue;
        }
        seenData = true;
        if (fields.size() != 3) {
            result.errors << tr("Line %1: expected three values (time, expected, successful), found %2.").arg(number).arg(fields.size());
            continue;
        }
        if (!at) {
            result.errors << tr("Line %1: %2").arg(number).arg(at.errorMessage());
            continue;
        }
        const auto expected = toNumber(fields.at(1));
        const auto successful = toNumber(fields.at(2));
        if (!expected) {
            result.errors << tr("Line %1: \"%2\" is not a number of expected requests.").arg(number).arg(fields.at(1).left(30));
            continue;
        }
        if (!successful) {
            result.errors << tr("Line %1: \"%2\" is not a number of successful requests.").arg(number).arg(fields.at(2).left(30));
            continue;
        }
        if (*expected < 0 || *successful < 0) {
            result.errors << tr("Line %1: request counts cannot be negative.").arg(number);
            continue;
        }
        if (*successful > *expected) {
            result.errors << tr("Line %1: %2 successful is more than the %3 expected. Are the columns swapped?")
                                 .arg(number).arg(*successful).arg(*expected);
            continue;
        }
        if (!result.samples.isEmpty() && at->utc <= result.samples.last().at) {
            result.errors << tr("Line %1: this time is not after the line before it; sort the samples by time.").arg(number);
            continue;
        }
        if (*expected == 0)
            result.warnings << tr("Line %1: nothing was expected, so this sample says nothing about availability.").arg(number);
        result.samples.append({ at->utc, *expected, *successful });
    }
    const AvailabilityResult availability = computeAvailability(result.samples);
    if (availability.gapCount > 0)
        result.warnings << (availability.gapCount == 1
            ? tr("1 gap in the series: an interval much longer than the others is left out of the availability.")
            : tr("%1 gaps in the series: intervals much longer than the others are left out of the availability.").arg(availability.gapCount));
    return result;
}

QString formatImpactSeries(const QList<ImpactSample> &samples, int offsetMinutes)
{
    QStringList lines;
    for (const ImpactSample &s : samples)
        lines << QStringLiteral("%1, %2, %3")
                     .arg(formatUserInstant(Instant::fromUtc(s.at, offsetMinutes)),
                          QLocale::c().toString(s.expected, 'g', 15), QLocale::c().toString(s.successful, 'g', 15));
    return lines.join(QLatin1Char('\n'));
}

} // namespace closeloop
