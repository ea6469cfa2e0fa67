#include "timingcalculators.h"

#include "calcinput.h"

#include <cmath>

namespace closeloop {

using calc::checkNumber;
using calc::Range;
using calc::tr;

namespace {

QString ms(double value)
{
    return value >= 1000 ? tr("%1 s").arg(calcNumber(value / 1000, 3)) : tr("%1 ms").arg(calcNumber(value));
}

QString duration(double seconds)
{
    if (seconds >= 3600)
        return tr("%1 h").arg(calcNumber(seconds / 3600, 2));
    if (seconds >= 60)
        return tr("%1 min").arg(calcNumber(seconds / 60, 1));
    return tr("%1 s").arg(calcNumber(seconds, 1));
}

} // namespace

Result<Calculation> retryPolicy(const RetryInput &in)
{
    if (auto e = checkNumber(in.baseMs, tr("The backoff base"), Range::NonNegative))
        return *e;
    if (auto e = checkNumber(in.capMs, tr("The backoff cap"), Range::NonNegative))
        return *e;
    if (auto e = checkNumber(in.timeoutMs, tr("The per-attempt timeout"), Range::Positive))
        return *e;
    if (auto e = checkNumber(in.deadlineMs, tr("The caller's deadline"), Range::Positive))
        return *e;
    if (in.attempts < 1 || in.attempts > 100)
        return Error { tr("Attempts counts the first call too: enter 1 to 100 (it is %1).").arg(in.attempts) };
    if (in.layers < 1 || in.layers > 10)
        return Error { tr("Layers that retry must be 1 to 10 (it is %1).").arg(in.layers) };

    // Worst case of full jitter is the full capped wait before each retry.
    double wait = 0;
    QStringList waits;
    for (int n = 1; n < in.attempts; ++n) {
        const double w = std::min(in.capMs, in.baseMs * std::pow(2.0, n));
        wait += w;
        waits << calcNumber(w);
    }
    const double total = in.attempts * in.timeoutMs + wait;
    const bool fits = total <= in.deadlineMs;
    const double amplification = std::pow(double(in.attempts), in.layers);

    Calculation c;
    c.calculator = QStringLiteral("retry");
    c.formula = tr("Waits w_n = min(cap, base·2ⁿ) before retry n; the worst case A·t + Σw must fit the caller's "
                   "deadline D. A failing dependency sees A^L calls per request when L layers retry.");
    c.pass = fits && in.layers == 1;
    c.rows = {
        { tr("Backoff base / cap"), tr("%1 / %2").arg(ms(in.baseMs), ms(in.capMs)) },
        { tr("Attempts A (with the first call)"), QString::number(in.attempts) },
        { tr("Timeout per attempt t"), ms(in.timeoutMs) },
        { tr("Caller's deadline D"), ms(in.deadlineMs) },
        { tr("Layers that retry L"), QString::number(in.layers) },
        { tr("Worst-case waits (ms)"), waits.isEmpty() ? tr("none") : waits.join(QStringLiteral(" + ")), true },
        { tr("Worst case A·t + Σw"), ms(total), true },
        { tr("Fits the deadline"), fits ? tr("yes, %1 to spare").arg(ms(in.deadlineMs - total)) : tr("no, %1 over").arg(ms(total - in.deadlineMs)), true },
        { tr("Retry amplification A^L"), tr("%1×").arg(calcNumber(amplification)), true },
    };
    c.numbers = QJsonObject {
        { QStringLiteral("base_ms"), in.baseMs },     { QStringLiteral("cap_ms"), in.capMs },
        { QStringLiteral("attempts"), in.attempts },  { QStringLiteral("timeout_ms"), in.timeoutMs },
        { QStringLiteral("deadline_ms"), in.deadlineMs }, { QStringLiteral("layers"), in.layers },
        { QStringLiteral("worst_case_wait_ms"), wait }, { QStringLiteral("worst_case_total_ms"), total },
        { QStringLiteral("fits_deadline"), fits },    { QStringLiteral("amplification"), amplification },
        { QStringLiteral("pass"), c.pass },
    };
    if (!fits)
        c.verdict = tr("Fail: in the worst case the calls take %1, past the caller's deadline of %2. Fewer attempts, "
                       "a shorter timeout or a lower cap would fit.").arg(ms(total), ms(in.deadlineMs));
    else if (in.layers > 1)
        c.verdict = tr("Fail: %1 layers retry, so a failing dependency sees %2× the load. Retry in one layer only.")
                        .arg(in.layers).arg(calcNumber(amplification));
    else
        c.verdict = tr("Pass: the worst case, %1, fits the caller's deadline of %2, and one layer retries.").arg(ms(total), ms(in.deadlineMs));
    return c;
}

Result<Calculation> bakeTime(const BakeInput &in)
{
    if (auto e = checkNumber(in.periodS, tr("The alarm period"), Range::Positive))
        return *e;
    if (auto e = checkNumber(in.delayS, tr("The ingestion delay"), Range::NonNegative))
        return *e;
    if (auto e = checkNumber(in.bakeS, tr("The bake time"), Range::NonNegative))
        return *e;
    if (in.datapoints < 1)
        return Error { tr("Datapoints to alarm must be at least 1 (it is %1).").arg(in.datapoints) };
    const double detect = in.periodS * in.datapoints + in.delayS;
    Calculation c;
    c.calculator = QStringLiteral("bake-time");
    c.formula = tr("An alarm needs period × datapoints + ingestion delay to fire; each stage must bake at least that "
                   "long: bake ≥ T_detect.");
    c.pass = in.bakeS >= detect;
    c.rows = { { tr("Alarm period"), duration(in.periodS) }, { tr("Datapoints to alarm"), QString::number(in.datapoints) },
               { tr("Ingestion delay"), duration(in.delayS) }, { tr("Bake time"), duration(in.bakeS) },
               { tr("Detection time T_detect"), duration(detect), true } };
    c.numbers = QJsonObject { { QStringLiteral("detect_s"), detect }, { QStringLiteral("bake_s"), in.bakeS }, { QStringLiteral("pass"), c.pass } };
    c.verdict = c.pass ? tr("Pass: the stage bakes %1; its alarms fire within %2.").arg(duration(in.bakeS), duration(detect))
                       : tr("Fail: the stage bakes %1 but its alarms need %2 to fire; the change moves on before a "
                            "rollback alarm could stop it.").arg(duration(in.bakeS), duration(detect));
    return c;
}

Result<Calculation> backlogDrain(const BacklogInput &in)
{
    if (auto e = checkNumber(in.outageS, tr("The outage length"), Range::Positive))
        return *e;
    if (auto e = checkNumber(in.arrivalPerS, tr("The arrival rate"), Range::Positive))
        return *e;
    if (auto e = checkNumber(in.capacityPerS, tr("The consumer capacity"), Range::Positive))
        return *e;
    if (in.completionSloS)
        if (auto e = checkNumber(*in.completionSloS, tr("The completion objective"), Range::Positive))
            return *e;
    const double backlog = in.arrivalPerS * in.outageS;
    const bool drains = in.capacityPerS > in.arrivalPerS;
    const double drain = drains ? backlog / (in.capacityPerS - in.arrivalPerS) : INFINITY;
    Calculation c;
    c.calculator = QStringLiteral("backlog");
    c.formula = tr("An outage of T at arrival rate λ leaves B = λ·T; consumers at μ drain it in B/(μ − λ) while new "
                   "work keeps arriving, and never when μ ≤ λ.");
    c.rows = { { tr("Outage T"), duration(in.outageS) }, { tr("Arrivals λ per second"), calcNumber(in.arrivalPerS) },
               { tr("Consumer capacity μ per second"), calcNumber(in.capacityPerS) },
               { tr("Backlog B"), calcNumber(backlog), true },
               { tr("Drain time"), drains ? duration(drain) : tr("never"), true } };
    c.numbers = QJsonObject { { QStringLiteral("backlog"), backlog }, { QStringLiteral("drains"), drains } };
    if (drains)
        c.numbers.insert(QStringLiteral("drain_s"), drain);
    c.pass = drains;
    if (drains && in.completionSloS) {
        c.rows.append({ tr("Oldest work done after T + drain"), duration(in.outageS + drain), true });
        c.pass = in.outageS + drain <= *in.completionSloS;
    }
    c.numbers.insert(QStringLiteral("pass"), c.pass);
    if (!drains)
        c.verdict = tr("Fail: consumers handle %1 per second but %2 arrive; the backlog never drains. Drop or "
                       "prioritise work, or add capacity.").arg(calcNumber(in.capacityPerS), calcNumber(in.arrivalPerS));
    else if (!c.pass)
        c.verdict = tr("Fail: the oldest work finishes %1 after the outage began, past the completion objective of %2.")
                        .arg(duration(in.outageS + drain), duration(*in.completionSloS));
    else
        c.verdict = tr("Pass: the backlog of %1 drains in %2.").arg(calcNumber(backlog), duration(drain));
    return c;
}

Result<Calculation> serialAvailability(const QList<double> &availabilities, std::optional<double> target)
{
    if (availabilities.isEmpty())
        return Error { tr("Enter the availability of each hard dependency, e.g. 0.999,0.9995.") };
    auto check = [](double a, const QString &label) -> std::optional<Error> {
        if (!std::isfinite(a))
            return Error { tr("%1 is not a number: enter a fraction such as 0.999.").arg(label) };
        if (a <= 0 || a > 1)
            return Error { tr("%1 is %2: enter availability as a fraction between 0 and 1, e.g. 0.999 for 99.9 %.").arg(label).arg(a) };
        return std::nullopt;
    };
    double product = 1;
    QStringList shown;
    for (int i = 0; i < availabilities.size(); ++i) {
        if (auto e = check(availabilities.at(i), tr("Dependency %1").arg(i + 1)))
            return *e;
        product *= availabilities.at(i);
        shown << tr("%1 %").arg(calcNumber(availabilities.at(i) * 100, 3));
    }
    if (target)
        if (auto e = check(*target, tr("The target")))
            return *e;
    const double hoursPerYear = 8760;
    Calculation c;
    c.calculator = QStringLiteral("availability");
    c.formula = tr("Serial hard dependencies multiply: A = Π A_i. Each critical dependency should be ten times less "
                   "unavailable than the target: 1 − A_dep ≤ (1 − A_target)/10.");
    c.rows = { { tr("Dependencies"), shown.join(QStringLiteral(", ")) },
               { tr("Best the service can reach, Π A_i"), tr("%1 %").arg(calcNumber(product * 100, 3)), true },
               { tr("Downtime a year at that"), tr("%1 h").arg(calcNumber((1 - product) * hoursPerYear, 1)), true } };
    c.numbers = QJsonObject { { QStringLiteral("availability"), product }, { QStringLiteral("downtime_hours_per_year"), (1 - product) * hoursPerYear } };
    c.pass = true;
    if (target) {
        int weak = 0;
        for (double a : availabilities)
            weak += (1 - a) > (1 - *target) / 10 + 1e-12 ? 1 : 0;
        c.pass = product >= *target && weak == 0;
        c.rows.append({ tr("Target"), tr("%1 %").arg(calcNumber(*target * 100, 3)) });
        c.rows.append({ tr("Dependencies without an extra nine"), QString::number(weak), true });
        c.numbers.insert(QStringLiteral("target"), *target);
        c.numbers.insert(QStringLiteral("without_extra_nine"), weak);
        c.verdict = product < *target
            ? tr("Fail: with these hard dependencies the service can reach at most %1 %, below the %2 % target.")
                  .arg(calcNumber(product * 100, 3), calcNumber(*target * 100, 3))
            : weak > 0 ? tr("Fail: the target is reachable, but %1 dependencies are not one nine better than it.").arg(weak)
                       : tr("Pass: the dependencies allow %1 %, and each is one nine better than the target.").arg(calcNumber(product * 100, 3));
    } else {
        c.verdict = tr("The service can reach at most %1 % with these hard dependencies.").arg(calcNumber(product * 100, 3));
    }
    c.numbers.insert(QStringLiteral("pass"), c.pass);
    return c;
}

} // namespace closeloop
