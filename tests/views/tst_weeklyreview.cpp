// The weekly operations review page: the week's agenda and the wheel,
// which turns until the service the seeded draw picked is under the pointer.
#include "demowindow.h"
#include "storage/wheelrepository.h"
#include "workinggroup/dashboardsource.h"
#include "workinggroup/weeklyagenda.h"
#include "workinggroup/weeklyreviewpage.h"
#include "workinggroup/wheelwidget.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

using namespace closeloop;

class TestWeeklyReview : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demoPath;
    test::DemoWindow m_demo;
    MainWindow *m_window = nullptr;

    WeeklyReviewPage *page() const { return m_window->weeklyReview(); }

    void openPage()
    {
        QVERIFY(m_demo.showSection(QStringLiteral("Weekly review"), page()));
        QTRY_COMPARE(page()->wheel()->names().size(), 5);
        page()->wheel()->setSpinDuration(40);
    }

    QStringList pickedNames() const
    {
        QStringList names;
        for (int i = 0; i < page()->picked()->topLevelItemCount(); ++i)
            names << page()->picked()->topLevelItem(i)->text(0);
        return names;
    }

    void spinWithSeed(const QString &seed)
    {
        auto *edit = page()->findChild<QLineEdit *>(QStringLiteral("spinSeed"));
        edit->clear();
        QTest::keyClicks(edit, seed);
        page()->picked()->clear();
        QTest::mouseClick(page()->findChild<QPushButton *>(QStringLiteral("spinButton")), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        m_demoPath = test::seedDemoDatabase(m_dir, QStringLiteral("demo.db"));
    }

    void init()
    {
        QVERIFY(m_demo.open(m_demoPath));
        m_window = m_demo.window.get();
    }

    void cleanup() { m_demo.close(); }

    void theAgendaHoldsThisWeek()
    {
        openPage();
        const QDate today = QDate::currentDate();
        QTreeWidget *coes = page()->weekCoes();
        QVERIFY(coes->topLevelItemCount() >= 1);
        for (int i = 0; i < coes->topLevelItemCount(); ++i) {
            const QDate began = QDate::fromString(coes->topLevelItem(i)->text(4), Qt::ISODate);
            if (!began.isValid())
                continue; // the "no COE this week" line
            QVERIFY2(began >= today.addDays(-6) && began <= today, qPrintable(coes->topLevelItem(i)->text(4)));
        }
        const WeeklyAgenda agenda = weeklyAgenda(loadDashboardFacts(*m_demo.session->database(), today).value(), today);
        QCOMPARE(coes->topLevelItem(0)->text(0), agenda.coes.isEmpty() ? QString() : QStringLiteral("COE-%1").arg(agenda.coes.first().id));
        QCOMPARE(coes->topLevelItemCount(), std::max<qsizetype>(1, agenda.coes.size()));
        QCOMPARE(page()->quickWins()->topLevelItemCount(), std::max<qsizetype>(1, agenda.quickWins.size()));
        if (agenda.quickWins.isEmpty())
            QVERIFY(page()->quickWins()->topLevelItem(0)->text(0).startsWith(QStringLiteral("No strong action item")));
    }

    void theWheelStopsOnThePickedService()
    {
        openPage();
        spinWithSeed(QStringLiteral("7"));
        QTRY_COMPARE(page()->picked()->topLevelItemCount(), 2);
        QVERIFY(!page()->wheel()->isSpinning());
        const QStringList picked = pickedNames();
        QCOMPARE(page()->wheel()->names().at(page()->wheel()->sliceAtPointer()), picked.first());
        QVERIFY(page()->lastDraw().recorded);
        auto history = WheelRepository(*m_demo.session->database()).history();
        QVERIFY(history);
        QCOMPARE(history->constLast().seed, quint32(7));

        // Without recording, the same seed on the same history draws the same services.
        page()->findChild<QCheckBox *>(QStringLiteral("recordSpin"))->setChecked(false);
        spinWithSeed(QStringLiteral("11"));
        QTRY_COMPARE(page()->picked()->topLevelItemCount(), 2);
        const QStringList first = pickedNames();
        spinWithSeed(QStringLiteral("11"));
        QTRY_COMPARE(page()->picked()->topLevelItemCount(), 2);
        QCOMPARE(pickedNames(), first);
        QCOMPARE(WheelRepository(*m_demo.session->database()).history()->size(), history->size());
    }

    void aBadSeedIsExplained()
    {
        openPage();
        spinWithSeed(QStringLiteral("seven"));
        QTRY_VERIFY(m_window->problem().contains(QStringLiteral("seed must be a whole number")));
        QCOMPARE(page()->picked()->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(TestWeeklyReview)
#include "tst_weeklyreview.moc"
