// The large-organisation generator behind `seed-demo --coes N --seed S`:
// the same seed and date give the same data, every COE has its sections,
// and the search index (paused while generating) covers everything after.
#include "demo/organisationgenerator.h"
#include "storage/coerepository.h"
#include "storage/databasecopy.h"
#include "storage/searchrepository.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QTest>

using namespace closeloop;

namespace {

qint64 count(Database &db, const QString &table)
{
    auto q = sql::exec(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

// Checksums of what the generator wrote (the axiom library it installs
// first carries the time of installing).
QHash<QString, QByteArray> generatedTables(Database &db)
{
    QHash<QString, QByteArray> sums;
    const QList<TableTally> tallies = tallyTables(db).value();
    for (const TableTally &t : tallies)
        if (t.table != QLatin1String("axioms") && t.table != QLatin1String("axiom_sets") && t.table != QLatin1String("audit_log"))
            sums.insert(t.table, t.checksum);
    return sums;
}

} // namespace

class TestGenerator : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void sameSeedSameData()
    {
        const GeneratorOptions options { 300, 42, QDate(2026, 11, 1) };
        auto a = test::openFresh(m_dir, QStringLiteral("a.db"));
        auto b = test::openFresh(m_dir, QStringLiteral("b.db"));
        QVERIFY(generateOrganisation(*a, options));
        QVERIFY(generateOrganisation(*b, options));
        QCOMPARE(generatedTables(*a), generatedTables(*b));

        auto c = test::openFresh(m_dir, QStringLiteral("c.db"));
        QVERIFY(generateOrganisation(*c, GeneratorOptions { 300, 43, QDate(2026, 11, 1) }));
        QVERIFY(generatedTables(*c).value(QStringLiteral("coes")) != generatedTables(*a).value(QStringLiteral("coes")));
    }

    void everyCoeHasItsSections()
    {
        auto db = test::openFresh(m_dir, QStringLiteral("sections.db"));
        QList<int> reported;
        auto made = generateOrganisation(*db, GeneratorOptions { 2000, 7, QDate(2026, 11, 1) },
                                         [&reported](int done, int) { reported << done; });
        QVERIFY2(made, qPrintable(made.errorMessage()));
        QCOMPARE(made.value().coes, 2000);
        QCOMPARE(reported, (QList<int> { 1000, 2000 }));
        QCOMPARE(count(*db, QStringLiteral("coes")), 2000);
        // About five action items and ten timeline events per COE.
        const double items = double(count(*db, QStringLiteral("action_items"))) / 2000;
        const double events = double(count(*db, QStringLiteral("timeline_events"))) / 2000;
        QVERIFY2(items >= 4.5 && items <= 5.5, qPrintable(QString::number(items)));
        QVERIFY2(events >= 9.5 && events <= 10.5, qPrintable(QString::number(events)));
        QCOMPARE(count(*db, QStringLiteral("whys")), 2000 * 5);
        QVERIFY(count(*db, QStringLiteral("orr_answers")) > 0);
        QVERIFY(count(*db, QStringLiteral("findings")) > 0);

        // A generated COE reads like a whole one: a chain of five whys
        // ending in a cause, the impact window in order.
        const Coe coe = CoeRepository(*db).load(1234).value();
        QVERIFY(!coe.summary.isEmpty() && !coe.impact.isEmpty() && !coe.resolution.isEmpty());
        QVERIFY(!coe.halveTtdAnswer.isEmpty() && !coe.halveBlastAnswer.isEmpty());
        QCOMPARE(coe.whys.size(), 5);
        QVERIFY(coe.impactStart && coe.detected && coe.mitigated && coe.resolved);
        QVERIFY(coe.impactStart->utc < coe.detected->utc && coe.detected->utc < coe.mitigated->utc);
        QVERIFY(coe.timeline.size() >= 8);
    }

    void searchCoversTheGeneratedCoesAndKeepsUpAfter()
    {
        auto db = test::openFresh(m_dir, QStringLiteral("search.db"));
        QVERIFY(generateOrganisation(*db, GeneratorOptions { 500, 3, QDate(2026, 11, 1) }));
        QCOMPARE(count(*db, QStringLiteral("coe_search")), 500);
        auto hits = SearchRepository(*db).searchCoes(QStringLiteral("\"replica lag\""), 1000);
        QVERIFY(hits && !hits.value().isEmpty());
        // The index is live again: a COE written the ordinary way is found.
        Coe mine;
        mine.title = QStringLiteral("Zeppelin mooring mast collapsed");
        QVERIFY(CoeRepository(*db).create(mine));
        auto found = SearchRepository(*db).searchCoes(QStringLiteral("zeppelin"));
        QVERIFY(found);
        QCOMPARE(found.value().size(), 1);
    }

    void leavesTheConnectionAsItWas()
    {
        // The load's large cache and in-memory temporary data are for the
        // load only: afterwards the connection reads as any other does.
        auto db = test::openFresh(m_dir, QStringLiteral("settings.db"));
        if (db->isShared())
            QSKIP("SQLite's connection settings");
        const auto pragma = [&db](const char *name) {
            auto r = sql::exec(*db, QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
            if (!r)
                return -1;
            QSqlQuery q = std::move(r).value();
            return q.next() ? q.value(0).toInt() : -1;
        };
        const int cacheBefore = pragma("cache_size"), tempBefore = pragma("temp_store");
        QCOMPARE(cacheBefore, -16384);
        QVERIFY(generateOrganisation(*db, GeneratorOptions { 20, 5, QDate(2026, 11, 1) }));
        QCOMPARE(pragma("cache_size"), cacheBefore);
        QCOMPARE(pragma("temp_store"), tempBefore);
    }

    void refusesADatabaseWithData()
    {
        auto db = test::openFresh(m_dir, QStringLiteral("taken.db"));
        QVERIFY(generateOrganisation(*db, GeneratorOptions { 10, 1, QDate(2026, 11, 1) }));
        const qint64 before = count(*db, QStringLiteral("coes"));
        auto again = generateOrganisation(*db, GeneratorOptions { 10, 2, QDate(2026, 11, 1) });
        QVERIFY(!again);
        QVERIFY2(again.errorMessage().contains(QStringLiteral("already holds")), qPrintable(again.errorMessage()));
        QCOMPARE(count(*db, QStringLiteral("coes")), before);
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
