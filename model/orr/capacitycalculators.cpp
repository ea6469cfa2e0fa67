#include "capacitycalculators.h"

#include "calcinput.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace closeloop {

using calc::checkNumber;
using calc::Range;
using calc::tr;

Result<Calculation> azCapacity(const AzCapacityInput &in)
{
    if (auto e = checkNumber(in.peak, tr("The peak load"), Range::Positive))
        return *e;
    if (auto e = checkNumber(in.margin, tr("The safety margin"), Range::NonNegative))
        return *e;
    if (in.margin > 1)
        return Error { tr("A safety margin of %1 % is not plausible: enter it as a fraction between 0 and 1, "
                          "e.g. 0.2 for 20 %.").arg(in.margin * 100) };
    if (auto e = checkNumber(in.peakFactor, tr("The peak multiplier"), Range::Positive))
        return *e;
    if (in.capacity.size() < 2)
        return Error { tr("A service in one AZ cannot survive the loss of that AZ: static stability needs at least "
                          "two AZs (three recommended). Enter the capacity running in each AZ.") };
    for (int i = 0; i < in.capacity.size(); ++i)
        if (auto e = checkNumber(in.capacity.at(i), tr("The capacity of AZ %1").arg(i + 1), Range::Positive))
            return *e;
    if (in.instanceCapacity)
        if (auto e = checkNumber(*in.instanceCapacity, tr("The usable capacity of one instance"), Range::Positive))
            return *e;
    if (in.loseAz && (*in.loseAz < 1 || *in.loseAz > in.capacity.size()))
        return Error { tr("There is no AZ %1 to lose: the AZs are numbered 1 to %2.").arg(*in.loseAz).arg(in.capacity.size()) };

    const int n = int(in.capacity.size());
    const double peak = in.peak * in.peakFactor;
    const double need = peak * (1 + in.margin);
    const double total = std::accumulate(in.capacity.cbegin(), in.capacity.cend(), 0.0);
    const int worst = int(std::max_element(in.capacity.cbegin(), in.capacity.cend()) - in.capacity.cbegin());
    const int lost = in.loseAz ? *in.loseAz - 1 : worst;
    const double left = total - in.capacity.at(lost);
    const double marginAfter = left / peak - 1;
    const double perAz = need / (n - 1);

    Calculation c;
    c.calculator = QStringLiteral("az-capacity");
    c.formula = tr("Losing any one AZ must leave enough for peak plus margin: ΣC − C_k ≥ P·(1+m) for every AZ k. "
                   "The worst case loses the largest AZ.");
    c.pass = left >= need;
    c.rows = {
        { tr("Peak load P"), calcNumber(in.peak) + (in.peakFactor != 1 ? tr(" × %1 (what-if)").arg(calcNumber(in.peakFactor)) : QString()) },
        { tr("Safety margin m"), tr("%1 %").arg(calcNumber(in.margin * 100)) },
    };
    QStringList caps;
    for (double v : in.capacity)
        caps << calcNumber(v);
    c.rows.append({ tr("Capacity per AZ"), caps.join(QStringLiteral(" / ")) });
    c.rows.append({ tr("Needed after losing an AZ, P·(1+m)"), calcNumber(need), true });
    c.rows.append({ tr("Total capacity ΣC"), calcNumber(total), true });
    c.rows.append({ in.loseAz ? tr("AZ lost (what-if)") : tr("Worst AZ to lose"), tr("AZ %1 (%2)").arg(lost + 1).arg(calcNumber(in.capacity.at(lost))), true });
    c.rows.append({ tr("Capacity left"), calcNumber(left), true });
    c.rows.append({ tr("Margin after the loss, left/P − 1"), tr("%1 %").arg(calcNumber(marginAfter * 100, 1)), true });
    c.rows.append({ tr("Each AZ needs, balanced, P·(1+m)/(N−1)"), calcNumber(perAz), true });
    c.numbers = QJsonObject {
        { QStringLiteral("peak"), in.peak },
        { QStringLiteral("peak_factor"), in.peakFactor },
        { QStringLiteral("margin"), in.margin },
        { QStringLiteral("azs"), n },
        { QStringLiteral("needed"), need },
        { QStringLiteral("total"), total },
        { QStringLiteral("lost_az"), lost + 1 },
        { QStringLiteral("capacity_left"), left },
        { QStringLiteral("margin_after_loss"), marginAfter },
        { QStringLiteral("needed_per_az"), perAz },
        { QStringLiteral("shortfall"), std::max(0.0, need - left) },
        { QStringLiteral("pass"), c.pass },
    };
    if (in.instanceCapacity) {
        const int instances = int(std::ceil(perAz / *in.instanceCapacity - 1e-9));
        c.rows.append({ tr("Instances needed per AZ, ⌈P·(1+m)/((N−1)·c)⌉"), QString::number(instances), true });
        c.numbers.insert(QStringLiteral("instances_per_az"), instances);
        c.numbers.insert(QStringLiteral("instance_capacity"), *in.instanceCapacity);
    }
    c.verdict = c.pass ? tr("Pass: losing AZ %1 leaves %2, at least the %3 needed for peak plus margin.")
                             .arg(lost + 1).arg(calcNumber(left), calcNumber(need))
                       : tr("Fail: losing AZ %1 leaves %2, less than the %3 needed for peak plus margin (short by %4).")
                             .arg(lost + 1).arg(calcNumber(left), calcNumber(need), calcNumber(need - left));
    return c;
}

Result<Calculation> quorumSurvivesAzLoss(const QList<int> &replicas)
{
    if (replicas.isEmpty())
        return Error { tr("Enter how many replicas run in each AZ, e.g. 2,2,1.") };
    for (int i = 0; i < replicas.size(); ++i)
        if (replicas.at(i) < 0)
            return Error { tr("AZ %1 cannot hold a negative number of replicas (%2).").arg(i + 1).arg(replicas.at(i)) };
    const int total = std::accumulate(replicas.cbegin(), replicas.cend(), 0);
    if (total == 0)
        return Error { tr("A quorum needs at least one replica; every AZ holds none.") };
    const int most = *std::max_element(replicas.cbegin(), replicas.cend());
    const int survivors = total - most;
    const int majority = total / 2 + 1;

    Calculation c;
    c.calculator = QStringLiteral("quorum");
    c.formula = tr("After losing the AZ with the most replicas, a majority must remain: R − max r_i ≥ ⌊R/2⌋ + 1.");
    c.pass = survivors >= majority;
    QStringList per;
    for (int r : replicas)
        per << QString::number(r);
    c.rows = { { tr("Replicas per AZ"), per.join(QStringLiteral(" / ")) },
               { tr("Replicas R"), QString::number(total), true },
               { tr("Left after losing the largest AZ"), QString::number(survivors), true },
               { tr("Majority needed ⌊R/2⌋ + 1"), QString::number(majority), true } };
    c.numbers = QJsonObject { { QStringLiteral("replicas"), total }, { QStringLiteral("survivors"), survivors },
                              { QStringLiteral("majority"), majority }, { QStringLiteral("pass"), c.pass } };
    c.verdict = c.pass ? tr("Pass: %1 of %2 replicas remain, a majority (%3 needed).").arg(survivors).arg(total).arg(majority)
                       : tr("Fail: only %1 of %2 replicas remain after losing an AZ; a majority needs %3.").arg(survivors).arg(total).arg(majority);
    return c;
}

Result<Calculation> loadTestMargin(const LoadTestInput &in)
{
    if (auto e = checkNumber(in.tested, tr("The tested load"), Range::Positive))
        return *e;
    if (auto e = checkNumber(in.peak, tr("The peak load"), Range::Positive))
        return *e;
    if (auto e = checkNumber(in.required, tr("The required multiple of peak"), Range::Positive))
        return *e;
    if (in.breaking)
        if (auto e = checkNumber(*in.breaking, tr("The breaking load"), Range::Positive))
            return *e;
    const double ratio = in.tested / in.peak;
    Calculation c;
    c.calculator = QStringLiteral("load-test");
    c.formula = tr("The test must sustain a multiple of forecast peak: tested / P ≥ k.");
    c.pass = ratio >= in.required;
    c.rows = { { tr("Tested load"), calcNumber(in.tested) }, { tr("Peak load P"), calcNumber(in.peak) },
               { tr("Required multiple k"), tr("%1×").arg(calcNumber(in.required)) },
               { tr("Tested / P"), tr("%1×").arg(calcNumber(ratio)), true } };
    c.numbers = QJsonObject { { QStringLiteral("ratio"), ratio }, { QStringLiteral("required"), in.required }, { QStringLiteral("pass"), c.pass } };
    if (in.breaking) {
        const double b = *in.breaking / in.peak;
        c.rows.append({ tr("Breaking load / P"), tr("%1×").arg(calcNumber(b)), true });
        c.numbers.insert(QStringLiteral("breaking_ratio"), b);
        if (b < in.required)
            c.pass = false;
    }
    c.numbers.insert(QStringLiteral("pass"), c.pass);
    c.verdict = c.pass ? tr("Pass: the test sustained %1× peak; %2× is required.").arg(calcNumber(ratio), calcNumber(in.required))
                       : tr("Fail: the test reached %1× peak (breaking at %2); %3× is required.")
                             .arg(calcNumber(ratio), in.breaking ? tr("%1×").arg(calcNumber(*in.breaking / in.peak)) : tr("not recorded"),
                                  calcNumber(in.required));
    return c;
}

} // namespace closeloop
