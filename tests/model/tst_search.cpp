// Full-text search over COEs: what ranks first, what the passage shows, and
// how a query that matches most of a large database is still answered.
#include "storage/coerepository.h"
#include "storage/searchrepository.h"
#include "testsupport.h"

#include <QTest>

using namespace closeloop;

class TestSearch : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    Id create(const QString &title, const QString &summary, const QString &why = {})
    {
        Coe c;
        c.title = title;
        c.summary = summary;
        if (!why.isEmpty())
            c.whys = { WhyNode { -1, std::nullopt, 0, QStringLiteral("Why?"), why, {}, {} } };
        if (!CoeRepository(*m_db).create(c))
            return 0;
        return c.id;
    }

    static QList<Id> ids(const QList<SearchHit> &hits)
    {
        QList<Id> out;
        for (const SearchHit &h : hits)
            out << h.coeId;
        return out;
    }

private Q_SLOTS:
    void init() { m_db = test::openFresh(m_dir, QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction()))); }

    void titleThenSummaryThenTheRest()
    {
        const Id inWhy = create(QStringLiteral("Login errors on the edge"), QStringLiteral("Users saw errors."),
                                QStringLiteral("The certificate rotation job had been disabled."));
        const Id inTitle = create(QStringLiteral("Expired certificate on the API gateway"), QStringLiteral("Clients failed TLS handshakes."));
        const Id inSummary = create(QStringLiteral("Checkout outage"), QStringLiteral("A certificate on the payment endpoint expired at midnight."));
        create(QStringLiteral("Queue backlog"), QStringLiteral("Nothing about the word we look for."));
        auto hits = SearchRepository(*m_db).searchCoes(QStringLiteral("certif"));
        QVERIFY2(hits, qPrintable(hits.errorMessage()));
        QCOMPARE(ids(hits.value()), (QList<Id> { inTitle, inSummary, inWhy }));
        // The passage shows where the word is, marked.
        QCOMPARE(hits.value().at(1).snippet, QStringLiteral("A «certificate» on the payment endpoint expired at midnight."));
        QVERIFY2(hits.value().at(2).snippet.contains(QStringLiteral("«certificate» rotation")), qPrintable(hits.value().at(2).snippet));

        // When more COEs match than are worth ranking, titles still come
        // first, then summaries, then the rest, newest first within each.
        const Id newerTitle = create(QStringLiteral("Certificate chain missing an intermediate"), QStringLiteral("Old Android clients failed."));
        auto many = SearchRepository(*m_db, 2).searchCoes(QStringLiteral("certif"));
        QVERIFY(many);
        QCOMPARE(ids(many.value()), (QList<Id> { newerTitle, inTitle, inSummary, inWhy }));
        QCOMPARE(SearchRepository(*m_db, 2).searchCoes(QStringLiteral("certif"), 3).value().size(), 3);
    }

    void phrasesAndEveryWord()
    {
        const Id both = create(QStringLiteral("Retry storm against inventory"), QStringLiteral("Retries stacked across three layers."));
        create(QStringLiteral("Storm in one AZ"), QStringLiteral("Power was lost."));
        QCOMPARE(ids(SearchRepository(*m_db).searchCoes(QStringLiteral("retry storm")).value()), QList<Id> { both });
        QCOMPARE(ids(SearchRepository(*m_db).searchCoes(QStringLiteral("\"stacked across\"")).value()), QList<Id> { both });
        QVERIFY(SearchRepository(*m_db).searchCoes(QStringLiteral("\"across stacked\"")).value().isEmpty());
        QVERIFY(SearchRepository(*m_db).searchCoes(QStringLiteral("   ")).value().isEmpty());
    }

    void snippetsAreCutAroundTheFirstMatch()
    {
        const QString text = QStringLiteral("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                                            "seventeen eighteen nineteen twenty");
        QCOMPARE(searchSnippet(text, QStringLiteral("twelve")), QStringLiteral("…eight nine ten eleven «twelve» thirteen fourteen fifteen sixteen "
                                                                                 "seventeen eighteen nineteen twenty"));
        QCOMPARE(searchSnippet(text, QStringLiteral("two")), QStringLiteral("one «two» three four five six seven eight nine ten eleven twelve "
                                                                              "thirteen fourteen…"));
        QCOMPARE(searchSnippet(text, QStringLiteral("zeppelin")), QString());
        QCOMPARE(searchSnippet(QStringLiteral("Fail-over\nfailed"), QStringLiteral("FAIL")), QStringLiteral("«Fail»-over «failed»"));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
