// Action-item strength and actionability, table-driven.
#include "actions/actionrules.h"

#include <QTest>

using namespace closeloop;

class TestActionRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void strength_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("strength");
        QTest::addColumn<QString>("word");
        auto row = [](const char *title, const char *type, const char *strength, const char *word) {
            QTest::newRow(title) << QString::fromUtf8(title) << QString::fromLatin1(type) << QString::fromLatin1(strength) << QString::fromUtf8(word);
        };
        row("Stage configuration deployments one AZ at a time with a 30-minute bake", "prevent", "strong", "stage");
        row("Validate pool size against the capacity model in the pipeline", "prevent", "strong", "validate");
        row("Automate SAML certificate rotation with metadata rollover", "prevent", "strong", "automate");
        row("Make the cache client refuse bulk deletes above 1% of keys", "prevent", "strong", "refuse");
        row("Add capped exponential backoff with full jitter to the HTTP client", "prevent", "strong", "capped");
        row("Remove production credentials from developer laptops", "prevent", "strong", "remove");
        row("Add a rate limit per tenant to the import API", "prevent", "strong", "rate limit");
        row("Partition the session cache into cells", "prevent", "strong", "partition");
        row("Alarm on connection-pool wait time per AZ", "detect", "medium", "alarm");
        row("Add a canary for the checkout flow", "detect", "medium", "canary");
        row("Create a dashboard of queue depth per shard", "detect", "strong", "shard"); // the shard word wins over dashboard
        row("Test the failover every quarter", "process", "medium", "test");
        row("Document the failover procedure", "process", "weak", "document");
        row("Remind teams to review retry settings in code review", "process", "weak", "remind");
        row("Train on-call engineers on the new console", "process", "weak", "train");
        row("Write a runbook for emergency certificate replacement", "mitigate", "weak", "runbook");
        row("Update the wiki with the new limits", "process", "strong", "limits"); // names a limit: read as strong by words
        row("Ask engineers to be more careful with production", "process", "weak", "ask");
        row("Double-check the host before running the script", "process", "weak", "double-check");
        row("Capture heap dumps on out-of-memory errors", "detect", "medium", ""); // "cap" is not "capture"
        row("Buy pots of different colours for decaf and regular", "prevent", "medium", "");
        row("Hold a lunch-and-learn on the incident", "process", "weak", "");
    }

    void strength()
    {
        QFETCH(QString, title);
        QFETCH(QString, type);
        QFETCH(QString, strength);
        QFETCH(QString, word);
        const StrengthVerdict v = classifyStrength(title, QString(), enumFromKey<ActionType>(type).value());
        QCOMPARE(enumKey(v.strength), strength);
        QCOMPARE(v.word, word);
        QVERIFY(!v.reason.isEmpty());
        if (!word.isEmpty())
            QVERIFY2(v.reason.contains(word), qPrintable(v.reason));
    }

    void descriptionCountsWhenTheTitleDoesNot()
    {
        const StrengthVerdict v = classifyStrength(QStringLiteral("Change the deploy tool"),
                                                   QStringLiteral("Refuse a capacity value below the safety floor."), ActionType::Prevent);
        QCOMPARE(v.strength, ActionStrength::Strong);
    }

    void actionable_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("good") << QStringLiteral("Add an alarm on queue depth") << true << QString();
        QTest::newRow("demo") << QStringLiteral("Retry only at the outermost layer; disable retries in the inventory client") << true << QString();
        QTest::newRow("investigate") << QStringLiteral("Investigate stuff") << false << QStringLiteral("done state");
        QTest::newRow("look into") << QStringLiteral("Look into the connection pool settings") << false << QStringLiteral("look into");
        QTest::newRow("vague words") << QStringLiteral("Fix various things in the deploy pipeline") << false << QStringLiteral("too vague");
        QTest::newRow("improve") << QStringLiteral("Improve monitoring of the payment service") << false << QStringLiteral("done state");
        QTest::newRow("improve by") << QStringLiteral("Improve time to detect payment errors to under 5 minutes") << true << QString();
        QTest::newRow("no verb") << QStringLiteral("Monitoring gaps in the search cluster") << false << QStringLiteral("verb");
        QTest::newRow("too short") << QStringLiteral("Alarms") << false << QStringLiteral("verb");
        QTest::newRow("empty") << QString() << false << QStringLiteral("verb");
    }

    void actionable()
    {
        QFETCH(QString, title);
        QFETCH(bool, ok);
        QFETCH(QString, mentions);
        const ActionabilityCheck c = checkActionable(title);
        QCOMPARE(c.ok, ok);
        QCOMPARE(c.message.isEmpty(), ok);
        if (!mentions.isEmpty())
            QVERIFY2(c.message.contains(mentions, Qt::CaseInsensitive), qPrintable(c.message));
    }

    void trackerRefs_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("problem"); // a word the message must contain; empty when accepted
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("key") << QStringLiteral("OPS-123") << QString();
        QTest::newRow("issue number") << QStringLiteral("#412") << QString();
        QTest::newRow("https") << QStringLiteral("https://tracker.example.com/browse/OPS-123") << QString();
        QTest::newRow("http with query") << QStringLiteral("http://jira.corp/browse?id=OPS-9") << QString();
        QTest::newRow("one slash") << QStringLiteral("htp:/tracker") << QStringLiteral("https://");
        QTest::newRow("ftp") << QStringLiteral("ftp://files.example.com/x") << QStringLiteral("https://");
        QTest::newRow("no host") << QStringLiteral("https://") << QStringLiteral("https://");
        QTest::newRow("space in address") << QStringLiteral("https://tracker.example.com/OPS 1") << QStringLiteral("https://");
        QTest::newRow("sentence") << QStringLiteral("see the ticket") << QStringLiteral("not a tracker key");
        QTest::newRow("very long key") << QString(70, QLatin1Char('A')) << QStringLiteral("not a tracker key");
    }

    void trackerRefs()
    {
        QFETCH(QString, ref);
        QFETCH(QString, problem);
        const QString message = checkTrackerRef(ref);
        if (problem.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(problem), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestActionRules)
#include "tst_actionrules.moc"
