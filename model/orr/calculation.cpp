#include "calculation.h"

#include "calcinput.h"
#include "capacitycalculators.h"
#include "timingcalculators.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace closeloop {

using calc::tr;

namespace {

// Reads one number from stored inputs or CLI flags (numbers or strings).
struct Reader {
    const QJsonObject &in;
    const CalculatorInfo &info;
    std::optional<Error> error;

    QString labelOf(const QString &key) const
    {
        for (const CalcField &f : info.fields)
            if (f.key == key)
                return f.label;
        return key;
    }

    std::optional<double> parse(const QJsonValue &v, const QString &label)
    {
        if (v.isDouble())
            return v.toDouble();
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (!v.isString() || !ok || !std::isfinite(d)) {
            error = Error { tr("%1: “%2” is not a number; enter a plain number such as 1200 or 0.2.")
                                .arg(label, v.isString() ? v.toString().left(40) : tr("(not a number)")) };
            return std::nullopt;
        }
        return d;
    }

    std::optional<double> number(const QString &key, bool optional = false)
    {
        if (error)
            return std::nullopt;
        if (!in.contains(key)) {
            if (!optional)
                error = Error { tr("%1 is missing (%2).").arg(labelOf(key), key) };
            return std::nullopt;
        }
        return parse(in.value(key), labelOf(key));
    }

    double required(const QString &key) { return number(key).value_or(0); }

    QList<double> list(const QString &key)
    {
        QList<double> out;
        if (error)
            return out;
        const QJsonValue v = in.value(key);
        QJsonArray items;
        if (v.isArray()) {
            items = v.toArray();
        } else if (v.isString()) {
            for (const QString &part : v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                items.append(part);
        } else if (v.isDouble()) {
            items.append(v);
        } else {
            error = Error { tr("%1 is missing (%2): enter one number per entry, separated by commas.").arg(labelOf(key), key) };
            return out;
        }
        for (const QJsonValue &item : std::as_const(items)) {
            const auto d = parse(item, labelOf(key));
            if (!d)
                return {};
            out.append(*d);
        }
        return out;
    }

    int whole(double value, const QString &key)
    {
        if (!error && value != std::floor(value))
            error = Error { tr("%1 must be a whole number (it is %2).").arg(labelOf(key)).arg(value) };
        return int(value);
    }
};

} // namespace

QList<CalculatorInfo> calculators()
{
    auto f = [](const char *key, const char *label, const char *unit, bool list = false, bool optional = false) {
        return CalcField { QString::fromLatin1(key), tr(label), QString::fromUtf8(unit), list, optional, {} };
    };
    return {
        { QStringLiteral("az-capacity"), tr("Capacity after losing one AZ"), QStringLiteral("CAP-1, CAP-3"),
          { f("peak", "Forecast peak load P", "req/s"), f("margin", "Safety margin m (fraction)", ""),
            f("capacity", "Usable capacity running in each AZ", "req/s", true),
            f("instance_capacity", "Usable capacity of one instance", "req/s", false, true),
            f("lose_az", "What-if: lose AZ number", "", false, true), f("peak_factor", "What-if: multiply the peak by", "×", false, true) } },
        { QStringLiteral("quorum"), tr("Quorum after losing one AZ"), QStringLiteral("CAP-4"),
          { f("replicas", "Replicas in each AZ", "", true) } },
        { QStringLiteral("retry"), tr("Retry policy against the caller's deadline"), QStringLiteral("RTY-2, RTY-3, RTY-5"),
          { f("base_ms", "Backoff base", "ms"), f("cap_ms", "Backoff cap", "ms"), f("attempts", "Attempts, with the first call", ""),
            f("timeout_ms", "Timeout per attempt", "ms"), f("deadline_ms", "Caller's deadline", "ms"),
            f("layers", "Layers of the call chain that retry", "", false, true) } },
        { QStringLiteral("bake-time"), tr("Bake time against alarm detection"), QStringLiteral("DEP-3"),
          { f("period_s", "Alarm period", "s"), f("datapoints", "Datapoints to alarm", ""), f("delay_s", "Ingestion delay", "s"),
            f("bake_s", "Bake time of the stage", "s") } },
        { QStringLiteral("backlog"), tr("Backlog drain after an outage"), QStringLiteral("OVL-4"),
          { f("outage_s", "Outage length T", "s"), f("arrival_per_s", "Arrivals per second λ", "/s"),
            f("capacity_per_s", "Consumer capacity per second μ", "/s"), f("completion_slo_s", "Completion objective", "s", false, true) } },
        { QStringLiteral("availability"), tr("Availability of serial hard dependencies"), QStringLiteral("DEPN-5"),
          { f("dependencies", "Availability of each hard dependency (fraction)", "", true), f("target", "Service availability target (fraction)", "", false, true) } },
        { QStringLiteral("load-test"), tr("Load-test margin"), QStringLiteral("LT-1, LT-2"),
          { f("tested", "Load sustained in the test", "req/s"), f("peak", "Forecast peak load", "req/s"),
            f("required", "Required multiple of peak k", "×"), f("breaking", "Load at which it broke", "req/s", false, true) } },
    };
}

std::optional<CalculatorInfo> calculatorInfo(const QString &id)
{
    for (const CalculatorInfo &c : calculators())
        if (c.id == id)
            return c;
    return std::nullopt;
}

Result<Calculation> runCalculator(const QString &id, const QJsonObject &inputs)
{
    const auto info = calculatorInfo(id);
    if (!info) {
        QStringList ids;
        for (const CalculatorInfo &c : calculators())
            ids << c.id;
        return Error { tr("There is no calculator “%1”; the calculators are %2.").arg(id, ids.join(QStringLiteral(", "))) };
    }
    Reader r { inputs, *info, std::nullopt };
    if (id == QLatin1String("az-capacity")) {
        AzCapacityInput in;
        in.peak = r.required(QStringLiteral("peak"));
        in.margin = r.required(QStringLiteral("margin"));
        in.capacity = r.list(QStringLiteral("capacity"));
        in.instanceCapacity = r.number(QStringLiteral("instance_capacity"), true);
        if (const auto k = r.number(QStringLiteral("lose_az"), true))
            in.loseAz = r.whole(*k, QStringLiteral("lose_az"));
        in.peakFactor = r.number(QStringLiteral("peak_factor"), true).value_or(1);
        if (r.error)
            return *r.error;
        return azCapacity(in);
    } else if (id == QLatin1String("quorum")) {
        QList<int> replicas;
        for (double d : r.list(QStringLiteral("replicas")))
            replicas.append(r.whole(d, QStringLiteral("replicas")));
        if (r.error)
            return *r.error;
        return quorumSurvivesAzLoss(replicas);
    } else if (id == QLatin1String("retry")) {
        RetryInput in;
        in.baseMs = r.required(QStringLiteral("base_ms"));
        in.capMs = r.required(QStringLiteral("cap_ms"));
        in.attempts = r.whole(r.required(QStringLiteral("attempts")), QStringLiteral("attempts"));
        in.timeoutMs = r.required(QStringLiteral("timeout_ms"));
        in.deadlineMs = r.required(QStringLiteral("deadline_ms"));
        in.layers = r.whole(r.number(QStringLiteral("layers"), true).value_or(1), QStringLiteral("layers"));
        if (r.error)
            return *r.error;
        return retryPolicy(in);
    } else if (id == QLatin1String("bake-time")) {
        BakeInput in;
        in.periodS = r.required(QStringLiteral("period_s"));
        in.datapoints = r.whole(r.required(QStringLiteral("datapoints")), QStringLiteral("datapoints"));
        in.delayS = r.required(QStringLiteral("delay_s"));
        in.bakeS = r.required(QStringLiteral("bake_s"));
        if (r.error)
            return *r.error;
        return bakeTime(in);
    } else if (id == QLatin1String("backlog")) {
        BacklogInput in;
        in.outageS = r.required(QStringLiteral("outage_s"));
        in.arrivalPerS = r.required(QStringLiteral("arrival_per_s"));
        in.capacityPerS = r.required(QStringLiteral("capacity_per_s"));
        in.completionSloS = r.number(QStringLiteral("completion_slo_s"), true);
        if (r.error)
            return *r.error;
        return backlogDrain(in);
    } else if (id == QLatin1String("availability")) {
        const QList<double> deps = r.list(QStringLiteral("dependencies"));
        const auto target = r.number(QStringLiteral("target"), true);
        if (r.error)
            return *r.error;
        return serialAvailability(deps, target);
    } else {
        LoadTestInput in;
        in.tested = r.required(QStringLiteral("tested"));
        in.peak = r.required(QStringLiteral("peak"));
        in.required = r.required(QStringLiteral("required"));
        in.breaking = r.number(QStringLiteral("breaking"), true);
        if (r.error)
            return *r.error;
        return loadTestMargin(in);
    }
}

QString calcNumber(double value, int decimals)
{
    const QLocale english(QLocale::English);
    if (std::abs(value - std::round(value)) < 1e-9 && std::abs(value) < 1e15)
        return english.toString(qlonglong(std::llround(value)));
    QString text = english.toString(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

} // namespace closeloop
