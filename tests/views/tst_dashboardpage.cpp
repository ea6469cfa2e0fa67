// The working group's dashboard driven as a user would: open it from the
// navigation, read the figures, click a bar and get its COEs, filter,
// compare COEs, export the report.
#include "coe/coewindows.h"
#include "demowindow.h"
#include "shell/prompts.h"
#include "workinggroup/dashboardpage.h"
#include "workinggroup/dashboardtile.h"
#include "workinggroup/patternspanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QStackedBarSeries>

using namespace closeloop;

class TestDashboardPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demoPath;
    test::DemoWindow m_demo;
    MainWindow *m_window = nullptr;

    DashboardPage *page() const { return m_window->dashboard(); }
    DashboardTile *tile(const char *name) const { return page()->findChild<DashboardTile *>(QLatin1String(name)); }

    void openDashboard()
    {
        QVERIFY(m_demo.showSection(QStringLiteral("Dashboard"), page()));
        QTRY_VERIFY(!page()->dashboard().coeIds.isEmpty());
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

    void showsTheHeadlineFigures()
    {
        openDashboard();
        // The demo: 8 COEs in the last twelve months, 2 of them reported by customers.
        QCOMPARE(page()->dashboard().coeIds.size(), 8);
        QCOMPARE(tile("customerTile")->figure(), QStringLiteral("25%"));
        QVERIFY(tile("customerTile")->label().contains(QStringLiteral("2 of 8 COEs")));
        QCOMPARE(tile("overdueTile")->figure(), QString::number(page()->dashboard().actions.overdue));
        QTest::mouseClick(tile("customerTile"), Qt::LeftButton);
        QCOMPARE(page()->drillList()->topLevelItemCount(), 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(page()->drillList()->topLevelItem(i)->text(5), QStringLiteral("Customer report"));
    }

    void clickingABarListsTheCoesBehindIt()
    {
        openDashboard();
        const Dashboard &d = page()->dashboard();
        qsizetype month = -1;
        for (qsizetype i = 0; i < d.months.size(); ++i)
            if (!d.months.at(i).bySeverity[0].isEmpty())
                month = i;
        QVERIFY(month >= 0);
        const QList<Id> expected = d.months.at(month).bySeverity[0];
        // The first chart is in sight: its view is made as it is painted.
        QChartView *view = nullptr;
        QTRY_VERIFY((view = page()->findChild<QChartView *>(QStringLiteral("coesPerMonthChart"))) != nullptr);
        QTRY_VERIFY(view->isVisible());
        auto *series = qobject_cast<QStackedBarSeries *>(view->chart()->series().constFirst());
        QVERIFY(series);
        // The middle of the severity-1 segment: the bottom of the stack.
        const QPointF inChart = view->chart()->mapToPosition(QPointF(qreal(month), 0.5), series);
        const QPoint inView = view->mapFromScene(view->chart()->mapToScene(inChart));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
        QTRY_COMPARE(page()->drillList()->topLevelItemCount(), expected.size());
        QVERIFY(page()->drillCaption().startsWith(QStringLiteral("Severity 1 COEs in ")));
        QCOMPARE(page()->drillList()->topLevelItem(0)->text(0), QStringLiteral("COE-%1").arg(expected.first()));
        QCOMPARE(page()->drillList()->topLevelItem(0)->text(4), QStringLiteral("1"));

        // Activating a listed COE opens it.
        QTreeWidget *list = page()->drillList();
        list->setCurrentItem(list->topLevelItem(0));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(m_window->coeWindows()->anyOpen());
        m_window->coeWindows()->closeAll();
    }

    void chartsBelowTheFoldAreDrawnWhenScrolledTo()
    {
        m_window->resize(1200, 800); // one column of charts, two or three in sight
        openDashboard();
        auto *scroll = page()->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QTRY_VERIFY(page()->findChild<QChartView *>(QStringLiteral("coesPerMonthChart")));
        QVERIFY(!page()->findChild<QChartView *>(QStringLiteral("servicesChart")));
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QChartView *last = nullptr;
        QTRY_VERIFY((last = page()->findChild<QChartView *>(QStringLiteral("servicesChart"))) != nullptr);
        QTRY_VERIFY(last->isVisible());
        QVERIFY(!last->chart()->series().isEmpty()); // the chart of this period, not an empty one
        // A new period makes the charts again: those in sight at once.
        const DashboardFilter f = page()->filter();
        page()->setPeriod(f.from.addYears(-1), f.to);
        QTRY_VERIFY((last = page()->findChild<QChartView *>(QStringLiteral("servicesChart"))) != nullptr);
        QTRY_VERIFY(last->isVisible());
    }

    void filtersRecomputeEverything()
    {
        openDashboard();
        auto *severity = page()->findChild<QComboBox *>(QStringLiteral("severityFilter"));
        severity->setFocus();
        QTest::keyClick(severity, Qt::Key_Down); // "Severity 1"
        QTRY_COMPARE(page()->filter().severities, QSet<int> { 1 });
        QVERIFY(!page()->dashboard().coeIds.isEmpty());
        QVERIFY(page()->dashboard().coeIds.size() < 8);
        QVERIFY(tile("customerTile")->label().contains(QStringLiteral("of %1 COEs").arg(page()->dashboard().coeIds.size())));

        // A period that starts after it ends is refused, and said so.
        auto *from = page()->findChild<QDateEdit *>(QStringLiteral("fromDate"));
        auto *to = page()->findChild<QDateEdit *>(QStringLiteral("toDate"));
        from->setDate(to->date().addDays(1));
        QTRY_VERIFY(m_window->problem().contains(QStringLiteral("starts after it ends")));
    }

    void patternsFindSimilarCoes()
    {
        openDashboard();
        auto *tabs = page()->findChild<QTabWidget *>(QStringLiteral("dashboardTabs"));
        PatternsPanel *patterns = page()->patterns();
        QCOMPARE(patterns->recurringList()->topLevelItemCount(), 0); // filled when shown, not before
        QCOMPARE(patterns->coeChoice()->count(), 0);
        tabs->setCurrentIndex(1);
        QTRY_VERIFY(patterns->isVisible());
        QVERIFY(patterns->proposalList()->topLevelItemCount() >= 1); // the demo's "no axiom exists" proposal
        QVERIFY(patterns->recurringList()->topLevelItem(0)->text(0).startsWith(QStringLiteral("Service: ")));
        QComboBox *choice = patterns->coeChoice();
        choice->setFocus();
        QTest::keyClick(choice, Qt::Key_Down);
        QTRY_VERIFY(patterns->similarList()->topLevelItemCount() >= 1);
        QVERIFY(patterns->similarList()->topLevelItem(0)->text(0).endsWith(QLatin1Char('%')));
    }

    // Worked out when its tab is shown, not while the charts are on top;
    // activating a row lists the COEs since the axiom was passed.
    void axiomEffectivenessIsFilledWhenItsTabIsShown()
    {
        openDashboard();
        auto *tree = page()->findChild<QTreeWidget *>(QStringLiteral("axiomEffectiveness"));
        QCOMPARE(tree->topLevelItemCount(), 0);
        page()->findChild<QTabWidget *>(QStringLiteral("dashboardTabs"))->setCurrentIndex(2);
        QTRY_VERIFY(tree->isVisible());
        QVERIFY(tree->topLevelItemCount() > 0);
        QTreeWidgetItem *first = tree->topLevelItem(0);
        QVERIFY(first->text(1).toInt() + first->text(2).toInt() > 0); // passed or waived somewhere

        // A new period while the tab is on top refills it at once: a
        // single day's COEs are fewer than a year's.
        const auto coesSince = [tree] {
            int n = 0;
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                n += tree->topLevelItem(i)->text(3).toInt();
            return n;
        };
        const int yearly = coesSince();
        QVERIFY(yearly > 0);
        auto *from = page()->findChild<QDateEdit *>(QStringLiteral("fromDate"));
        from->setDate(page()->findChild<QDateEdit *>(QStringLiteral("toDate"))->date());
        QVERIFY(coesSince() < yearly);
    }

    void exportsTheReport()
    {
        openDashboard();
        const QString path = m_dir.filePath(QStringLiteral("wg.md"));
        Prompts::queueText(path);
        QTest::mouseClick(page()->findChild<QPushButton *>(QStringLiteral("exportReport")), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(path));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("wg-charts/coes-per-month.svg"))));
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
