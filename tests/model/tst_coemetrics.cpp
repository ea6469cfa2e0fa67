// TTD, TTM and TTR across time zones, DST changes and missing times; the
// human units they are shown in; availability from an impact series.
#include "coe/coemetrics.h"
#include "coe/timeinput.h"

#include <QTest>

using namespace closeloop;

Q_DECLARE_METATYPE(std::optional<qint64>)

class TestCoeMetrics : public QObject {
    Q_OBJECT

    static std::optional<Instant> t(const char *text)
    {
        if (!*text)
            return std::nullopt;
        auto r = parseUserInstant(QString::fromLatin1(text));
        if (!r)
            qFatal("bad fixture time %s: %s", text, qPrintable(r.errorMessage()));
        return r.value();
    }

private Q_SLOTS:
    void durations_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("detected");
        QTest::addColumn<QString>("mitigated");
        QTest::addColumn<QString>("resolved");
        QTest::addColumn<std::optional<qint64>>("ttd");
        QTest::addColumn<std::optional<qint64>>("ttm");
        QTest::addColumn<std::optional<qint64>>("ttr");
        using O = std::optional<qint64>;
        QTest::newRow("same offset, UTC")
            << "2026-03-04 09:00 Z" << "2026-03-04 09:12 Z" << "2026-03-04 09:40 Z" << "2026-03-04 11:00 Z" << O(720) << O(2400) << O(7200);
        QTest::newRow("Nepal +05:45")
            << "2026-03-29 01:50 +05:45" << "2026-03-29 02:05 +05:45" << "2026-03-29 02:40 +05:45" << "2026-03-29 03:30 +05:45"
            << O(900) << O(3000) << O(6000);
        // London springs forward at 01:00 UTC on 2026-03-29: 00:30 GMT and
        // 02:10 BST are 40 minutes apart, not 100.
        QTest::newRow("DST spring forward, London")
            << "2026-03-29 00:30 +00:00" << "2026-03-29 02:10 +01:00" << "2026-03-29 02:20 +01:00" << "2026-03-29 03:00 +01:00"
            << O(2400) << O(3000) << O(5400);
        // New York falls back at 06:00 UTC on 2026-11-01: 01:50 EDT then 01:10 EST is 20 minutes later.
        QTest::newRow("DST fall back, New York")
            << "2026-11-01 01:50 -04:00" << "2026-11-01 01:10 -05:00" << "2026-11-01 01:30 -05:00" << "2026-11-01 02:00 -05:00"
            << O(1200) << O(2400) << O(4200);
        QTest::newRow("times entered in different offsets")
            << "2026-03-04 23:30 -08:00" << "2026-03-05 07:45 Z" << "2026-03-05 13:30 +05:30" << "2026-03-05 09:00 +01:00"
            << O(900) << O(1800) << O(1800);
        QTest::newRow("missing detection")
            << "2026-03-04 09:00 Z" << "" << "2026-03-04 09:40 Z" << "" << O() << O(2400) << O();
        QTest::newRow("missing start: nothing is measured")
            << "" << "2026-03-04 09:12 Z" << "2026-03-04 09:40 Z" << "2026-03-04 11:00 Z" << O() << O() << O();
        QTest::newRow("inverted window stays negative")
            << "2026-03-04 09:30 Z" << "2026-03-04 09:00 Z" << "" << "" << O(-1800) << O() << O();
    }

    void durations()
    {
        QFETCH(QString, start);
        QFETCH(QString, detected);
        QFETCH(QString, mitigated);
        QFETCH(QString, resolved);
        Coe c;
        c.impactStart = t(start.toLatin1().constData());
        c.detected = t(detected.toLatin1().constData());
        c.mitigated = t(mitigated.toLatin1().constData());
        c.resolved = t(resolved.toLatin1().constData());
        const CoeDurations d = computeDurations(c);
        QTEST(d.ttdSeconds, "ttd");
        QTEST(d.ttmSeconds, "ttm");
        QTEST(d.ttrSeconds, "ttr");
    }

    void formatting_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(45) << QStringLiteral("45 s");
        QTest::newRow("minutes and seconds") << qint64(450) << QStringLiteral("7 min 30 s");
        QTest::newRow("whole minutes") << qint64(600) << QStringLiteral("10 min");
        QTest::newRow("long minutes drop seconds") << qint64(47 * 60 + 10) << QStringLiteral("47 min");
        QTest::newRow("hours") << qint64(2 * 3600 + 5 * 60) << QStringLiteral("2 h 05 min");
        QTest::newRow("days") << qint64(3 * 86400 + 4 * 3600 + 59) << QStringLiteral("3 d 4 h");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
        QTest::newRow("negative") << qint64(-1800) << QStringLiteral("−30 min");
    }

    void formatting()
    {
        QFETCH(qint64, seconds);
        QTEST(formatDuration(seconds), "text");
    }

    void unknownDurationIsADash()
    {
        QCOMPARE(formatDuration(std::optional<qint64>()), QStringLiteral("–"));
    }

    void availabilityIsTheRatioOfAreas()
    {
        // Baseline 1000/min for 4 minutes; success dips to 500 in the middle.
        const QDateTime t0(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC);
        const QList<ImpactSample> samples { { t0, 1000, 1000 }, { t0.addSecs(60), 1000, 500 },
                                            { t0.addSecs(120), 1000, 500 }, { t0.addSecs(180), 1000, 1000 } };
        const AvailabilityResult r = computeAvailability(samples);
        QVERIFY(r.availability);
        // Trapezoids: (1000+500)/2 + (500+500)/2 + (500+1000)/2 = 2000 of 3000.
        QCOMPARE(*r.availability, 2000.0 / 3000.0);
        QCOMPARE(r.gapCount, 0);
        QCOMPARE(r.coveredSeconds, qint64(180));
    }

    void availabilityLeavesGapsOut()
    {
        const QDateTime t0(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC);
        const QList<ImpactSample> samples { { t0, 100, 100 }, { t0.addSecs(60), 100, 100 }, { t0.addSecs(120), 100, 0 },
                                            { t0.addSecs(1800), 100, 0 }, { t0.addSecs(1860), 100, 100 } };
        const AvailabilityResult r = computeAvailability(samples);
        QCOMPARE(r.gapCount, 1);
        QCOMPARE(r.coveredSeconds, qint64(180));
        QCOMPARE(*r.availability, (100.0 + 50.0 + 50.0) / 300.0);
    }

    void availabilityNeedsABaseline()
    {
        const QDateTime t0(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC);
        QVERIFY(!computeAvailability({}).availability);
        QVERIFY(!computeAvailability({ { t0, 0, 0 }, { t0.addSecs(60), 0, 0 } }).availability);
        QCOMPARE(*computeAvailability({ { t0, 200, 150 } }).availability, 0.75);
    }
};

QTEST_GUILESS_MAIN(TestCoeMetrics)
#include "tst_coemetrics.moc"
