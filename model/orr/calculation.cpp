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
    // Labels and help are translated where they are written, so lupdate sees them.
    auto f = [](const char *key, const QString &label, const char *unit, const QString &help, bool list = false,
                bool optional = false) {
        return CalcField { QString::fromLatin1(key), label, QString::fromUtf8(unit), list, optional, help };
    };
    return {
        { QStringLiteral("az-capacity"), tr("Capacity after losing one AZ"), QStringLiteral("CAP-1, CAP-3"),
          { f("peak", tr("Forecast peak load P"), "req/s", tr("The highest load expected before the next review.")),
            f("margin", tr("Safety margin m (fraction)"), "",
              tr("Extra capacity on top of the peak, as a fraction: 0.2 means 20% headroom.")),
            f("capacity", tr("Usable capacity running in each AZ"), "req/s",
              tr("What each Availability Zone can serve today, one number per AZ."), true),
            f("instance_capacity", tr("Usable capacity of one instance"), "req/s",
              tr("What one instance serves; with it the answer says how many instances to add."), false, true),
            f("lose_az", tr("What-if: lose AZ number"), "",
              tr("Which AZ to take away, counting from 1; empty means the largest."), false, true),
            f("peak_factor", tr("What-if: multiply the peak by"), "×",
              tr("Try a bigger peak, e.g. 1.5 for a sale day."), false, true) } },
        { QStringLiteral("quorum"), tr("Quorum after losing one AZ"), QStringLiteral("CAP-4"),
          { f("replicas", tr("Replicas in each AZ"), "",
              tr("How many voting replicas run in each Availability Zone, one number per AZ."), true) } },
        { QStringLiteral("retry"), tr("Retry policy against the caller's deadline"), QStringLiteral("RTY-2, RTY-3, RTY-5"),
          { f("base_ms", tr("Backoff base"), "ms", tr("The wait before the first retry; it doubles with each attempt.")),
            f("cap_ms", tr("Backoff cap"), "ms", tr("The longest wait between two attempts.")),
            f("attempts", tr("Attempts, with the first call"), "", tr("All calls made, the first one included.")),
            f("timeout_ms", tr("Timeout per attempt"), "ms", tr("How long one attempt may take before it is given up.")),
            f("deadline_ms", tr("Caller's deadline"), "ms", tr("How long the caller waits for an answer in total.")),
            f("layers", tr("Layers of the call chain that retry"), "",
              tr("Retries at several layers multiply: three layers of three attempts make 27 calls."), false, true) } },
        { QStringLiteral("bake-time"), tr("Bake time against alarm detection"), QStringLiteral("DEP-3"),
          { f("period_s", tr("Alarm period"), "s", tr("The length of one alarm evaluation period.")),
            f("datapoints", tr("Datapoints to alarm"), "", tr("How many periods in breach before the alarm fires.")),
            f("delay_s", tr("Ingestion delay"), "s", tr("How late metrics arrive at the alarm.")),
            f("bake_s", tr("Bake time of the stage"), "s", tr("How long a deployment waits in this stage before moving on.")) } },
        { QStringLiteral("backlog"), tr("Backlog drain after an outage"), QStringLiteral("OVL-4"),
          { f("outage_s", tr("Outage length T"), "s", tr("How long the consumers were down while work kept arriving.")),
            f("arrival_per_s", tr("Arrivals per second λ"), "/s", tr("How much work arrives per second.")),
            f("capacity_per_s", tr("Consumer capacity per second μ"), "/s", tr("How much work the consumers can finish per second.")),
            f("completion_slo_s", tr("Completion objective"), "s",
              tr("How soon after the outage the backlog must be gone."), false, true) } },
        { QStringLiteral("availability"), tr("Availability of serial hard dependencies"), QStringLiteral("DEPN-5"),
          { f("dependencies", tr("Availability of each hard dependency (fraction)"), "",
              tr("One number per dependency the service cannot work without, e.g. 0.999."), true),
            f("target", tr("Service availability target (fraction)"), "",
              tr("The availability the service promises, e.g. 0.9995."), false, true) } },
        { QStringLiteral("load-test"), tr("Load-test margin"), QStringLiteral("LT-1, LT-2"),
          { f("tested", tr("Load sustained in the test"), "req/s", tr("The highest load the service handled within its objectives.")),
            f("peak", tr("Forecast peak load"), "req/s", tr("The highest load expected before the next review.")),
            f("required", tr("Required multiple of peak k"), "×", tr("How far above the peak the test must go, e.g. 2.")),
            f("breaking", tr("Load at which it broke"), "req/s",
              tr("If the test went on until something failed: the load at that point."), false, true) } },
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
