// Default due dates per priority: built-in defaults, the team's settings,
// and bad values refused without changing anything.
#include "actions/duepolicy.h"
#include "storage/settingsrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace closeloop;

class TestDuePolicy : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void defaultsFollowThePriority()
    {
        const DueDatePolicy p;
        const QDate from(2026, 11, 22);
        QCOMPARE(p.dueFor(0, from), from.addDays(14));
        QCOMPARE(p.dueFor(1, from), from.addDays(28));
        QCOMPARE(p.dueFor(2, from), from.addDays(56));
        QCOMPARE(p.dueFor(3, from), from.addDays(91));
    }

    void teamSettingsAreKept()
    {
        auto db = test::openFresh(m_dir, QStringLiteral("due"));
        QVERIFY(DueDatePolicy::save(*db, 1, 21));
        const DueDatePolicy p = DueDatePolicy::load(*db).value();
        QCOMPARE(p.days[1], 21);
        QCOMPARE(p.days[0], 14); // untouched priorities keep their defaults
    }

    void badValuesAreRefusedAndChangeNothing()
    {
        auto db = test::openFresh(m_dir, QStringLiteral("bad"));
        QVERIFY(DueDatePolicy::save(*db, 2, 30));
        const Status zero = DueDatePolicy::save(*db, 2, 0);
        QVERIFY(!zero);
        QVERIFY(zero.errorMessage().contains(QStringLiteral("1 to 3650")));
        QVERIFY(!DueDatePolicy::save(*db, 4, 10));
        QCOMPARE(DueDatePolicy::load(*db).value().days[2], 30);

        // A value damaged outside the app is named, not silently replaced.
        QVERIFY(SettingsRepository(*db).set({ { DueDatePolicy::settingKey(3), QStringLiteral("soon") } }));
        const auto damaged = DueDatePolicy::load(*db);
        QVERIFY(!damaged);
        QVERIFY(damaged.errorMessage().contains(QStringLiteral("actions.due_days.p3")));
    }
};

QTEST_GUILESS_MAIN(TestDuePolicy)
#include "tst_duepolicy.moc"
