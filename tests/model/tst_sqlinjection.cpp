// Quotes, comment markers, statement separators and LIKE wildcards typed
// into every text field and every search or filter box are stored and found
// as the text they are: values are always bound, never written into SQL.
// Runs on SQLite and, as tst_sqlinjection_pg, on PostgreSQL.
#include "storage/actionitemrepository.h"
#include "storage/actionlistreader.h"
#include "storage/coelistreader.h"
#include "storage/coerepository.h"
#include "storage/findingrepository.h"
#include "storage/personrepository.h"
#include "storage/searchrepository.h"
#include "storage/servicerepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace closeloop;

namespace {

const QStringList Hostile = {
    QStringLiteral("'"),
    QStringLiteral("''"),
    QStringLiteral("\""),
    QStringLiteral("'; DROP TABLE coes; --"),
    QStringLiteral("\"; DROP TABLE action_items; --"),
    QStringLiteral("x' OR '1'='1"),
    QStringLiteral("Robert'); DELETE FROM people; --"),
    QStringLiteral("/* comment */ SELECT 1"),
    QStringLiteral("-- only a comment"),
    QStringLiteral("a; VACUUM; b"),
    QStringLiteral("100% of requests_failed \\ backslash"),
    QStringLiteral("$1 $$ quoted $$ :name ?1 ?"),
    QStringLiteral("NEAR(a b) AND OR NOT * ^ \"unclosed"),
    QStringLiteral("ümlaut ☃ 名前 🙂"),
};

// Every table and view, with its row count: nothing dropped, nothing added.
QMap<QString, qint64> tableCounts(const Database &db)
{
    QMap<QString, qint64> counts;
    QSqlQuery q(db.connection());
    q.exec(db.dialect().userTablesQuery());
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString &t : std::as_const(tables)) {
        QSqlQuery c(db.connection());
        counts.insert(t, c.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(t)) && c.next() ? c.value(0).toLongLong() : -1);
    }
    return counts;
}

// One text per field: a different hostile string in each, so that a field
// stored in another's column would show.
Coe hostileCoe(int shift, Id serviceId, Id authorId)
{
    auto h = [shift](int i) { return Hostile.at((i + shift) % Hostile.size()) + QStringLiteral(" #%1").arg(i); };
    Coe c;
    c.title = h(0);
    c.category = h(1);
    c.trigger = h(2);
    c.tags = { h(3), h(4) };
    c.summary = h(5);
    c.impact = h(6);
    c.detectionSource = h(7);
    c.halveTtdAnswer = h(8);
    c.halveTtdNoActionReason = h(9);
    c.resolution = h(10);
    c.runbookUrl = h(11);
    c.dataLossDetail = h(12);
    c.halveBlastAnswer = h(13);
    c.halveBlastNoActionReason = h(14);
    c.lessons = h(15);
    c.notes = h(16);
    c.axiomProposal = h(17);
    c.serviceId = serviceId;
    c.authorId = authorId;
    TimelineEvent e;
    e.at = Instant::fromUtc(QDateTime(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC), 0);
    e.text = h(18);
    e.evidenceUrl = h(19);
    c.timeline << e;
    WhyNode w;
    w.question = h(20);
    w.answer = h(21);
    w.overrideReason = h(22);
    c.whys << w;
    c.blastScopes << BlastScope { BlastScopeKind::Region, h(23) };
    return c;
}

} // namespace

class TestSqlInjection : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<Id> m_coes;
    QMap<QString, qint64> m_counts;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = test::openFresh(m_dir);
        // People, services and findings named with every hostile string.
        for (int i = 0; i < Hostile.size(); ++i) {
            Person p;
            p.name = Hostile.at(i) + QStringLiteral(" person");
            p.email = QStringLiteral("p%1@example.com").arg(i);
            p.team = Hostile.at(i);
            QVERIFY2(PersonRepository(*m_db).create(p), qPrintable(Hostile.at(i)));
            Service s;
            s.name = Hostile.at(i) + QStringLiteral(" service");
            s.team = Hostile.at(i);
            auto sid = ServiceRepository(*m_db).create(s);
            QVERIFY2(sid, qPrintable(sid.errorMessage()));
            Coe c = hostileCoe(i, sid.value(), p.id);
            auto id = CoeRepository(*m_db).create(c);
            QVERIFY2(id, qPrintable(id.errorMessage()));
            m_coes << id.value();
            ActionItem a;
            a.title = Hostile.at(i);
            a.description = Hostile.at((i + 1) % Hostile.size());
            a.statusReason = Hostile.at((i + 2) % Hostile.size());
            a.trackerRef = QStringLiteral("https://tracker.example.com/browse/OPS-1?q=';DROP%20TABLE%20coes;--"); // a key must be one word
            a.closureEvidence = Hostile.at((i + 4) % Hostile.size());
            a.source = ActionSource::Coe;
            a.sourceId = id.value();
            auto item = ActionItemRepository(*m_db).create(a);
            QVERIFY2(item, qPrintable(item.errorMessage()));
            Finding f;
            f.title = Hostile.at(i);
            f.description = Hostile.at((i + 5) % Hostile.size());
            f.outcomeNotes = Hostile.at((i + 6) % Hostile.size());
            QVERIFY(FindingRepository(*m_db).create(f));
        }
        m_counts = tableCounts(*m_db);
        QVERIFY(m_counts.value(QStringLiteral("coes")) == Hostile.size());
    }

    void everyTextFieldIsStoredAsTyped()
    {
        for (int i = 0; i < m_coes.size(); ++i) {
            auto loaded = CoeRepository(*m_db).load(m_coes.at(i));
            QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
            Coe expected = hostileCoe(i, loaded->serviceId.value_or(0), loaded->authorId.value_or(0));
            QCOMPARE(loaded->title, expected.title);
            QCOMPARE(loaded->summary, expected.summary);
            QCOMPARE(loaded->impact, expected.impact);
            QCOMPARE(loaded->category, expected.category);
            QCOMPARE(loaded->trigger, expected.trigger);
            QCOMPARE(loaded->detectionSource, expected.detectionSource);
            QCOMPARE(loaded->halveTtdAnswer, expected.halveTtdAnswer);
            QCOMPARE(loaded->halveTtdNoActionReason, expected.halveTtdNoActionReason);
            QCOMPARE(loaded->resolution, expected.resolution);
            QCOMPARE(loaded->runbookUrl, expected.runbookUrl);
            QCOMPARE(loaded->dataLossDetail, expected.dataLossDetail);
            QCOMPARE(loaded->halveBlastAnswer, expected.halveBlastAnswer);
            QCOMPARE(loaded->halveBlastNoActionReason, expected.halveBlastNoActionReason);
            QCOMPARE(loaded->lessons, expected.lessons);
            QCOMPARE(loaded->notes, expected.notes);
            QCOMPARE(loaded->axiomProposal, expected.axiomProposal);
            // Tags are kept in lower case, by design.
            const QStringList expectedTags { expected.tags.at(0).toLower(), expected.tags.at(1).toLower() };
            QCOMPARE(QSet<QString>(loaded->tags.cbegin(), loaded->tags.cend()), QSet<QString>(expectedTags.cbegin(), expectedTags.cend()));
            QCOMPARE(loaded->timeline.value(0).text, expected.timeline.first().text);
            QCOMPARE(loaded->timeline.value(0).evidenceUrl, expected.timeline.first().evidenceUrl);
            QCOMPARE(loaded->whys.value(0).question, expected.whys.first().question);
            QCOMPARE(loaded->whys.value(0).answer, expected.whys.first().answer);
            QCOMPARE(loaded->whys.value(0).overrideReason, expected.whys.first().overrideReason);
            QCOMPARE(loaded->blastScopes.value(0).name, expected.blastScopes.first().name);
        }
        auto items = ActionItemRepository(*m_db).list();
        QVERIFY(items);
        QStringList titles;
        for (const ActionItemSummary &s : items.value())
            titles << s.item.title;
        for (const QString &h : Hostile)
            QVERIFY2(titles.contains(h), qPrintable(h));
        auto people = PersonRepository(*m_db).list();
        QVERIFY(people);
        QCOMPARE(people->size(), Hostile.size());
    }

    void searchAndFilterBoxesTakeAnythingAsText()
    {
        for (const QString &h : Hostile) {
            auto hits = SearchRepository(*m_db).searchCoes(h);
            // Either results or a plain refusal of the query; never a changed database.
            if (hits)
                for (const SearchHit &hit : hits.value())
                    QVERIFY(m_coes.contains(hit.coeId));
            CoeListQuery coes;
            coes.text = h;
            auto listed = CoeListReader(*m_db).ids(coes);
            QVERIFY2(listed, qPrintable(h + QStringLiteral(": ") + listed.errorMessage()));
            // The title field holds `h` in one COE, so the filter finds it.
            QVERIFY2(!listed->isEmpty(), qPrintable(h));
            ActionListQuery actions;
            actions.filter.text = h;
            auto items = ActionListReader(*m_db).ids(actions);
            QVERIFY2(items, qPrintable(h + QStringLiteral(": ") + items.errorMessage()));
            QVERIFY2(!items->isEmpty(), qPrintable(h));
        }
        QCOMPARE(tableCounts(*m_db), m_counts);
    }

    // LIKE's wildcards match only themselves.
    void wildcardsAreLiteral()
    {
        CoeListQuery percent;
        percent.text = QStringLiteral("100%");
        auto found = CoeListReader(*m_db).ids(percent);
        QVERIFY(found);
        CoeListQuery everything;
        auto all = CoeListReader(*m_db).ids(everything);
        QVERIFY(all);
        QVERIFY(found->size() < all->size());
        CoeListQuery underscore;
        underscore.text = QStringLiteral("requests_failed");
        auto u = CoeListReader(*m_db).ids(underscore);
        QVERIFY(u && !u->isEmpty());
        underscore.text = QStringLiteral("requestsXfailed");
        QVERIFY(CoeListReader(*m_db).ids(underscore)->isEmpty());
    }

    void nothingWasDroppedOrAdded()
    {
        QCOMPARE(tableCounts(*m_db), m_counts);
        QCOMPARE(m_db->integrityCheck().value(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestSqlInjection)
#include "tst_sqlinjection.moc"
