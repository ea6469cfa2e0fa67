// ORR calculators, table-driven: each worked example of orr-axioms.md §5,
// the what-ifs, and the bad input each must refuse with a clear message.
#include "orr/calculation.h"

#include <QJsonDocument>
#include <QTest>

using namespace closeloop;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestCalculators : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void workedExamples_data()
    {
        QTest::addColumn<QString>("calculator");
        QTest::addColumn<QString>("inputs");
        QTest::addColumn<bool>("pass");
        QTest::addColumn<QString>("expected"); // numbers the result must hold, as JSON
        auto row = [](const char *name, const char *calc, const char *in, bool pass, const char *expected) {
            QTest::newRow(name) << QString::fromLatin1(calc) << QString::fromLatin1(in) << pass << QString::fromLatin1(expected);
        };
        // N1: the imbalance example fails although the total exceeds P(1+m).
        row("N1 imbalance 9000/4000/4000", "az-capacity", R"({"peak":12000,"margin":0.2,"capacity":[9000,4000,4000]})", false,
            R"({"needed":14400,"total":17000,"lost_az":1,"capacity_left":8000,"shortfall":6400})");
        // N1: 21 instances of 350 usable rps per AZ, 3 AZs.
        row("N1 balanced 3 AZs", "az-capacity", R"({"peak":12000,"margin":0.2,"capacity":[7350,7350,7350],"instance_capacity":350})", true,
            R"({"needed":14400,"needed_per_az":7200,"instances_per_az":21,"capacity_left":14700})");
        row("N1 two AZs need 200 %", "az-capacity", R"({"peak":1000,"margin":0,"capacity":[1000,1000]})", true,
            R"({"needed_per_az":1000,"capacity_left":1000,"margin_after_loss":0})");
        row("N1 what-if lose AZ 2", "az-capacity", R"({"peak":12000,"margin":0.2,"capacity":[9000,4000,4000],"lose_az":2})", false,
            R"({"lost_az":2,"capacity_left":13000})");
        row("N1 what-if double the peak", "az-capacity", R"({"peak":12000,"margin":0.2,"capacity":[7350,7350,7350],"peak_factor":2})", false,
            R"({"needed":28800,"capacity_left":14700})");
        row("N2 2,2,1", "quorum", R"({"replicas":[2,2,1]})", true, R"({"replicas":5,"survivors":3,"majority":3})");
        row("N2 2,1 in two AZs", "quorum", R"({"replicas":[2,1]})", false, R"({"survivors":1,"majority":2})");
        row("N2 2,1,1", "quorum", R"({"replicas":[2,1,1]})", false, R"({"survivors":2,"majority":3})");
        // N5: 800 ms, two attempts, immediate retry, 2 s deadline.
        row("N5 immediate retry fits", "retry", R"({"base_ms":0,"cap_ms":0,"attempts":2,"timeout_ms":800,"deadline_ms":2000})", true,
            R"({"worst_case_total_ms":1600,"worst_case_wait_ms":0,"amplification":2})");
        row("N6 capped backoff", "retry", R"({"base_ms":100,"cap_ms":1000,"attempts":4,"timeout_ms":200,"deadline_ms":3000})", true,
            R"({"worst_case_wait_ms":1400,"worst_case_total_ms":2200})");
        row("N6 cap bounds the waits", "retry", R"({"base_ms":100,"cap_ms":300,"attempts":4,"timeout_ms":200,"deadline_ms":3000})", true,
            R"({"worst_case_wait_ms":800})");
        row("N6 three layers of three", "retry", R"({"base_ms":0,"cap_ms":0,"attempts":3,"timeout_ms":100,"deadline_ms":5000,"layers":3})", false,
            R"({"amplification":27,"fits_deadline":true})");
        row("N5 past the deadline", "retry", R"({"base_ms":0,"cap_ms":0,"attempts":3,"timeout_ms":800,"deadline_ms":2000})", false,
            R"({"worst_case_total_ms":2400,"fits_deadline":false})");
        // N10: 60 s × 5 datapoints + 2 min delay → bake at least 7 min.
        row("N10 bake too short", "bake-time", R"({"period_s":60,"datapoints":5,"delay_s":120,"bake_s":300})", false, R"({"detect_s":420})");
        row("N10 bake long enough", "bake-time", R"({"period_s":60,"datapoints":5,"delay_s":120,"bake_s":420})", true, R"({"detect_s":420})");
        // N11: 30 min at 200/s, consumers at 300/s → 360,000 items, 60 min.
        row("N11 drains in an hour", "backlog", R"({"outage_s":1800,"arrival_per_s":200,"capacity_per_s":300})", true,
            R"({"backlog":360000,"drain_s":3600})");
        row("N11 misses its objective", "backlog", R"({"outage_s":1800,"arrival_per_s":200,"capacity_per_s":300,"completion_slo_s":3600})", false,
            R"({"backlog":360000,"drain_s":3600})");
        row("N11 never drains", "backlog", R"({"outage_s":60,"arrival_per_s":300,"capacity_per_s":300})", false, R"({"drains":false})");
        row("N13 three 99.9 % dependencies", "availability", R"({"dependencies":[0.999,0.999,0.999]})", true,
            R"({"availability":0.997002999})");
        row("N13 target out of reach", "availability", R"({"dependencies":[0.999,0.999,0.999],"target":0.999})", false,
            R"({"without_extra_nine":3})");
        row("N13 extra nine", "availability", R"({"dependencies":[0.99999,0.99999],"target":0.9999})", true, R"({"without_extra_nine":0})");
        row("N17 twice peak", "load-test", R"({"tested":24000,"peak":12000,"required":2})", true, R"({"ratio":2})");
        row("N17 short of 2x", "load-test", R"({"tested":18000,"peak":12000,"required":2})", false, R"({"ratio":1.5})");
        row("CLI strings parse", "az-capacity", R"({"peak":"12000","margin":"0.2","capacity":"9000,4000,4000"})", false,
            R"({"capacity_left":8000})");
    }

    void workedExamples()
    {
        QFETCH(QString, calculator);
        QFETCH(QString, inputs);
        QFETCH(bool, pass);
        QFETCH(QString, expected);
        const auto r = runCalculator(calculator, json(inputs.toUtf8().constData()));
        QVERIFY2(r, qPrintable(r.errorMessage()));
        const Calculation &c = r.value();
        QCOMPARE(c.pass, pass);
        QCOMPARE(c.numbers.value(QStringLiteral("pass")).toBool(), pass);
        QVERIFY(c.verdict.startsWith(pass ? QStringLiteral("Pass") : QStringLiteral("Fail")) || calculator == QLatin1String("availability"));
        QVERIFY(!c.formula.isEmpty());
        QVERIFY(c.rows.size() >= 3);
        const QJsonObject want = json(expected.toUtf8().constData());
        for (auto it = want.begin(); it != want.end(); ++it) {
            const QJsonValue got = c.numbers.value(it.key());
            QVERIFY2(!got.isUndefined(), qPrintable(it.key()));
            if (it.value().isBool())
                QCOMPARE(got.toBool(), it.value().toBool());
            else
                QVERIFY2(qAbs(got.toDouble() - it.value().toDouble()) < 1e-6, qPrintable(QStringLiteral("%1 = %2").arg(it.key()).arg(got.toDouble())));
        }
    }

    void verdictNamesTheNumbers()
    {
        const auto r = runCalculator(QStringLiteral("az-capacity"), json(R"({"peak":12000,"margin":0.2,"capacity":[9000,4000,4000]})"));
        QCOMPARE(r.value().verdict, QStringLiteral("Fail: losing AZ 1 leaves 8,000, less than the 14,400 needed for peak plus margin (short by 6,400)."));
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QString>("calculator");
        QTest::addColumn<QString>("inputs");
        QTest::addColumn<QString>("message");
        auto row = [](const char *name, const char *calc, const char *in, const char *message) {
            QTest::newRow(name) << QString::fromLatin1(calc) << QString::fromLatin1(in) << QString::fromUtf8(message);
        };
        row("negative capacity", "az-capacity", R"({"peak":100,"margin":0.2,"capacity":[100,-5,100]})", "The capacity of AZ 2 must be greater than zero");
        row("zero capacity", "az-capacity", R"({"peak":100,"margin":0.2,"capacity":[100,0,100]})", "The capacity of AZ 2 must be greater than zero");
        row("single AZ", "az-capacity", R"({"peak":100,"margin":0.2,"capacity":[500]})", "at least two AZs");
        row("margin 300 %", "az-capacity", R"({"peak":100,"margin":3,"capacity":[100,100,100]})", "A safety margin of 300 % is not plausible");
        row("NaN", "az-capacity", R"({"peak":"nan","margin":0.2,"capacity":[100,100]})", "“nan” is not a number");
        row("zero peak", "az-capacity", R"({"peak":0,"margin":0.2,"capacity":[100,100]})", "The peak load must be greater than zero");
        row("missing peak", "az-capacity", R"({"margin":0.2,"capacity":[100,100]})", "Forecast peak load P is missing (peak)");
        row("no such AZ", "az-capacity", R"({"peak":100,"margin":0.2,"capacity":[100,100],"lose_az":4})", "There is no AZ 4 to lose");
        row("half a replica", "quorum", R"({"replicas":[2,1.5]})", "must be a whole number");
        row("no replicas", "quorum", R"({"replicas":[0,0]})", "at least one replica");
        row("zero attempts", "retry", R"({"base_ms":0,"cap_ms":0,"attempts":0,"timeout_ms":1,"deadline_ms":1})", "Attempts counts the first call");
        row("negative base", "retry", R"({"base_ms":-1,"cap_ms":0,"attempts":2,"timeout_ms":1,"deadline_ms":1})", "The backoff base cannot be negative");
        row("availability as percent", "availability", R"({"dependencies":[99.9]})", "enter availability as a fraction");
        row("unknown calculator", "warp-drive", R"({})", "There is no calculator “warp-drive”");
    }

    void badInputIsRefused()
    {
        QFETCH(QString, calculator);
        QFETCH(QString, inputs);
        QFETCH(QString, message);
        const auto r = runCalculator(calculator, json(inputs.toUtf8().constData()));
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(message), qPrintable(r.errorMessage()));
    }

    void everyCalculatorDescribesItsInputs()
    {
        QVERIFY(calculators().size() >= 7);
        for (const CalculatorInfo &c : calculators()) {
            QVERIFY(!c.title.isEmpty());
            QVERIFY(!c.fields.isEmpty());
            // Missing required inputs are named, not defaulted.
            const auto r = runCalculator(c.id, {});
            QVERIFY2(!r && r.errorMessage().contains(QStringLiteral("missing")), qPrintable(c.id + QStringLiteral(": ") + r.errorMessage()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCalculators)
#include "tst_calculators.moc"
