// Similar COEs: a repeat failure must surface while the second COE is
// being written, ranked above COEs that only share everyday words.
#include "coefixtures.h"
#include "demo/demodata.h"
#include "storage/coerepository.h"
#include "storage/workinggrouprepository.h"
#include "testsupport.h"
#include "workinggroup/similarity.h"

#include <QTest>

using namespace closeloop;

namespace {

CoeText text(Id id, QString title, QString summary, QStringList rootCauses, QStringList tags, QString trigger = {})
{
    CoeText t;
    t.id = id;
    t.title = std::move(title);
    t.summary = std::move(summary);
    t.rootCauses = rootCauses;
    t.whys = std::move(rootCauses);
    t.tags = std::move(tags);
    t.trigger = std::move(trigger);
    return t;
}

QList<CoeText> corpus()
{
    return {
        text(1, QStringLiteral("Login failed after the TLS certificate expired"),
             QStringLiteral("The certificate on the login load balancer expired at midnight."),
             { QStringLiteral("The certificate renewal job had no alarm when it failed") }, { QStringLiteral("certificate") }),
        text(2, QStringLiteral("Payments API errors after certificate expiry"),
             QStringLiteral("Clients rejected the expired certificate of the payments endpoint."),
             { QStringLiteral("Renewal of the certificate depended on a manual step") }, { QStringLiteral("certificate") }),
        text(3, QStringLiteral("Database failover took forty minutes"),
             QStringLiteral("The replica lagged and failover waited for it."),
             { QStringLiteral("No alarm on replica lag") }, { QStringLiteral("database") }),
        text(4, QStringLiteral("Config push removed capacity in one zone"),
             QStringLiteral("A deployment removed hosts from the fleet."),
             { QStringLiteral("The pipeline did not check capacity before the push") }, { QStringLiteral("capacity") },
             QStringLiteral("config push")),
        text(5, QStringLiteral("Config push disabled the cache"),
             QStringLiteral("A flag flipped in the deployment turned the cache off."),
             { QStringLiteral("Flags are not validated before the push") }, {}, QStringLiteral("config push")),
    };
}

QList<Id> ids(const QList<SimilarCoe> &similar)
{
    QList<Id> out;
    for (const SimilarCoe &s : similar)
        out << s.id;
    return out;
}

} // namespace

class TestSimilarity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void termsDropCommonWordsAndEndings()
    {
        QCOMPARE(similarityTerms(QStringLiteral("The timeouts were retried by the clients")),
                 (QStringList { QStringLiteral("timeout"), QStringLiteral("retri"), QStringLiteral("client") }));
        QCOMPARE(similarityTerms(QStringLiteral("DNS, dns; Dns")),
                 (QStringList { QStringLiteral("dns"), QStringLiteral("dns"), QStringLiteral("dns") }));
        QVERIFY(similarityTerms(QStringLiteral("the and of a to")).isEmpty());
    }

    void theRepeatFailureRanksFirst()
    {
        const SimilarityIndex index(corpus());
        const QList<SimilarCoe> similar = index.similarTo(corpus().at(0));
        QVERIFY(!similar.isEmpty());
        QCOMPARE(similar.first().id, Id(2));
        QVERIFY(!ids(similar).contains(1)); // never itself
        QVERIFY(similar.first().sharedTerms.contains(QStringLiteral("#certificate")));
        for (qsizetype i = 1; i < similar.size(); ++i)
            QVERIFY(similar.at(i - 1).score >= similar.at(i).score);
    }

    void aSharedTriggerRanksAboveUnrelatedCoes()
    {
        const SimilarityIndex index(corpus());
        const QList<Id> ranked = ids(index.similarTo(corpus().at(3), -1, 0.0));
        QCOMPARE(ranked.first(), Id(5));
        QVERIFY(!ranked.contains(1) || ranked.indexOf(5) < ranked.indexOf(1));
    }

    void aCoeBeingWrittenFindsItsPredecessors()
    {
        const SimilarityIndex index(corpus());
        CoeText draft = text(0, QStringLiteral("Certificate expired on the checkout endpoint"), {}, {}, {});
        const QList<Id> ranked = ids(index.similarTo(draft, 2));
        QCOMPARE(ranked.size(), 2);
        QVERIFY(ranked.contains(1) && ranked.contains(2));
    }

    void nothingSimilarGivesNothing()
    {
        const SimilarityIndex index(corpus());
        QVERIFY(index.similarTo(text(0, QStringLiteral("Quarterly budget spreadsheet"), {}, {}, {})).isEmpty());
        const SimilarityIndex empty({});
        QVERIFY(empty.similarTo(corpus().at(0)).isEmpty());
    }

    void fromTheDatabase()
    {
        QTemporaryDir dir;
        auto db = test::openFresh(dir);
        QVERIFY(seedDemoData(*db, QDate(2026, 11, 22)));
        auto texts = WorkingGroupRepository(*db).coeTexts();
        QVERIFY(texts);
        const QList<CoeText> all = texts.value();
        QVERIFY(all.size() >= 5);
        // The stored COE and the one in memory give the same words.
        auto loaded = CoeRepository(*db).load(all.first().id);
        QVERIFY(loaded);
        const CoeText fromMemory = coeText(loaded.value());
        QStringList memoryCauses = fromMemory.rootCauses, storedCauses = all.first().rootCauses;
        memoryCauses.sort();
        storedCauses.sort();
        QCOMPARE(memoryCauses, storedCauses);
        QCOMPARE(fromMemory.tags, all.first().tags);
        QVERIFY(!all.first().rootCauses.isEmpty());
        const SimilarityIndex index(all);
        QCOMPARE(index.size(), all.size());
    }
};

QTEST_GUILESS_MAIN(TestSimilarity)
#include "tst_similarity.moc"
