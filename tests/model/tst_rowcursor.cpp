// RowCursor reads the dashboard's tens of thousands of rows past Qt SQL's
// per-value copies (SQLite's own interface on SQLite, Qt SQL on
// PostgreSQL): it must read every kind of value as Qt SQL would, bind named
// values, and never let a read that stopped short pass for a whole one.
#include "storage/rowcursor.h"
#include "storage/servicerepository.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QTest>

using namespace closeloop;
using namespace closeloop::test;
using sql::RowCursor;

namespace {

// 1 .. n, in both dialects.
QString numbersUpTo(int n)
{
    return QStringLiteral("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < %1) SELECT n FROM r ORDER BY n")
        .arg(n);
}

} // namespace

class TestRowCursor : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init() { m_db = openFresh(m_dir); }
    void cleanup() { m_db.reset(); }

    void readsEachKindOfValueByPosition()
    {
        const QString place = QStringLiteral("Zürich – 東京 ✓");
        auto r = RowCursor::open(*m_db,
                                 QStringLiteral("SELECT CAST(:big AS BIGINT), :place, NULL, 20261107, CAST(NULL AS INTEGER), '', 20260230"),
                                 { { QStringLiteral("big"), qint64(9000000000) }, { QStringLiteral("place"), place } });
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        RowCursor rows = std::move(r).value();
        QVERIFY(rows.next());
        QCOMPARE(rows.integer(0), qint64(9000000000)); // past 32 bits
        QCOMPARE(rows.text(1), place); // UTF-8 both ways
        QVERIFY(rows.isNull(2));
        QVERIFY(rows.text(2).isNull());
        QCOMPARE(rows.integer(2), qint64(0));
        QCOMPARE(rows.optionalInteger(2), std::nullopt);
        QVERIFY(!rows.isNull(1));
        QCOMPARE(rows.day(3), std::optional<QDate>(QDate(2026, 11, 7)));
        QCOMPARE(rows.day(4), std::nullopt);
        QVERIFY(!rows.isNull(5));
        QVERIFY(rows.text(5).isEmpty());
        QCOMPARE(rows.day(6), std::nullopt); // 30 February is no day
        QVERIFY(!rows.next());
        QVERIFY(rows.finish().ok());
    }

    void walksEveryRowInOrder()
    {
        auto r = RowCursor::open(*m_db, numbersUpTo(5000));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        RowCursor rows = std::move(r).value();
        qint64 count = 0, sum = 0, last = 0;
        bool ordered = true;
        while (rows.next()) {
            ordered = ordered && rows.integer(0) == last + 1;
            last = rows.integer(0);
            sum += last;
            ++count;
        }
        QVERIFY(rows.finish().ok());
        QVERIFY(ordered);
        QCOMPARE(count, qint64(5000));
        QCOMPARE(sum, qint64(5000) * 5001 / 2);
        QVERIFY(!rows.next()); // and stays at the end
    }

    void readsWhatWasWrittenThroughTheRepositories_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << QStringLiteral("payments");
        QTest::newRow("quote") << QStringLiteral("o'brien's \"queue\"");
    }
    void readsWhatWasWrittenThroughTheRepositories()
    {
        QFETCH(QString, name);
        Service service;
        service.name = name;
        service.team = QStringLiteral("Pay");
        auto id = ServiceRepository(*m_db).create(service);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        auto r = RowCursor::open(*m_db, QStringLiteral("SELECT id, name, team FROM services WHERE name = :name"),
                                 { { QStringLiteral("name"), name } });
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        RowCursor rows = std::move(r).value();
        QVERIFY(rows.next());
        QCOMPARE(rows.integer(0), id.value());
        QCOMPARE(rows.text(1), name);
        QCOMPARE(rows.text(2), QStringLiteral("Pay"));
        QVERIFY(!rows.next());
        QVERIFY(rows.finish().ok());
    }

    void aBadStatementIsAnErrorToRead()
    {
        auto r = RowCursor::open(*m_db, QStringLiteral("SELECT no_such_column FROM no_such_table"));
        QVERIFY(!r.ok());
        QVERIFY(!r.errorMessage().isEmpty());
    }

    void aReadThatStopsShortSaysSo()
    {
        // The third row overflows (the absolute value of the smallest
        // 64-bit integer). PostgreSQL's driver reads every row before the
        // first is handed over and so fails at once; SQLite fails at that row.
        auto r = RowCursor::open(*m_db, QStringLiteral("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3)"
                                                       " SELECT CASE WHEN n < 3 THEN n ELSE abs(-9223372036854775807 - (n - 2)) END FROM r"));
        if (m_db->isShared() && !r.ok())
            return;
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        RowCursor rows = std::move(r).value();
        int count = 0;
        while (rows.next())
            ++count;
        QCOMPARE(count, 2);
        const Status read = rows.finish();
        QVERIFY(!read.ok());
        QVERIFY(!read.errorMessage().isEmpty());
        QVERIFY(!rows.next());
    }

    void theStatementObserverSeesIt()
    {
        QStringList seen;
        sql::setStatementObserver([&seen](const QString &statement, const QVariantMap &) { seen << statement; });
        auto r = RowCursor::open(*m_db, numbersUpTo(3));
        sql::setStatementObserver({});
        QVERIFY(r.ok());
        QVERIFY(seen.contains(numbersUpTo(3)));
    }

    void aMovedCursorReadsOn()
    {
        auto r = RowCursor::open(*m_db, numbersUpTo(4));
        QVERIFY(r.ok());
        RowCursor first = std::move(r).value();
        QVERIFY(first.next());
        QCOMPARE(first.integer(0), qint64(1));
        RowCursor second = std::move(first);
        QVERIFY(second.next());
        QCOMPARE(second.integer(0), qint64(2));
        RowCursor third = std::move(second);
        QVERIFY(third.next());
        QVERIFY(third.next());
        QCOMPARE(third.integer(0), qint64(4));
        QVERIFY(!third.next());
        QVERIFY(third.finish().ok());
    }
};

QTEST_GUILESS_MAIN(TestRowCursor)
#include "tst_rowcursor.moc"
