// The working group's report: figures in tables, charts as SVG that
// draw gaps as gaps, and an axis that ends on a round number.
#include "report/svgchart.h"
#include "report/workinggroupreport.h"

#include "golden.h"

#include <QTest>

using namespace closeloop;

class TestWorkingGroupReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void axisEndsOnARoundNumber()
    {
        QCOMPARE(niceCeiling(0), 1.0);
        QCOMPARE(niceCeiling(7), 10.0);
        QCOMPARE(niceCeiling(12), 20.0);
        QCOMPARE(niceCeiling(450), 500.0);
        QCOMPARE(niceCeiling(1000), 1000.0);
        QCOMPARE(niceCeiling(0.3), 0.5);
    }

    void aQuarterWithoutDataBreaksTheLine()
    {
        ChartSpec spec { QStringLiteral("TTD"), QStringLiteral("Quarter"), QStringLiteral("Minutes"),
                         { QStringLiteral("Q1"), QStringLiteral("Q2"), QStringLiteral("Q3"), QStringLiteral("Q4"), QStringLiteral("Q5") },
                         { ChartSeries { QStringLiteral("median"), QStringLiteral("#0072B2"), { 1.0, 2.0, std::nullopt, 3.0, 4.0 } } } };
        const QString svg = lineChartSvg(spec);
        QCOMPARE(svg.count(QStringLiteral("<polyline")), 2);
        QCOMPARE(svg.count(QStringLiteral("<circle")), 4);
        QVERIFY(svg.contains(QStringLiteral(">Minutes</text>")));
        QVERIFY(svg.contains(QStringLiteral(">Quarter</text>")));
    }

    void stackedBarsCarryTheirCounts()
    {
        ChartSpec spec { QStringLiteral("COEs & more"), QStringLiteral("Month"), QStringLiteral("COEs"), { QStringLiteral("2026-01") },
                         { ChartSeries { QStringLiteral("Sev 1"), QStringLiteral("#D55E00"), { 2.0 } },
                           ChartSeries { QStringLiteral("Sev 2"), QStringLiteral("#E69F00"), { 0.0 } },
                           ChartSeries { QStringLiteral("Sev 3"), QStringLiteral("#CC79A7"), { 3.0 } } } };
        const QString svg = stackedBarChartSvg(spec);
        QVERIFY(svg.contains(QStringLiteral("<title>Sev 1, 2026-01: 2</title>")));
        QVERIFY(svg.contains(QStringLiteral("<title>Sev 3, 2026-01: 3</title>")));
        QVERIFY(!svg.contains(QStringLiteral("Sev 2, 2026-01"))); // an empty segment draws nothing
        QVERIFY(svg.contains(QStringLiteral("COEs &amp; more"))); // text is escaped
    }

    void figuresBecomeTables()
    {
        Dashboard d;
        d.today = QDate(2026, 7, 15);
        d.filter.from = QDate(2026, 1, 1);
        d.filter.to = QDate(2026, 3, 31);
        d.coeIds = { 1, 2, 3, 4 };
        d.customerDetected = { 2 };
        MonthBucket jan { QDate(2026, 1, 1), {}, 3, 1, {}, {} };
        jan.bySeverity[0] = { 1 };
        jan.bySeverity[2] = { 2, 3 };
        d.months = { jan, MonthBucket { QDate(2026, 2, 1), {}, 0, 0, {}, {} } };
        QuarterBucket q { QDate(2026, 1, 1), QStringLiteral("2026 Q1"), { 1, 2, 3 }, { 2 }, 2, 0, 450.0, 1200.0, {}, {} };
        d.quarters = { q };
        d.triggers = { TermCount { QStringLiteral("config push"), { 2 }, { 1, 3 } } };
        d.actions.opened = 4;
        d.actions.strongOpened = 1;
        d.actions.medianDaysToClose = 7.5;
        d.halving.coes = 4;
        d.halving.ttdWithActions = { 1 };
        const WorkingGroupReport r = workingGroupReport(d, {}, {}, QStringLiteral("wg-charts"));
        QVERIFY(r.markdown.contains(QStringLiteral("**Detected by customers: 25%** of 4 COEs")));
        QVERIFY(r.markdown.contains(QStringLiteral("| 2026-01 | 1 | 0 | 2 | 0 | 0 | 3 |")));
        QVERIFY(r.markdown.contains(QStringLiteral("| 2026 Q1 | 3 | 1 (33%) | 7 min 30 s | 20 min | – | – |")));
        QVERIFY(r.markdown.contains(QStringLiteral("| config push | 2 | 2 |")));
        QVERIFY(r.markdown.contains(QStringLiteral("- **Trigger config push**: 2 COEs (COE-1, COE-3)")));
        QVERIFY(r.markdown.contains(QStringLiteral("| 4 | 0 | 0 | 7.5 | 1 (25%) |")));
        QVERIFY(r.markdown.contains(QStringLiteral("**1 (25%)** turned")));
        QVERIFY(r.markdown.contains(QStringLiteral("No findings recorded in the period.")));
        QCOMPARE(r.charts.size(), 3);
        QCOMPARE(r.charts.at(0).fileName, QStringLiteral("coes-per-month.svg"));
        CLOSELOOP_COMPARE_GOLDEN(QStringLiteral("working-group.md"), r.markdown);
    }
};

QTEST_GUILESS_MAIN(TestWorkingGroupReport)
#include "tst_workinggroupreport.moc"
