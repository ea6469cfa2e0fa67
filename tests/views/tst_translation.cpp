// The German translation as a German-speaking person meets it: menus,
// sections, settings and the tour in German, dates as Germans write them;
// and the parts declared complete have no message left untranslated.
#include "demowindow.h"
#include "screenshot.h"
#include "help/tourdialog.h"
#include "lists/listpage.h"
#include "look/translations.h"
#include "shell/settingsdialog.h"

#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QTableView>
#include <QTest>
#include <QXmlStreamReader>

using namespace closeloop;

class TestTranslation : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
    }

    void theWindowSpeaksGerman()
    {
        test::DemoWindow demo;
        QVERIFY(demo.open(test::seedDemoDatabase(m_dir, QStringLiteral("de.db"))));
        QStringList menus;
        for (const QAction *a : demo.window->menuBar()->actions())
            menus << a->text();
        QVERIFY2(menus.contains(QStringLiteral("&Datei")) && menus.contains(QStringLiteral("&Hilfe")), qPrintable(menus.join(QLatin1Char(' '))));
        auto *navigation = demo.window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("Maßnahmen"));
        QCOMPARE(navigation->item(3)->text(), QStringLiteral("Dienste"));

        // Dates as a German reader writes them: 22.11.26, not 2026-11-22.
        ListPage *orr = demo.window->page(2);
        QTRY_VERIFY(orr->table()->model()->rowCount() > 0);
        const QString date = orr->table()->model()->index(0, 3).data().toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{2}\\.\\d{2}\\.\\d{2}$")).match(date).hasMatch(), qPrintable(date));

        SettingsDialog settings(demo.session->database());
        QCOMPARE(settings.windowTitle(), QStringLiteral("Einstellungen"));
        QVERIFY(settings.findChild<QGroupBox *>(QStringLiteral("teamSettings"))->title().startsWith(QStringLiteral("Team: Fälligkeiten")));
        TourDialog tour;
        QCOMPARE(tour.windowTitle(), QStringLiteral("Willkommen bei Closeloop"));
        test::screenshot(demo.window.get(), "german-main.png");
    }

    // These contexts are translated completely; the test names any message
    // added to them without a German text.
    void theCompletedPartsHaveNoGapsLeft()
    {
        const QStringList complete = { QStringLiteral("closeloop::MainWindow"), QStringLiteral("closeloop::Enum"),
                                       QStringLiteral("closeloop::Severity"), QStringLiteral("closeloop::SettingsDialog"),
                                       QStringLiteral("closeloop::TourDialog"), QStringLiteral("closeloop::ShortcutSheet"),
                                       QStringLiteral("closeloop::GuideDialog"), QStringLiteral("closeloop::ListPage") };
        QFile ts(QStringLiteral(CLOSELOOP_SOURCE_DIR "/resources/translations/closeloop_de.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QString context, source;
        QStringList gaps;
        int checked = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation") && complete.contains(context)) {
                const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                if (unfinished || xml.readElementText().isEmpty())
                    gaps << context + QStringLiteral(": ") + source;
                ++checked;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(checked > 200);
        QVERIFY2(gaps.isEmpty(), qPrintable(gaps.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
