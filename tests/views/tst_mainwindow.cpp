// The main window driven as a user would: keyboard shortcuts, the filter
// box, the state filter, opening and creating databases, the demo button.
#include "demo/demodata.h"
#include "lists/listpage.h"
#include "models/listfilterproxy.h"
#include "shell/backupsdialog.h"
#include "shell/databasesession.h"
#include "shell/filedialogs.h"
#include "shell/identitybox.h"
#include "shell/mainwindow.h"
#include "coe/coewindow.h"
#include "coe/coewindows.h"
#include "coe/coedocument.h"
#include "report/reporttemplates.h"
#include "shell/prompts.h"
#include "shell/searchbox.h"
#include "shell/shortcutsheet.h"
#include "storage/coerepository.h"
#include "testsupport.h"
#include "screenshot.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QDesktopServices>
#include <QStatusBar>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include "actions/actiontracker.h"
#include "orr/recertificationpanel.h"
#include "workinggroup/dashboardpage.h"
#include "workinggroup/weeklyreviewpage.h"
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QMessageBox>
#include <QSemaphore>
#include <QSettings>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include <filesystem>

using namespace closeloop;

// Stands in for the file manager: records the folder it was asked to show.
class UrlRecorder : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<MainWindow> m_window;

    // The list on show, inside the holder that built it when first opened.
    ListPage *current() const
    {
        return m_window->findChild<QStackedWidget *>()->currentWidget()->findChild<ListPage *>(QString(), Qt::FindDirectChildrenOnly);
    }
    QLabel *databaseLabel() const { return m_window->findChild<QLabel *>(QStringLiteral("databaseLabel")); }
    // A copy of the demo database changed behind Closeloop's back by
    // `change`; empty when the copy could not be made.
    QString demoCopy(const QString &name, const std::function<void(QSqlQuery &)> &change)
    {
        const QString path = m_dir.filePath(name);
        if (!QFile::copy(m_demoPath, path))
            return {};
        OpenOptions options;
        options.path = path;
        auto opened = Database::openSqlite(options);
        if (!opened)
            return {};
        QSqlQuery q(opened.value()->connection());
        change(q);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        m_demoPath = m_dir.filePath(QStringLiteral("demo.db"));
        auto db = test::openFresh(m_dir, QStringLiteral("demo.db"));
        QVERIFY(seedDemoData(*db));
    }

    void init()
    {
        m_session = std::make_unique<DatabaseSession>();
        QVERIFY(m_session->open(m_demoPath, false));
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void searchFindsACoeAndOpensIt()
    {
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        SearchBox *search = m_window->searchBox();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("certif"));
        QAbstractItemView *results = search->results()->popup();
        QTRY_VERIFY(results->isVisible());
        QCOMPARE(search->shownHits().size(), 1);
        test::screenshot(m_window.get(), "search.png");
        QVERIFY2(search->shownHits().first().contains(QStringLiteral("Sign-in failures after the SAML signing certificate expired")),
                 qPrintable(search->shownHits().first()));
        QTest::keyClick(results, Qt::Key_Return);
        QTRY_VERIFY(m_window->coeWindows()->anyOpen());
        QList<CoeWindow *> opened;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *coe = qobject_cast<CoeWindow *>(w); coe && coe->isVisible())
                opened << coe;
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first()->document()->coe().title, QStringLiteral("Sign-in failures after the SAML signing certificate expired"));
        m_window->coeWindows()->closeAll();

        // Nothing found says so; it opens nothing.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("zeppelin"));
        QTRY_COMPARE(search->shownHits(), QStringList { QStringLiteral("No COE mentions \"zeppelin\"") });
    }

    void templatesFolderIsFilledAndShown()
    {
        const QString folder = m_dir.filePath(QStringLiteral("templates"));
        ReportTemplates::setUserFolder(folder);
        UrlRecorder recorder;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &recorder, "open");
        m_window->findChild<QAction *>(QStringLiteral("openTemplatesAction"))->trigger();
        QCOMPARE(recorder.opened, QList<QUrl> { QUrl::fromLocalFile(folder) });
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("coe.md.mustache"))));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("were copied to")));
        // A template the user broke is named the next time.
        QFile broken(QDir(folder).filePath(QStringLiteral("coe.md.mustache")));
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("# {{title}}\n{{#whys}}\n");
        broken.close();
        m_window->findChild<QAction *>(QStringLiteral("openTemplatesAction"))->trigger();
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Not used until fixed: ")), qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("coe.md.mustache:2")));
        QCOMPARE(recorder.opened.size(), 2);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        ReportTemplates::setUserFolder(QString());
    }

    void showsTheDatabaseAndCounts()
    {
        QVERIFY(databaseLabel()->text().contains(m_demoPath));
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("demo.db")));
        QCOMPARE(current()->objectName(), QStringLiteral("coesPage"));
        QCOMPARE(current()->table()->model()->rowCount(), 8);
    }

    void keyboardNavigatesBetweenSections()
    {
        const char *pages[] = { "coesPage", "actionsPage", "orrPage", "servicesPage", "workingGroupPage" };
        for (int i = 4; i >= 0; --i) {
            QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QTRY_COMPARE(current()->objectName(), QString::fromLatin1(pages[i]));
        }
        auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        nav->setFocus();
        QTest::keyClick(nav, Qt::Key_Down);
        QTRY_COMPARE(current()->objectName(), QStringLiteral("actionsPage"));
    }

    // The window starts with the COE list alone. The other lists, with the
    // tracker and the recertification panel they carry, are built when
    // first opened, read the database then, and are laid out at once, so
    // a click straight after opening lands where it is aimed.
    void listsAreBuiltWhenFirstOpened()
    {
        const auto built = [this] {
            QStringList names;
            for (const ListPage *p : m_window->findChildren<ListPage *>())
                names << p->objectName();
            return names;
        };
        QCOMPARE(built(), QStringList { QStringLiteral("coesPage") });
        QVERIFY(!m_window->findChild<ActionTracker *>());
        QVERIFY(!m_window->findChild<RecertificationPanel *>());

        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(current()->objectName(), QStringLiteral("orrPage"));
        QCOMPARE(current()->size(), current()->parentWidget()->size()); // no event later
        QVERIFY(current()->table()->model()->rowCount() > 0);
        QVERIFY(m_window->findChild<RecertificationPanel *>()->isVisible());
        QCOMPARE(built().size(), 2);

        ActionTracker *tracker = m_window->tracker(); // built when asked for, too
        QVERIFY(tracker);
        QCOMPARE(built().size(), 3);
        QVERIFY(built().contains(QStringLiteral("actionsPage")));
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(current()->objectName(), QStringLiteral("actionsPage"));
        QVERIFY(current()->table()->model()->rowCount() > 0);
        QCOMPARE(m_window->tracker(), tracker);
    }

    // The dashboard and the weekly review are built the first time they
    // are opened (Ctrl+6, Ctrl+7), and shown filled at once.
    void pagesNobodyOpenedAreBuiltWhenFirstOpened()
    {
        QVERIFY(m_window->findChildren<DashboardPage *>().isEmpty());
        QVERIFY(m_window->findChildren<WeeklyReviewPage *>().isEmpty());
        QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
        QTRY_COMPARE(m_window->findChildren<DashboardPage *>().size(), 1);
        DashboardPage *dashboard = m_window->findChildren<DashboardPage *>().constFirst();
        QVERIFY(dashboard->isVisible());
        QTRY_VERIFY(!dashboard->dashboard().coeIds.isEmpty());
        QCOMPARE(m_window->dashboard(), dashboard);
        QVERIFY(m_window->findChildren<WeeklyReviewPage *>().isEmpty());
        QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
        QTRY_COMPARE(m_window->findChildren<WeeklyReviewPage *>().size(), 1);
        QVERIFY(m_window->weeklyReview()->isVisible());
        QVERIFY(!dashboard->isVisible());
    }

    void typingFiltersTheList()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *filter = current()->findChild<QLineEdit *>(QStringLiteral("filter"));
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("certificate"));
        QTRY_COMPARE(current()->table()->model()->rowCount(), 1);
        QVERIFY(current()->table()->model()->index(0, 1).data().toString().contains(QStringLiteral("certificate")));

        QTest::keyClicks(filter, QStringLiteral(" nothing-like-this"));
        auto *empty = current()->findChild<QLabel *>(QStringLiteral("emptyState"));
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("match")));
        auto *clear = current()->findChild<QPushButton *>(QStringLiteral("loadDemo"));
        QVERIFY(clear->isVisible());
        QCOMPARE(clear->text(), QStringLiteral("Clear the filter"));
        QTest::mouseClick(clear, Qt::LeftButton);
        QTRY_COMPARE(current()->table()->model()->rowCount(), 8);
        QVERIFY(filter->text().isEmpty());

        // Escape in the filter clears it, as its tooltip says.
        QTest::keyClicks(filter, QStringLiteral("certificate"));
        QTRY_COMPARE(current()->table()->model()->rowCount(), 1);
        QTest::keyClick(filter, Qt::Key_Escape);
        QVERIFY(filter->text().isEmpty());
        QTRY_COMPARE(current()->table()->model()->rowCount(), 8);
    }

    void stateFilterShowsOverdueActions()
    {
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(current()->objectName(), QStringLiteral("actionsPage"));
        auto *state = current()->findChild<QComboBox *>(QStringLiteral("stateFilter"));
        state->setFocus();
        const int overdueIndex = state->findData(QStringLiteral("overdue"));
        QVERIFY(overdueIndex > 0);
        // The tracker opens on what is unfinished; go up to "Overdue".
        QCOMPARE(state->currentData().toString(), QStringLiteral("unfinished"));
        for (int i = state->currentIndex(); i > overdueIndex; --i)
            QTest::keyClick(state, Qt::Key_Up);
        QTRY_COMPARE(state->currentIndex(), overdueIndex);
        QAbstractItemModel *shown = current()->table()->model();
        QVERIFY(shown->rowCount() > 0);
        for (int row = 0; row < shown->rowCount(); ++row)
            QVERIFY(shown->index(row, 0).data(AttentionRole).toBool());
    }

    void columnHeaderClickSorts()
    {
        QTableView *table = current()->table();
        QHeaderView *header = table->horizontalHeader();
        const int x = header->sectionViewportPosition(0) + header->sectionSize(0) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QTRY_COMPARE(header->sortIndicatorSection(), 0);
        const int first = table->model()->index(0, 0).data().toInt();
        const int last = table->model()->index(table->model()->rowCount() - 1, 0).data().toInt();
        QVERIFY(header->sortIndicatorOrder() == Qt::AscendingOrder ? first < last : first > last);
    }

    void openingABadFileKeepsTheCurrentDatabase()
    {
        const QString bad = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("postmortem notes\n");
        f.close();
        FileDialogs::setNextAnswer(bad);
        QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
        QTRY_VERIFY(m_window->problem().contains(QStringLiteral("not a Closeloop database")));
        QVERIFY(m_window->problem().contains(bad));
        QVERIFY(databaseLabel()->text().contains(m_demoPath)); // still on the demo
        QCOMPARE(current()->table()->model()->rowCount(), 8);
    }

    // A file damaged where opening does not look is still found out: the
    // check of every page runs beside the window and says so.
    // File > Backups: one made now, then restored over later work, with
    // the file as it was kept as a backup of its own.
    void backupsAreMadeAndRestoredFromTheWindow()
    {
        const QString path = m_dir.filePath(QStringLiteral("restorable.db"));
        QVERIFY(QFile::copy(m_demoPath, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(m_session->open(path, false));
        QTRY_COMPARE(current()->table()->model()->rowCount(), 8);
        m_window->findChild<QAction *>(QStringLiteral("backupsAction"))->trigger();
        QTRY_VERIFY(m_window->findChild<BackupsDialog *>());
        auto *dialog = m_window->findChild<BackupsDialog *>();
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("backupList"));
        QCOMPARE(list->topLevelItemCount(), 0);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("backUpNow")), Qt::LeftButton);
        QVERIFY2(dialog->problemText().isEmpty(), qPrintable(dialog->problemText()));
        QCOMPARE(list->topLevelItemCount(), 1);

        Coe later;
        later.title = QStringLiteral("Written after the backup");
        QVERIFY(CoeRepository(*m_session->database()).create(later));
        list->setCurrentItem(list->topLevelItem(0));
        const QString madeAt = list->topLevelItem(0)->text(0);
        Prompts::queueChoice(1);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("restoreBackup")), Qt::LeftButton);
        QVERIFY(Prompts::lastQuestion().contains(QStringLiteral("Replace everything")));
        QVERIFY2(dialog->problemText().isEmpty(), qPrintable(dialog->problemText()));
        QCOMPARE(list->topLevelItemCount(), 2); // and the file as it was
        QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("backupMessage"))->text().contains(QStringLiteral("Restored the backup made ") + madeAt),
                 qPrintable(dialog->findChild<QLabel *>(QStringLiteral("backupMessage"))->text()));
        test::screenshot(dialog, "backups.png");
        QTRY_COMPARE(current()->table()->model()->rowCount(), 8);
        auto titles = CoeRepository(*m_session->database()).list();
        QVERIFY(titles);
        for (const CoeSummary &c : titles.value())
            QVERIFY(c.title != later.title);
        dialog->close();
    }

    // A restore while a read beside the window (the rest of a list's ids,
    // the overdue count) still holds a connection of its own waits for it,
    // rather than refusing as if another program had the file open.
    void aRestoreWaitsForReadsBesideTheWindow()
    {
        const QString path = m_dir.filePath(QStringLiteral("restore-busy.db"));
        QVERIFY(QFile::copy(m_demoPath, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(m_session->open(path, false));
        const auto backup = m_session->backUpNow();
        QVERIFY2(backup, qPrintable(backup.errorMessage()));

        QSemaphore opened;
        std::atomic<bool> readerOpen = false;
        QThreadPool::globalInstance()->start([open = m_session->database()->readerOpener(), &opened, &readerOpen] {
            auto reader = open();
            readerOpen = reader.ok();
            opened.release();
            QThread::msleep(300); // a slow read, as 100,000 ids are
        });
        opened.acquire();
        QVERIFY(readerOpen);
        const auto restored = m_session->restoreBackup(backup.value().path);
        QVERIFY2(restored, qPrintable(restored.errorMessage()));
        QVERIFY(m_session->database());
        QCOMPARE(m_session->database()->path(), QFileInfo(path).absoluteFilePath());
    }

    // Help > Keyboard Shortcuts lists every menu action that has keys, read
    // from the actions, so it cannot drift from them.
    void theShortcutSheetListsEveryShortcut()
    {
        QTest::keyClick(m_window.get(), Qt::Key_Slash, Qt::ControlModifier);
        QTRY_VERIFY(m_window->findChild<ShortcutSheet *>());
        auto *sheet = m_window->findChild<ShortcutSheet *>();
        const QStringList rows = sheet->rows();
        QVERIFY2(rows.contains(QStringLiteral("New COE...\t") + QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText))
                     || rows.contains(QStringLiteral("New COE…\t") + QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(rows.contains(QStringLiteral("Keyboard Shortcuts\tCtrl+/")));
        int withKeys = 0;
        std::function<void(const QList<QAction *> &)> count = [&](const QList<QAction *> &actions) {
            for (QAction *a : actions) {
                if (a->menu())
                    count(a->menu()->actions());
                else if (!a->isSeparator() && !a->shortcuts().isEmpty())
                    ++withKeys;
            }
        };
        count(m_window->menuBar()->actions());
        QVERIFY(withKeys > 5);
        QCOMPARE(rows.size(), withKeys + ShortcutSheet::recordWindowKeys().size());
        QVERIFY(rows.contains(QStringLiteral("Go to the outline\tCtrl+L")));
        QVERIFY(rows.contains(QStringLiteral("Guide\tF1")));
        QVERIFY(rows.contains(QStringLiteral("Settings...\tCtrl+,")));
        test::screenshot(sheet, "shortcuts.png");
        sheet->close();
    }

    // When the people cannot be read, the window says so rather than
    // offering an empty choice of who you are without a word.
    void peopleThatCannotBeReadAreReported()
    {
        const QString path = demoCopy(QStringLiteral("nopeople.db"), [](QSqlQuery &q) {
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE people RENAME TO people_elsewhere")));
        });
        QVERIFY(!path.isEmpty());
        FileDialogs::setNextAnswer(path);
        QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
        QTRY_VERIFY2(m_window->problem().contains(QStringLiteral("The list of people could not be read")), qPrintable(m_window->problem()));
        QVERIFY(m_window->problem().contains(QStringLiteral("people")));
        QCOMPARE(m_window->identity()->count(), 1); // "(choose who you are)" alone
        QVERIFY(!m_window->identity()->person());
    }

    // A copy of the demo whose last pages are overwritten: opening does not
    // read them, only the page check finds the damage.
    QString scribbledCopy(const QString &name)
    {
        const QString path = demoCopy(name, [](QSqlQuery &q) {
            for (int i = 0; i < 300; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action, field) "
                                              "VALUES ('2026-01-01T00:00:00Z', 'x', 'x', %1, 'update', '%2')")
                                   .arg(i).arg(QString(300, QLatin1Char('x')))));
        });
        if (path.isEmpty() || !test::flattenToSingleFile(path))
            return {};
        QFile f(path);
        if (!f.open(QIODevice::ReadWrite) || !f.seek(f.size() - 8192)) // the audit log's last pages
            return {};
        return f.write(QByteArray(4096, '\xA5')) == 4096 ? path : QString();
    }

    void damagedFileIsReportedAfterOpening()
    {
        const QString path = scribbledCopy(QStringLiteral("scribbled.db"));
        QVERIFY(!path.isEmpty());
        FileDialogs::setNextAnswer(path);
        QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
        QTRY_VERIFY(m_window->findChild<QMessageBox *>(QStringLiteral("damagedWarning")));
        auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("damagedWarning"));
        QVERIFY2(box->text().contains(QStringLiteral("damaged")) && box->text().contains(path), qPrintable(box->text()));
        QVERIFY(m_window->problem().contains(QStringLiteral("restore it from a backup")));
        box->close();
    }

    // The program holds the page check from its start until its window has
    // painted: the damage is still reported, once released.
    void heldPageCheckRunsWhenReleased()
    {
        const QString path = scribbledCopy(QStringLiteral("scribbled-held.db"));
        QVERIFY(!path.isEmpty());
        DatabaseSession session;
        QSignalSpy damaged(&session, &DatabaseSession::damaged);
        session.holdBackgroundChecks();
        QVERIFY(session.open(path, false));
        QVERIFY(session.pageCheckWaiting());
        session.releaseBackgroundChecks();
        QVERIFY(!session.pageCheckWaiting());
        QTRY_COMPARE(damaged.count(), 1);
        QVERIFY2(damaged.first().first().toString().contains(QStringLiteral("damaged")), qPrintable(damaged.first().first().toString()));

        // Released with nothing waiting, later files are checked at once.
        DatabaseSession other;
        QSignalSpy otherDamaged(&other, &DatabaseSession::damaged);
        other.holdBackgroundChecks();
        other.releaseBackgroundChecks();
        QVERIFY(other.open(path, false));
        QVERIFY(!other.pageCheckWaiting());
        QTRY_COMPARE(otherDamaged.count(), 1);
    }

    void newDatabaseThenLoadDemo()
    {
        // Read the action items of the demo, then leave them out of sight.
        ListPage *actions = m_window->pageNamed(QStringLiteral("actionsPage"));
        m_window->showPage(actions);
        QTRY_VERIFY(actions->table()->model()->rowCount() > 0);
        m_window->showPage(m_window->pageNamed(QStringLiteral("coesPage")));

        const QString path = m_dir.filePath(QStringLiteral("fresh.db"));
        FileDialogs::setNextAnswer(path);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(databaseLabel()->text().contains(path));
        // The hidden list was not left showing the other file's items:
        // shown now, it reads the new, empty one.
        m_window->showPage(actions);
        QTRY_VERIFY(actions->findChild<QLabel *>(QStringLiteral("emptyState"))->isVisible());
        QCOMPARE(actions->sourceModel()->recordTotal(), 0);
        QCOMPARE(actions->table()->model()->rowCount(), 0);
        m_window->showPage(m_window->pageNamed(QStringLiteral("coesPage")));
        auto *empty = current()->findChild<QLabel *>(QStringLiteral("emptyState"));
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("No COEs yet")));
        auto *demo = current()->findChild<QPushButton *>(QStringLiteral("loadDemo"));
        QVERIFY(demo->isVisible());
        QTest::mouseClick(demo, Qt::LeftButton);
        QTRY_COMPARE(current()->table()->model()->rowCount(), 8);
        QVERIFY(m_window->problem().isEmpty());
        m_window->showPage(actions);
        QTRY_COMPARE(actions->sourceModel()->recordTotal(), 25);
        QVERIFY(actions->countText().contains(QStringLiteral("25 action items")));

        // The recent-files menu now offers both databases.
        QVERIFY(m_session->recentFiles().contains(path));
        QVERIFY(m_session->recentFiles().contains(m_demoPath));
    }

    // Opening the file already at the top of the recent list (every
    // ordinary start) leaves the settings file alone; opening another one
    // records it.
    void reopeningTheUsualFileWritesNoSettings()
    {
        const std::string settingsFile = QSettings().fileName().toStdString();
        QVERIFY(std::filesystem::exists(settingsFile));
        QCOMPARE(m_session->recentFiles().constFirst(), m_demoPath);
        const auto written = std::filesystem::last_write_time(settingsFile);

        DatabaseSession again;
        QVERIFY(again.open(m_demoPath, false));
        QCOMPARE(std::filesystem::last_write_time(settingsFile), written);

        const QString other = m_dir.filePath(QStringLiteral("another.db"));
        QVERIFY(test::openFresh(m_dir, QStringLiteral("another.db")));
        QVERIFY(again.open(other, false));
        QVERIFY(std::filesystem::last_write_time(settingsFile) != written);
        QCOMPARE(again.recentFiles().constFirst(), other);
        QVERIFY(again.open(m_demoPath, false)); // back on top for the tests after
    }

    void newDatabaseNeverReplacesAFile()
    {
        const QByteArray before = test::fileHash(m_demoPath);
        FileDialogs::setNextAnswer(m_demoPath);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_window->problem().contains(QStringLiteral("already exists")));
        QCOMPARE(current()->table()->model()->rowCount(), 8);
        Q_UNUSED(before)
    }

    void cancelledDialogChangesNothing()
    {
        FileDialogs::setNextAnswer(QString());
        QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
        QVERIFY(m_window->problem().isEmpty());
        QVERIFY(databaseLabel()->text().contains(m_demoPath));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
