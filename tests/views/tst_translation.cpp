// The German translation as a German-speaking person meets it: menus,
// sections, settings and the tour in German, dates as Germans write them;
// and no message left untranslated or missing a placeholder.
#include "demowindow.h"
#include "screenshot.h"
#include "coe/coefields.h"
#include "coe/coewindow.h"
#include "coe/coewindows.h"
#include "coe/coedocument.h"
#include "coe/reviewdialog.h"
#include "help/guidedialog.h"
#include "demo/demodata.h"
#include "actions/overduenotice.h"
#include "help/tourdialog.h"
#include "report/coemarkdown.h"
#include "orr/newreviewdialog.h"
#include "orr/signoffdialog.h"
#include "shell/backupsdialog.h"
#include "shell/connectdialog.h"
#include "workinggroup/findingdialog.h"
#include "orr/orrwindow.h"
#include "orr/orrwindows.h"
#include "lists/listpage.h"
#include "look/translations.h"
#include "shell/settingsdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace closeloop;

namespace {

struct Message {
    QString context, source, translation;
    bool unfinished = false;
};

// Every message of the German .ts file; empty when it cannot be read.
QList<Message> germanMessages()
{
    QFile ts(QStringLiteral(CLOSELOOP_SOURCE_DIR "/resources/translations/closeloop_de.ts"));
    if (!ts.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&ts);
    QList<Message> messages;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            m.context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            m.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            // Plural messages hold their forms as child elements.
            m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages << m;
        }
    }
    return xml.hasError() ? QList<Message> {} : messages;
}

// English sources whose German text differs: seeing one of them on screen in
// a German window means a tr() call looked in a context the translation is
// not filed under.
QSet<QString> sourcesWithGerman()
{
    QSet<QString> sources;
    for (const Message &m : germanMessages())
        if (!m.translation.isEmpty() && m.translation != m.source && m.source.size() > 1)
            sources.insert(m.source);
    return sources;
}

// Everything a widget shows in words: its own texts, its items and headers.
QStringList shownTexts(QWidget *w)
{
    QStringList texts { w->windowTitle(), w->toolTip(), w->accessibleName() };
    if (auto *label = qobject_cast<QLabel *>(w))
        texts << label->text();
    if (auto *button = qobject_cast<QAbstractButton *>(w))
        texts << button->text();
    if (auto *group = qobject_cast<QGroupBox *>(w))
        texts << group->title();
    if (auto *line = qobject_cast<QLineEdit *>(w))
        texts << line->placeholderText();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
        texts << plain->placeholderText();
    if (auto *combo = qobject_cast<QComboBox *>(w))
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
    if (auto *tabs = qobject_cast<QTabWidget *>(w))
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model())
        for (int c = 0; c < view->model()->columnCount(); ++c)
            texts << view->model()->headerData(c, Qt::Horizontal).toString();
    for (const QAction *a : w->actions())
        texts << a->text() << a->toolTip();
    return texts;
}

QStringList stillEnglish(QWidget *root, const QSet<QString> &english)
{
    QSet<QString> found;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>() << root;
    for (QWidget *w : widgets)
        for (const QString &text : shownTexts(w))
            if (english.contains(text))
                found.insert(QStringLiteral("%1 (%2)").arg(text, QString::fromLatin1(w->metaObject()->className())));
    QStringList list(found.cbegin(), found.cend());
    list.sort();
    return list;
}

} // namespace

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
        QCOMPARE(navigation->item(3)->text(), QStringLiteral("Services"));

        // Dates as a German reader writes them: 22.11.26, not 2026-11-22.
        ListPage *orr = demo.window->page(2);
        QTRY_VERIFY(orr->table()->model()->rowCount() > 0);
        const QString date = orr->table()->model()->index(0, 3).data().toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{2}\\.\\d{2}\\.\\d{2}$")).match(date).hasMatch(), qPrintable(date));
        // The overdue notice too: "war am 12.11.26 fällig".
        QTRY_VERIFY(demo.window->overdueNotice()->isVisible());
        QVERIFY2(QRegularExpression(QStringLiteral("am \\d{2}\\.\\d{2}\\.\\d{2} fällig")).match(demo.window->overdueNotice()->text()).hasMatch(),
                 qPrintable(demo.window->overdueNotice()->text()));

        SettingsDialog settings(demo.session->database());
        QCOMPARE(settings.windowTitle(), QStringLiteral("Einstellungen"));
        QVERIFY(settings.findChild<QGroupBox *>(QStringLiteral("teamSettings"))->title().startsWith(QStringLiteral("Team: Fälligkeiten")));
        TourDialog tour;
        QCOMPARE(tour.windowTitle(), QStringLiteral("Willkommen bei Closeloop"));
        test::screenshot(demo.window.get(), "german-main.png");
    }

    // A COE window, the screen people spend longest in: its outline, labels
    // and tooltips in German.
    void aCoeWindowSpeaksGerman()
    {
        test::DemoWindow demo;
        QVERIFY(demo.open(test::seedDemoDatabase(m_dir, QStringLiteral("de-coe.db"))));
        CoeWindow *coe = demo.window->coeWindows()->open(1);
        QVERIFY(coe);
        QCOMPARE(coe->outline()->item(int(CoeSection::Whys))->text(), QStringLiteral("7  Fünf Warum"));
        auto *title = coe->findChild<QLineEdit *>(QStringLiteral("title"));
        QVERIFY(title);
        QVERIFY2(title->toolTip().startsWith(QStringLiteral("Eine Zeile")), qPrintable(title->toolTip()));
        QVERIFY(coe->findChild<QPushButton *>(QStringLiteral("addWhy"))->text() == QStringLiteral("Erneut warum fragen"));
        test::screenshot(coe, "german-coe.png");

        // Numbers as a German reader writes them: a decimal comma.
        CoeWindow *draft = demo.window->coeWindows()->open(7);
        QVERIFY(draft);
        auto *share = draft->findChild<QLineEdit *>(QStringLiteral("failed_request_share"));
        QVERIFY(share && share->isEnabled());
        share->selectAll();
        QTest::keyClicks(share, QStringLiteral("12,5"));
        QTest::keyClick(share, Qt::Key_Tab);
        QCOMPARE(draft->document()->coe().failedRequestShare.value_or(-1), 0.125);
        // Shown back the German way when the value changes from elsewhere.
        draft->document()->setValue(CoeField::FailedRequestShare, QVariant::fromValue(0.375));
        QCOMPARE(share->text(), QStringLiteral("37,5%"));
    }

    // What the windows show is German: no English text that has a German
    // translation is left on screen (a tr() in the wrong context shows the
    // English even though the .ts file has the German).
    void nothingTranslatedIsShownInEnglish()
    {
        const QSet<QString> english = sourcesWithGerman();
        QVERIFY(english.size() > 1000);
        test::DemoWindow demo;
        QVERIFY(demo.open(test::seedDemoDatabase(m_dir, QStringLiteral("de-walk.db"))));
        for (int i = 0; i < demo.window->pageCount(); ++i)
            QVERIFY(demo.window->page(i)->ensureLoaded());
        demo.window->dashboard(); // pages built when first opened
        demo.window->weeklyReview();
        QStringList left = stillEnglish(demo.window.get(), english);
        CoeWindow *coe = demo.window->coeWindows()->open(6);
        QVERIFY(coe);
        const QStringList coeLeft = stillEnglish(coe, english);
        left += coeLeft;
        OrrWindow *orr = demo.window->orrWindows()->open(2);
        QVERIFY(orr);
        left += stillEnglish(orr, english);
        SettingsDialog settings(demo.session->database());
        left += stillEnglish(&settings, english);
        BackupsDialog backups(demo.session.get(), [] { return true; });
        left += stillEnglish(&backups, english);
        ConnectDialog connect([](const PgConnection &) { return Status(); });
        left += stillEnglish(&connect, english);
        ReviewDialog review(QStringLiteral("Quinn"), {});
        left += stillEnglish(&review, english);
        NewReviewDialog newReview({}, {}, {}, 0, QDate(2026, 11, 22), nullptr);
        left += stillEnglish(&newReview, english);
        FindingDialog finding(Finding {}, FindingDialog::Context {}, nullptr);
        left += stillEnglish(&finding, english);
        auto context = loadReviewContext(*demo.session->database(), 2);
        QVERIFY(context);
        SignOffDialog signOff(context.value(), signOffSummary(context->review, context->axioms, QDate(2026, 11, 22)), {}, {},
                              nullptr);
        left += stillEnglish(&signOff, english);
        GuideDialog guide;
        left += stillEnglish(&guide, english);
        TourDialog tour;
        left += stillEnglish(&tour, english);
        // The walk would see one.
        auto *probe = new QLabel(QStringLiteral("Ask why again"), coe);
        QCOMPARE(stillEnglish(coe, english).size(), coeLeft.size() + 1);
        delete probe;
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("%1 English texts on screen:\n").arg(left.size()) + left.join(QLatin1Char('\n'))));
    }

    // Every message has a German text, and each keeps the placeholders of its
    // English source: a lost %2 would print the wrong number, or none.
    void everyMessageIsTranslatedWithItsPlaceholders()
    {
        const QRegularExpression placeholder(QStringLiteral("%L?(\\d|n)"));
        auto placeholders = [&](const QString &text) {
            QSet<QString> found;
            for (auto it = placeholder.globalMatch(text); it.hasNext();)
                found.insert(it.next().captured());
            return found;
        };
        const QList<Message> messages = germanMessages();
        QVERIFY2(messages.size() > 1800, qPrintable(QString::number(messages.size())));
        QStringList gaps, broken;
        for (const Message &m : messages) {
            if (m.unfinished || m.translation.trimmed().isEmpty())
                gaps << m.context + QStringLiteral(": ") + m.source;
            else if (placeholders(m.translation) != placeholders(m.source))
                broken << m.context + QStringLiteral(": ") + m.source + QStringLiteral(" => ") + m.translation;
        }
        QVERIFY2(gaps.isEmpty(), qPrintable(QStringLiteral("%1 without German:\n").arg(gaps.size()) + gaps.join(QLatin1Char('\n'))));
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
    }

    // Reports are English in any language: the same COE gives the same
    // Markdown with the German translation installed as without it.
    void reportsStayEnglish()
    {
        auto db = test::openFresh(m_dir, QStringLiteral("de-report.db"));
        QVERIFY(seedDemoData(*db));
        auto german = storedCoeReport(*db, 6, ReportAudience::Outside);
        QVERIFY(german);
        QVERIFY(QCoreApplication::translate("closeloop::Enum", "In review") != QLatin1String("In review"));
        const QList<QTranslator *> translators = QCoreApplication::instance()->findChildren<QTranslator *>();
        for (QTranslator *t : translators)
            QCoreApplication::removeTranslator(t);
        auto english = storedCoeReport(*db, 6, ReportAudience::Outside);
        for (QTranslator *t : translators)
            QCoreApplication::installTranslator(t);
        QVERIFY(english);
        QCOMPARE(german->markdown, english->markdown);
        QVERIFY(english->markdown.contains(QLatin1String("In review")));
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
