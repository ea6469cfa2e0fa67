// Lossless JSON interchange: a whole database round-trips to the same
// database; a selection carries what a COE owns and refers to; importing
// twice adds nothing; a bad or newer file changes nothing.
#include "testsupport.h"
#include "coe/coedocument.h"
#include "demo/demodata.h"
#include "storage/recordexchange.h"
#include "storage/searchrepository.h"
#include "storage/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace closeloop;

namespace {

const QDate kToday(2026, 11, 22);

int count(Database &db, const QString &table)
{
    auto q = sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    return q && q.value().next() ? q.value().value(0).toInt() : -1;
}

QJsonObject tablesOf(Database &db)
{
    auto all = exportRecords(db, RecordSelection { true, {}, {}, {} });
    return all ? all.value().value(QStringLiteral("tables")).toObject() : QJsonObject();
}

Id firstCoeWithWhysAndItems(Database &db)
{
    auto q = sql::exec(db, QStringLiteral("SELECT c.id FROM coes c WHERE EXISTS (SELECT 1 FROM whys w WHERE w.coe_id = c.id) "
                                          "AND EXISTS (SELECT 1 FROM action_items a WHERE a.coe_id = c.id) ORDER BY c.id LIMIT 1"));
    return q && q.value().next() ? q.value().value(0).toLongLong() : 0;
}

} // namespace

class TestRecordExchange : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_demo;

    // One exported COE with what it owns, as a file to spoil.
    QJsonObject oneCoeFile()
    {
        auto exported = exportRecords(*m_demo, RecordSelection { false, { firstCoeWithWhysAndItems(*m_demo) }, {}, {} });
        return exported ? exported.value() : QJsonObject();
    }

    // Imports `file` into a new database: it must be refused, with the
    // message naming the file and holding `expected`, and change nothing.
    void expectRefused(const QJsonObject &file, const QString &database, const QString &fileName, const QString &expected)
    {
        auto target = test::openFresh(m_dir, database);
        const QJsonObject before = tablesOf(*target);
        auto outcome = importRecords(*target, file, fileName);
        QVERIFY(!outcome);
        QVERIFY2(outcome.errorMessage().contains(fileName), qPrintable(outcome.errorMessage()));
        QVERIFY2(outcome.errorMessage().contains(expected), qPrintable(outcome.errorMessage()));
        QVERIFY(outcome.errorMessage().contains(QStringLiteral("Nothing was imported")));
        QCOMPARE(tablesOf(*target), before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = test::openFresh(m_dir, QStringLiteral("demo.db"));
        QVERIFY(seedDemoData(*m_demo, kToday));
    }

    void aWholeDatabaseRoundTripsToTheSameDatabase()
    {
        auto exported = exportRecords(*m_demo, RecordSelection { true, {}, {}, {} });
        QVERIFY2(exported, qPrintable(exported.errorMessage()));
        // Through the bytes of a file, as a user would move it.
        const QByteArray bytes = QJsonDocument(exported.value()).toJson(QJsonDocument::Compact);
        auto restored = test::openFresh(m_dir, QStringLiteral("restored.db"));
        auto outcome = importRecords(*restored, QJsonDocument::fromJson(bytes).object(), QStringLiteral("all.json"));
        QVERIFY2(outcome, qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome.value().addedTotal() > 100, true);
        const QJsonObject before = exported.value().value(QStringLiteral("tables")).toObject();
        const QJsonObject after = tablesOf(*restored);
        QCOMPARE(after.keys(), before.keys());
        for (const QString &table : before.keys())
            QVERIFY2(after.value(table) == before.value(table), qPrintable(table));
        QVERIFY(before.value(QStringLiteral("coes")).toObject().value(QStringLiteral("rows")).toArray().size() > 5);
        // The search index is rebuilt from the records.
        const QString title = before.value(QStringLiteral("coes")).toObject().value(QStringLiteral("rows")).toArray().first().toArray().at(2).toString();
        auto hits = SearchRepository(*restored).searchCoes(title.section(QLatin1Char(' '), 0, 1));
        QVERIFY(hits && !hits.value().isEmpty());
    }

    void aSelectedCoeTravelsWithWhatItOwnsAndRefersTo()
    {
        const Id id = firstCoeWithWhysAndItems(*m_demo);
        QVERIFY(id > 0);
        auto exported = exportRecords(*m_demo, RecordSelection { false, { id }, {}, {} });
        QVERIFY2(exported, qPrintable(exported.errorMessage()));
        const QJsonObject tables = exported.value().value(QStringLiteral("tables")).toObject();
        QCOMPARE(tables.value(QStringLiteral("coes")).toObject().value(QStringLiteral("rows")).toArray().size(), 1);
        QVERIFY(tables.contains(QStringLiteral("people")));
        QVERIFY(tables.contains(QStringLiteral("services")));
        QVERIFY(!tables.contains(QStringLiteral("drafts")));
        QVERIFY(!tables.contains(QStringLiteral("orr_reviews")));

        // Into a database that already holds other COEs: ids are remapped.
        auto other = test::openFresh(m_dir, QStringLiteral("other.db"));
        QVERIFY(sql::exec(*other, QStringLiteral("INSERT INTO coes (id, title, created_at, updated_at) VALUES (:id, 'Another team''s COE', :t, :t)"),
                          { { QStringLiteral("id"), id }, { QStringLiteral("t"), sql::now() } }));
        // A row written with its id given: numbering goes on after it (on
        // PostgreSQL the identity sequence has to be told).
        QVERIFY(sql::exec(*other, other->dialect().resetIdentityStatement(QStringLiteral("coes"))));
        const int coesBefore = count(*other, QStringLiteral("coes"));
        auto elsewhere = test::openFresh(m_dir, QStringLiteral("elsewhere.db"));
        auto outcome = importRecords(*elsewhere, exported.value(), QStringLiteral("coe.json"));
        QVERIFY2(outcome, qPrintable(outcome.errorMessage()));
        QCOMPARE(count(*elsewhere, QStringLiteral("coes")), 1);
        auto original = CoeDocument::load(*m_demo, id);
        auto copy = CoeDocument::load(*elsewhere, outcome.value().coeIds.value(id));
        QVERIFY(original && copy);
        QCOMPARE(copy.value()->coe().title, original.value()->coe().title);
        QCOMPARE(copy.value()->coe().whys.size(), original.value()->coe().whys.size());
        QCOMPARE(copy.value()->actionItems().size(), original.value()->actionItems().size());
        QCOMPARE(copy.value()->coe().timeline.size(), original.value()->coe().timeline.size());

        // Into a database whose ids are taken: the COE gets a new id, its parts follow it.
        auto remapped = importRecords(*other, exported.value(), QStringLiteral("coe.json"));
        QVERIFY2(remapped, qPrintable(remapped.errorMessage()));
        QCOMPARE(count(*other, QStringLiteral("coes")), coesBefore + 1);
        const Id newId = remapped.value().coeIds.value(id);
        QVERIFY(newId != id);
        auto moved = CoeDocument::load(*other, newId);
        QVERIFY(moved);
        QCOMPARE(moved.value()->coe().whys.size(), original.value()->coe().whys.size());
        QCOMPARE(moved.value()->actionItems().size(), original.value()->actionItems().size());

        // The same COE imported again adds nothing.
        const QJsonObject before = tablesOf(*elsewhere);
        auto again = importRecords(*elsewhere, exported.value(), QStringLiteral("coe.json"));
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QVERIFY2(again.value().addedTotal() == 0, qPrintable(again.value().summary()));
        QCOMPARE(again.value().present.value(QStringLiteral("coes")), 1);
        QCOMPARE(tablesOf(*elsewhere), before);
    }

    void aBadFileChangesNothing()
    {
        QJsonObject file = oneCoeFile();
        QVERIFY(!file.isEmpty());
        QJsonObject tables = file.value(QStringLiteral("tables")).toObject();
        // The last table refers to a person the file does not hold.
        tables.remove(QStringLiteral("people"));
        file.insert(QStringLiteral("tables"), tables);
        expectRefused(file, QStringLiteral("untouched.db"), QStringLiteral("broken.json"), QStringLiteral("people"));
    }

    // A number too large for an integer column (found by fuzz_jsonimport:
    // converting it was undefined) is refused, named, and nothing changes.
    void aNumberTooLargeForItsColumnChangesNothing()
    {
        QJsonObject file = oneCoeFile();
        QVERIFY(!file.isEmpty());
        QJsonObject tables = file.value(QStringLiteral("tables")).toObject();
        QJsonObject coes = tables.value(QStringLiteral("coes")).toObject();
        const qsizetype severity = coes.value(QStringLiteral("columns")).toArray().toVariantList().indexOf(QStringLiteral("severity"));
        QVERIFY(severity >= 0);
        QJsonArray rows = coes.value(QStringLiteral("rows")).toArray();
        QJsonArray row = rows.at(0).toArray();
        row[severity] = 1e300;
        rows[0] = row;
        coes.insert(QStringLiteral("rows"), rows);
        tables.insert(QStringLiteral("coes"), coes);
        file.insert(QStringLiteral("tables"), tables);
        expectRefused(file, QStringLiteral("untouched-number.db"), QStringLiteral("huge.json"), QStringLiteral("column severity"));
    }

    void unreadableFilesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty");
        QTest::newRow("syntax") << QByteArray("{\n  \"format\": \"closeloop-records\",\n  oops\n}") << QStringLiteral("at line 3");
        QTest::newRow("other json") << QByteArray("{\"name\": \"x\"}") << QStringLiteral("not a Closeloop export");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << QStringLiteral("not valid JSON");
        QTest::newRow("newer") << QByteArray("{\"format\": \"closeloop-records\", \"format_version\": 1, \"schema_version\": 99, \"application\": \"Closeloop 9.0\", \"tables\": {}}")
                               << QStringLiteral("newer Closeloop (Closeloop 9.0, schema 99");
    }

    void unreadableFilesAreNamed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QStringLiteral("in.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        auto read = readRecordFile(path);
        QVERIFY(!read);
        QVERIFY2(read.errorMessage().contains(message), qPrintable(read.errorMessage()));
        QVERIFY(read.errorMessage().contains(QStringLiteral("in.json")));
    }

    void searchFindsWordsAnywhereInACoe()
    {
        QCOMPARE(fullTextQuery(QStringLiteral("db fail")), QStringLiteral("\"db\"* AND \"fail\"*"));
        QCOMPARE(fullTextQuery(QStringLiteral("\"connection pool\" AND -x")), QStringLiteral("\"connection pool\" AND \"AND\"* AND \"x\"*"));
        QCOMPARE(fullTextQuery(QStringLiteral("  ( ) * ")), QString());
        const Id id = firstCoeWithWhysAndItems(*m_demo);
        auto doc = CoeDocument::load(*m_demo, id);
        QVERIFY(doc);
        const QString why = doc.value()->coe().whys.last().answer;
        const QString word = why.split(QLatin1Char(' ')).last().remove(QLatin1Char('.'));
        auto hits = SearchRepository(*m_demo).searchCoes(why.left(60));
        QVERIFY2(hits, qPrintable(hits.errorMessage()));
        QVERIFY2(std::any_of(hits.value().cbegin(), hits.value().cend(), [id](const SearchHit &h) { return h.coeId == id; }), qPrintable(why));
        QVERIFY(SearchRepository(*m_demo).searchCoes(QStringLiteral("zzqqxx")).value().isEmpty());
        Q_UNUSED(word);
    }
};

QTEST_GUILESS_MAIN(TestRecordExchange)
#include "tst_recordexchange.moc"
