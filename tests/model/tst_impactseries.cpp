// Pasted impact series: the forms people paste, and a line-numbered
// message for everything that is not a sample.
#include "coe/impactseries.h"

#include <QTest>

using namespace closeloop;

class TestImpactSeries : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsCommaTabAndSpaceSeparatedLines()
    {
        const QString text = QStringLiteral("time,expected,successful\n"
                                            "2026-03-04 09:00 +01:00, 1000, 990\n"
                                            "2026-03-04 09:01 +01:00\t1000\t400\n"
                                            "# the dip\n"
                                            "\n"
                                            "2026-03-04 09:02 +01:00 1000 1000\n");
        const ImpactSeriesParse r = parseImpactSeries(text);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(r.samples.size(), 3);
        QCOMPARE(r.samples.at(1).at, QDateTime(QDate(2026, 3, 4), QTime(8, 1), Qt::UTC));
        QCOMPARE(r.samples.at(1).successful, 400.0);
        // And the text it writes reads back the same.
        QCOMPARE(parseImpactSeries(formatImpactSeries(r.samples, 60)).samples, r.samples);
    }

    void reportsEveryBadLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("text in a number") << "2026-03-04 09:05 +01:00, lots, 990" << "Line 2: \"lots\" is not a number of expected requests";
        QTest::newRow("missing value") << "2026-03-04 09:05 +01:00, 1000" << "Line 2: expected three values";
        QTest::newRow("no offset") << "2026-03-04 09:05, 1000, 990" << "Line 2: Add the UTC offset";
        QTest::newRow("negative") << "2026-03-04 09:05 +01:00, -5, 0" << "Line 2: request counts cannot be negative";
        QTest::newRow("swapped columns") << "2026-03-04 09:05 +01:00, 10, 990" << "Are the columns swapped?";
        QTest::newRow("out of order") << "2026-03-04 08:59 +01:00, 1000, 990" << "Line 2: this time is not after";
    }

    void reportsEveryBadLine()
    {
        QFETCH(QString, line);
        QFETCH(QString, message);
        const ImpactSeriesParse r = parseImpactSeries(QStringLiteral("2026-03-04 09:00 +01:00, 1000, 990\n") + line);
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().startsWith(message) || r.errors.first().contains(message), qPrintable(r.errors.first()));
        QCOMPARE(r.samples.size(), 1); // the good line is kept
    }

    void warnsAboutZerosAndGaps()
    {
        const ImpactSeriesParse r = parseImpactSeries(QStringLiteral("2026-03-04 09:00 Z, 0, 0\n"
                                                                     "2026-03-04 09:01 Z, 100, 100\n"
                                                                     "2026-03-04 09:02 Z, 100, 100\n"
                                                                     "2026-03-04 10:00 Z, 100, 100\n"));
        QVERIFY(r.ok());
        QCOMPARE(r.warnings.size(), 2);
        QVERIFY(r.warnings.at(0).startsWith(QStringLiteral("Line 1: nothing was expected")));
        QVERIFY(r.warnings.at(1).contains(QStringLiteral("1 gap")));
    }
};

QTEST_GUILESS_MAIN(TestImpactSeries)
#include "tst_impactseries.moc"
