// Help as a person meets it: the first-run tour appears once, can be
// skipped or walked with the keyboard, and comes back from Help > Tour; the
// guide covers every COE section and ORR part and opens with F1.
#include "demowindow.h"
#include "help/guidedialog.h"
#include "help/guidetopics.h"
#include "help/tourdialog.h"
#include "settings/preferences.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTextBrowser>

using namespace closeloop;

class TestHelp : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    test::DemoWindow m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QSettings().clear();
        QVERIFY(m_demo.open(test::seedDemoDatabase(m_dir, QStringLiteral("help.db"))));
    }

    void cleanupTestCase() { m_demo.close(); }

    void theTourShowsOnceAndCanBeSkipped()
    {
        TourDialog *tour = TourDialog::showIfNew(m_demo.window.get());
        QVERIFY(tour);
        QTRY_VERIFY(tour->isVisible());
        QCOMPARE(tour->page(), 0);
        QPointer<TourDialog> gone(tour);
        QTest::mouseClick(tour->findChild<QPushButton *>(QStringLiteral("tourSkip")), Qt::LeftButton);
        QTRY_VERIFY(gone.isNull());
        QCOMPARE(QSettings().value(prefkeys::tourSeen).toBool(), true);
        QVERIFY(!TourDialog::showIfNew(m_demo.window.get()));
    }

    void theTourComesBackAndIsWalkedWithTheKeyboard()
    {
        m_demo.window->findChild<QAction *>(QStringLiteral("tourAction"))->trigger();
        TourDialog *tour = nullptr;
        QTRY_VERIFY((tour = m_demo.window->findChild<TourDialog *>()) && tour->isVisible());
        auto *step = tour->findChild<QLabel *>(QStringLiteral("tourStep"));
        QCOMPARE(step->text(), QStringLiteral("1 of %1").arg(tour->pageCount()));
        QVERIFY(!tour->findChild<QPushButton *>(QStringLiteral("tourBack"))->isEnabled());
        QPointer<TourDialog> gone(tour);
        // Return presses Next (the default button) page by page, then Done.
        for (int i = 1; i < tour->pageCount(); ++i) {
            QTest::keyClick(tour, Qt::Key_Return);
            QCOMPARE(tour->page(), i);
        }
        QCOMPARE(tour->findChild<QPushButton *>(QStringLiteral("tourNext"))->text(), QStringLiteral("&Done"));
        QTest::keyClick(tour, Qt::Key_Return);
        QTRY_VERIFY(gone.isNull());
    }

    void theGuideCoversEverySectionAndOpensWithF1()
    {
        QStringList keys;
        for (const GuideTopic &t : guideTopics()) {
            QVERIFY2(t.text.size() > 120, qPrintable(t.key));
            keys << t.key;
        }
        for (const char *k : { "header", "window", "timeline", "detection", "resolution", "blast", "whys", "actions", "lessons", "orr", "axioms", "workinggroup" })
            QVERIFY2(keys.contains(QLatin1String(k)), k);

        m_demo.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_demo.window.get()));
        QTest::keyClick(m_demo.window.get(), Qt::Key_F1);
        GuideDialog *guide = nullptr;
        QTRY_VERIFY((guide = m_demo.window->findChild<GuideDialog *>()) && guide->isVisible());
        auto *topics = guide->findChild<QListWidget *>(QStringLiteral("guideTopics"));
        auto *text = guide->findChild<QTextBrowser *>(QStringLiteral("guideText"));
        QVERIFY(text->toPlainText().contains(QLatin1String("blame-free")));
        // Down the list with the keyboard: the text follows.
        topics->setFocus();
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(topics, Qt::Key_Down);
        QCOMPARE(guide->currentTopic(), QStringLiteral("detection"));
        QVERIFY(text->toPlainText().contains(QLatin1String("half the time")));
        // F1 again raises the same window rather than a second one.
        QTest::keyClick(m_demo.window.get(), Qt::Key_F1);
        QCOMPARE(m_demo.window->findChildren<GuideDialog *>().size(), 1);
        guide->close();
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
