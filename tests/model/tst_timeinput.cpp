// Times as people type them: accepted forms, the offset they keep, and a
// message that says what to do for everything else.
#include "coe/timeinput.h"

#include <QTest>

using namespace closeloop;

class TestTimeInput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc");
        QTest::addColumn<int>("offset");
        QTest::newRow("space and offset") << "2026-03-04 09:12 +01:00" << "2026-03-04T08:12:00Z" << 60;
        QTest::newRow("ISO with T") << "2026-03-04T09:12+01:00" << "2026-03-04T08:12:00Z" << 60;
        QTest::newRow("seconds") << "2026-03-04 09:12:30 -07:00" << "2026-03-04T16:12:30Z" << -420;
        QTest::newRow("Nepal +05:45") << "2026-03-29 02:05 +05:45" << "2026-03-28T20:20:00Z" << 345;
        QTest::newRow("India compact +0530") << "2026-03-29 02:05 +0530" << "2026-03-28T20:35:00Z" << 330;
        QTest::newRow("Z") << "2026-03-04T09:12Z" << "2026-03-04T09:12:00Z" << 0;
        QTest::newRow("UTC word") << "2026-03-04 09:12 UTC" << "2026-03-04T09:12:00Z" << 0;
        QTest::newRow("typographic minus") << QStringLiteral("2026-03-04 09:12 −03:00") << "2026-03-04T12:12:00Z" << -180;
        QTest::newRow("hours only offset") << "2026-03-04 09:12 +9" << "2026-03-04T00:12:00Z" << 540;
        QTest::newRow("surrounding spaces") << "  2026-03-04 09:12 +01:00 " << "2026-03-04T08:12:00Z" << 60;
    }

    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        QFETCH(int, offset);
        auto r = parseUserInstant(text);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->utc.toString(Qt::ISODate), utc);
        QCOMPARE(r->utc.timeSpec(), Qt::UTC);
        QCOMPARE(r->offsetMinutes, offset);
        // What is shown reads back to the same instant.
        auto again = parseUserInstant(formatUserInstant(r.value()));
        QVERIFY(again.ok());
        QCOMPARE(again.value(), r.value());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no offset") << "2026-03-04 09:12" << "UTC offset";
        QTest::newRow("empty") << "" << "Enter a time";
        QTest::newRow("not a date") << "2026-02-30 09:12 +01:00" << "not a date";
        QTest::newRow("not a time") << "2026-03-04 25:12 +01:00" << "not a time of day";
        QTest::newRow("offset too large") << "2026-03-04 09:12 +15:00" << "not a UTC offset";
        QTest::newRow("words") << "yesterday around nine" << "not a time Closeloop can read";
        QTest::newRow("emoji") << QStringLiteral("🚨 2026-03-04 09:12 +01:00") << "not a time Closeloop can read";
    }

    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        auto r = parseUserInstant(text);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(mentions), qPrintable(r.errorMessage()));
    }

    void formatsOffsets()
    {
        QCOMPARE(formatOffset(345), QStringLiteral("+05:45"));
        QCOMPARE(formatOffset(-420), QStringLiteral("-07:00"));
        QCOMPARE(formatOffset(0), QStringLiteral("+00:00"));
    }
};

QTEST_GUILESS_MAIN(TestTimeInput)
#include "tst_timeinput.moc"
