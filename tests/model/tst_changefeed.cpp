// Others' changes reach an open program without a restart: notified by the
// server in team mode, noticed by polling on a shared local file.
#include "coefixtures.h"
#include "storage/actionitemrepository.h"
#include "storage/changefeed.h"
#include "storage/coerepository.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace closeloop;

class TestChangeFeed : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void othersChangesAreAnnounced()
    {
        auto mine = test::openFresh(m_dir, QStringLiteral("feed.db"));
        auto theirs = test::openAgain(*mine);
        ChangeFeed feed(*mine, nullptr, 50);
        QSignalSpy spy(&feed, &ChangeFeed::changedElsewhere);

        const test::CoeCast cast = test::createCast(*theirs);
        Coe coe = test::completeCoe(cast);
        QVERIFY(CoeRepository(*theirs).create(coe));
        // Notices arrive per committed transaction, the people and service
        // of the cast first; on a server each names its table.
        const auto announced = [&spy, &mine](const QString &table) {
            if (!mine->isShared())
                return !spy.isEmpty();
            return std::any_of(spy.cbegin(), spy.cend(), [&table](const QList<QVariant> &args) { return args.at(0).toString() == table; });
        };
        QTRY_VERIFY(announced(QStringLiteral("coes")));

        // An action item's status, changed by someone else, arrives too.
        ActionItem item;
        item.title = QStringLiteral("Alarm on the payment client's error rate");
        item.source = ActionSource::Coe;
        item.sourceId = coe.id;
        QVERIFY(ActionItemRepository(*theirs).create(item));
        QTRY_VERIFY(announced(QStringLiteral("action_items")));
        spy.clear();
        item.status = ActionStatus::InProgress;
        QVERIFY(ActionItemRepository(*theirs).update(item));
        QTRY_VERIFY(announced(QStringLiteral("action_items")));
    }

    void ownChangesAreNotAnnounced()
    {
        auto mine = test::openFresh(m_dir, QStringLiteral("own.db"));
        ChangeFeed feed(*mine, nullptr, 50);
        QSignalSpy spy(&feed, &ChangeFeed::changedElsewhere);
        const test::CoeCast cast = test::createCast(*mine);
        Coe coe = test::completeCoe(cast);
        QVERIFY(CoeRepository(*mine).create(coe));
        // Then someone else adds a service: only that is announced.
        auto other = test::openAgain(*mine);
        Service service;
        service.name = QStringLiteral("Ledger");
        QVERIFY(ServiceRepository(*other).create(service));
        QTRY_VERIFY(!spy.isEmpty());
        for (const auto &args : std::as_const(spy))
            QVERIFY2(args.at(0).toString() != QLatin1String("coes"), "one's own saves refresh directly, not through the feed");
        if (!mine->isShared())
            QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
