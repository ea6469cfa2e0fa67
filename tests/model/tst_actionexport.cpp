// Follow-up digest and CSV export of action items.
#include "actions/actionexport.h"

#include <QTest>

using namespace closeloop;

namespace {

const QDate kToday(2026, 11, 22);

ActionItemSummary item(Id id, const QString &title, const QString &owner, ActionStatus status, std::optional<QDate> due)
{
    ActionItemSummary s;
    s.item.id = id;
    s.item.title = title;
    s.item.status = status;
    s.item.due = due;
    s.item.priority = 1;
    s.item.sourceId = 4;
    s.ownerName = owner;
    s.sourceTitle = QStringLiteral("Search stale");
    return s;
}

} // namespace

class TestActionExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The summary writes dates as the reader's locale does; these checks
    // read them in the ISO form a machine without a locale gets.
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void digestGroupsByOwnerOverdueFirst()
    {
        const QList<ActionItemSummary> items {
            item(1, QStringLiteral("Alarm on queue age"), QStringLiteral("Mei Chen"), ActionStatus::Open, kToday.addDays(5)),
            item(2, QStringLiteral("Cap bulk imports"), QStringLiteral("Mei Chen"), ActionStatus::InProgress, kToday.addDays(-3)),
            item(3, QStringLiteral("Validate the schema"), QStringLiteral("Mei Chen"), ActionStatus::Done, kToday.addDays(-30)),
            item(4, QStringLiteral("Write the runbook"), QString(), ActionStatus::Open, std::nullopt),
        };
        const QString md = followUpDigest(items, kToday);
        QVERIFY(md.startsWith(QStringLiteral("# Action items to follow up, 2026-11-22")));
        QVERIFY(md.contains(QStringLiteral("## Mei Chen (2 open, 1 overdue)")));
        QVERIFY(md.contains(QStringLiteral("## No owner yet (1 open)")));
        QVERIFY(!md.contains(QStringLiteral("Validate the schema"))); // done: nothing to chase
        QVERIFY(md.indexOf(QStringLiteral("**overdue 3 days**")) < md.indexOf(QStringLiteral("due in 5 days")));
        QVERIFY(md.contains(QStringLiteral("no due date")));
        QVERIFY(followUpDigest({ items[2] }, kToday).contains(QStringLiteral("Nothing is open")));
    }

    void csvQuotesWhatNeedsQuoting()
    {
        const QList<ActionItemSummary> items {
            item(7, QStringLiteral("Limit retries, with \"jitter\"\nand backoff"), QStringLiteral("Mei Chen"), ActionStatus::Open, kToday.addDays(-1)),
        };
        const QString csv = actionsToCsv(items, kToday);
        const QStringList lines = csv.split(QStringLiteral("\r\n"));
        QVERIFY(lines.first().startsWith(QStringLiteral("id,title,owner,due,overdue,status,priority,type,strength")));
        QVERIFY(csv.contains(QStringLiteral("7,\"Limit retries, with \"\"jitter\"\"\nand backoff\",Mei Chen,2026-11-21,yes,open,P1,prevent,strong,")));
        QVERIFY(csv.endsWith(QStringLiteral("\r\n")));
    }

    void overdueSummaryIsShortAndNamesOwners()
    {
        QList<ActionItemSummary> items {
            item(1, QStringLiteral("Alarm on queue age"), QStringLiteral("Mei Chen"), ActionStatus::Open, kToday.addDays(-2)),
            item(2, QStringLiteral("Cap bulk imports"), QStringLiteral("Mei Chen"), ActionStatus::InProgress, kToday.addDays(-12)),
            item(3, QStringLiteral("Validate the schema"), QStringLiteral("Sam Okafor"), ActionStatus::Open, kToday.addDays(-1)),
            item(4, QStringLiteral("Write the runbook"), QString(), ActionStatus::Open, kToday.addDays(-5)),
            item(5, QStringLiteral("Old and done"), QStringLiteral("Sam Okafor"), ActionStatus::Done, kToday.addDays(-90)),
            item(6, QStringLiteral("Not yet due"), QStringLiteral("Sam Okafor"), ActionStatus::Open, kToday.addDays(3)),
        };
        QCOMPARE(overdueSummary(items, kToday),
                 QStringLiteral("4 action items are overdue: 2 for Mei Chen, 1 with no owner, 1 for Sam Okafor. "
                                "The oldest, “Cap bulk imports”, was due 2026-11-10 (12 days ago)."));
        QCOMPARE(overdueSummary({ items[2] }, kToday),
                 QStringLiteral("1 action item is overdue (1 for Sam Okafor). The oldest, “Validate the schema”, was due yesterday (2026-11-21)."));
        QCOMPARE(overdueSummary({ items[5], items[4] }, kToday), QStringLiteral("Nothing is overdue. 1 action item is open."));
        QCOMPARE(overdueSummary({ items[4] }, kToday), QStringLiteral("Nothing is overdue, and no action item is open."));
    }

    // At the size of a large organisation the counts are written as the
    // reader writes numbers, as the lists' counts are.
    void overdueSummaryGroupsLargeCounts()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        OverdueFacts facts;
        facts.open = 25227;
        facts.perOwner = { { QStringLiteral("Mei Chen"), 36 }, { QStringLiteral("Sam Okafor"), 34 }, { QString(), 33 },
                           { QStringLiteral("Ana Ruiz"), 12000 - 36 - 34 - 33 - 1 }, { QStringLiteral("Bo Lind"), 1 } };
        facts.oldestTitle = QStringLiteral("Guard against hot partitions");
        facts.oldestDue = kToday.addDays(-3653);
        const QString text = overdueSummary(facts, kToday);
        QLocale::setDefault(before);
        QVERIFY2(text.startsWith(QStringLiteral("12,000 action items are overdue: 36 for Mei Chen, 34 for Sam Okafor, 33 with no owner, "
                                                "11,897 more among 2 other owners.")), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("(3,653 days ago).")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestActionExport)
#include "tst_actionexport.moc"
