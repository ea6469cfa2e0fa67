// The action tracker driven as a user would: the overdue notice at start,
// the filter bar, bulk changes with one undo, opening an item's source,
// and exporting what the filters show.
#include "actions/actiontracker.h"
#include "actions/overduenotice.h"
#include "coe/coewindows.h"
#include "orr/orrwindows.h"
#include "demo/demodata.h"
#include "lists/listpage.h"
#include "models/listmodels.h"
#include "shell/databasesession.h"
#include "shell/mainwindow.h"
#include "shell/prompts.h"
#include "storage/actionitemrepository.h"
#include "storage/coerepository.h"
#include "storage/personrepository.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace closeloop;

class TestActionTracker : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<MainWindow> m_window;

    // Read when first shown; the tests look at it before that.
    ListPage *page() const
    {
        ListPage *p = m_window->pageNamed(QStringLiteral("actionsPage"));
        [[maybe_unused]] const Status s = p->ensureLoaded();
        return p;
    }
    ActionTracker *tracker() const { return m_window->tracker(); }
    QTableView *table() const { return page()->table(); }
    const ActionItemListModel *model() const { return static_cast<ActionItemListModel *>(page()->sourceModel()); }
    // The list on show, inside the holder that built it when first opened.
    ListPage *current() const
    {
        return m_window->findChild<QStackedWidget *>()->currentWidget()->findChild<ListPage *>(QString(), Qt::FindDirectChildrenOnly);
    }
    template <typename T> T *child(const char *name) const
    {
        T *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child named %s", name);
        return w;
    }
    Database &db() const { return *m_session->database(); }
    QList<ActionItemSummary> stored() const { return ActionItemRepository(db()).list().value(); }

    void goToTracker()
    {
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(current(), page());
    }
    void choose(QComboBox *combo, const QString &text)
    {
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
    }
    void selectAllShown()
    {
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier);
        QTRY_COMPARE(table()->selectionModel()->selectedRows().size(), table()->model()->rowCount());
    }
    void triggerStatus(ActionStatus status)
    {
        QMenu *menu = child<QToolButton>("bulkStatus")->menu();
        QAction *a = menu->findChild<QAction *>(QStringLiteral("status_") + enumKey(status));
        QVERIFY(a);
        QVERIFY(child<QToolButton>("bulkStatus")->isEnabled());
        a->trigger();
    }
    QList<ActionItemSummary> visible() const
    {
        QList<ActionItemSummary> rows;
        for (int row : page()->visibleSourceRows())
            rows.append(model()->rowAt(row));
        return rows;
    }

private Q_SLOTS:
    void initTestCase() { QSettings().clear(); }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
        {
            auto seeded = test::openFresh(m_dir, QFileInfo(m_path).fileName());
            QVERIFY(seedDemoData(*seeded));
        }
        m_session = std::make_unique<DatabaseSession>();
        QVERIFY(m_session->open(m_path, false));
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        QVERIFY2(Prompts::pendingAnswers() == 0, "a queued answer was not used");
        m_window.reset();
        m_session.reset();
    }

    void overdueNoticeAtStartLeadsToTheOverdueItems()
    {
        OverdueNotice *notice = m_window->overdueNotice();
        QVERIFY(model()->overdueCount() > 0);
        QTRY_VERIFY(notice->isVisible()); // counted just after the first rows show
        QVERIFY2(notice->text().contains(QStringLiteral("overdue")), qPrintable(notice->text()));
        QVERIFY(notice->text().contains(QStringLiteral("The oldest")));
        QCOMPARE(current()->objectName(), QStringLiteral("coesPage")); // the notice does not take over the window
        QTest::mouseClick(child<QPushButton>("noticeShowOverdue"), Qt::LeftButton);
        QTRY_COMPARE(current(), page());
        QVERIFY(!notice->isVisible());
        QCOMPARE(child<QComboBox>("dueFilter")->currentText(), QStringLiteral("Overdue"));
        QCOMPARE(table()->model()->rowCount(), model()->overdueCount());
        for (const ActionItemSummary &s : visible())
            QVERIFY(s.item.isOverdue(model()->today()));
        QCOMPARE(child<QLabel>("overdueSummary")->text(), notice->text());
    }

    // Counted on another thread: an answer that comes back after the
    // notice was dismissed, or after the tracker was opened, stays unseen.
    void aDismissedNoticeStaysHiddenWhenItsCountComesBack()
    {
        OverdueNotice *notice = m_window->overdueNotice();
        QTRY_VERIFY(notice->isVisible());
        QTRY_VERIFY(notice->findChildren<QFutureWatcherBase *>().isEmpty());
        notice->dismiss();
        notice->countIn(*m_session->database(), model()->today());
        QCOMPARE(notice->findChildren<QFutureWatcherBase *>().size(), 1);
        notice->dismiss();
        QTRY_VERIFY(notice->findChildren<QFutureWatcherBase *>().isEmpty()); // answered, and gone
        QVERIFY(!notice->isVisible());

        notice->countIn(*m_session->database(), model()->today());
        QTRY_VERIFY(notice->isVisible());
    }

    void filterBarNarrowsTheList()
    {
        goToTracker();
        const int all = table()->model()->rowCount();
        QVERIFY(all > 5);
        const QString owner = model()->rowAt(0).ownerName.isEmpty() ? model()->rowAt(1).ownerName : model()->rowAt(0).ownerName;
        choose(child<QComboBox>("ownerFilter"), owner);
        QVERIFY(table()->model()->rowCount() < all);
        for (const ActionItemSummary &s : visible())
            QCOMPARE(s.ownerName, owner);
        choose(child<QComboBox>("ownerFilter"), QStringLiteral("All owners"));
        QCOMPARE(table()->model()->rowCount(), all);

        choose(child<QComboBox>("strengthFilter"), QStringLiteral("Weak"));
        for (const ActionItemSummary &s : visible())
            QCOMPARE(s.strengthKey, QStringLiteral("weak"));
        choose(child<QComboBox>("strengthFilter"), QStringLiteral("Any strength"));

        choose(child<QComboBox>("sourceFilter"), QStringLiteral("Finding"));
        QVERIFY(table()->model()->rowCount() >= 1);
        for (const ActionItemSummary &s : visible())
            QCOMPARE(s.item.source, ActionSource::Finding);
        QVERIFY2(page()->countText().startsWith(QStringLiteral("%1 of %2").arg(table()->model()->rowCount()).arg(model()->recordTotal())),
                 qPrintable(page()->countText()));
    }

    // A bulk status change is one undo step; undo restores every item.
    void bulkStatusIsOneUndoStep()
    {
        goToTracker();
        choose(child<QComboBox>("dueFilter"), QStringLiteral("Overdue"));
        const QList<ActionItemSummary> before = visible();
        QVERIFY(before.size() >= 2);
        selectAllShown();
        QCOMPARE(child<QLabel>("selectedCount")->text(), QStringLiteral("%1 selected").arg(before.size()));
        triggerStatus(ActionStatus::Done);
        for (const ActionItemSummary &b : before)
            QCOMPARE(ActionItemRepository(db()).load(b.item.id).value().status, ActionStatus::Done);
        QCOMPARE(tracker()->undoStack()->count(), 1);
        QCOMPARE(table()->model()->rowCount(), 0); // none is overdue any more
        QVERIFY(!child<QPushButton>("showOverdue")->isVisible() || model()->overdueCount() > 0);

        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(table()->model()->rowCount(), int(before.size()));
        for (const ActionItemSummary &b : before) {
            const ActionItem l = ActionItemRepository(db()).load(b.item.id).value();
            QCOMPARE(l.status, b.item.status);
            QCOMPARE(l.doneOn, b.item.doneOn);
        }
        // The restored items are still selected, ready for another change.
        QCOMPARE(table()->selectionModel()->selectedRows().size(), before.size());
        tracker()->undoStack()->redo();
        QCOMPARE(ActionItemRepository(db()).load(before.first().item.id).value().status, ActionStatus::Done);
    }

    void wontDoAsksForAReason()
    {
        goToTracker();
        table()->selectRow(0);
        const Id id = model()->rowAt(page()->selectedSourceRows().first()).item.id;
        Prompts::queueText(QString()); // cancelled: nothing changes
        triggerStatus(ActionStatus::WontDo);
        QCOMPARE(tracker()->undoStack()->count(), 0);
        Prompts::queueText(QStringLiteral("The service is retired in December"));
        triggerStatus(ActionStatus::WontDo);
        const ActionItem l = ActionItemRepository(db()).load(id).value();
        QCOMPARE(l.status, ActionStatus::WontDo);
        QCOMPARE(l.statusReason, QStringLiteral("The service is retired in December"));
    }

    void reassignOffersToAddSomeoneNew()
    {
        goToTracker();
        choose(child<QComboBox>("sourceFilter"), QStringLiteral("COE"));
        table()->selectRow(0);
        table()->selectionModel()->select(table()->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QList<int> rows = page()->selectedSourceRows();
        QCOMPARE(rows.size(), 2);
        const QList<Id> ids { model()->rowAt(rows[0]).item.id, model()->rowAt(rows[1]).item.id };

        Prompts::queueText(QStringLiteral("Nadia Petrova"));
        Prompts::queueChoice(1); // do not add her: nothing changes
        QTest::mouseClick(child<QPushButton>("bulkOwner"), Qt::LeftButton);
        QVERIFY(Prompts::lastQuestion().contains(QStringLiteral("“Nadia Petrova” is not among the people")));
        QVERIFY(!PersonRepository(db()).findByName(QStringLiteral("Nadia Petrova")).value());
        QCOMPARE(tracker()->undoStack()->count(), 0);

        Prompts::queueText(QStringLiteral("Nadia Petrova"));
        Prompts::queueChoice(0);
        QTest::mouseClick(child<QPushButton>("bulkOwner"), Qt::LeftButton);
        const auto nadia = PersonRepository(db()).findByName(QStringLiteral("Nadia Petrova")).value();
        QVERIFY(nadia);
        for (Id id : ids)
            QCOMPARE(ActionItemRepository(db()).load(id).value().ownerId, OptionalId(nadia->id));
        QCOMPARE(tracker()->undoStack()->undoText(), QStringLiteral("2 action items: owner → Nadia Petrova"));
        QVERIFY(child<QComboBox>("ownerFilter")->findText(QStringLiteral("Nadia Petrova")) >= 0);
    }

    void badDueDateChangesNothing()
    {
        goToTracker();
        selectAllShown();
        QCOMPARE(page()->countText().section(QLatin1Char(' '), 0, 0).toInt(), int(visible().size()));
        QList<Id> selected;
        for (const ActionItemSummary &s : visible()) {
            QVERIFY(s.item.isOpen()); // the tracker starts with what is unfinished
            selected.append(s.item.id);
        }
        const QList<ActionItemSummary> before = stored();
        Prompts::queueText(QStringLiteral("2026-13-45"));
        QTest::mouseClick(child<QPushButton>("bulkDue"), Qt::LeftButton);
        QVERIFY2(m_window->problem().contains(QStringLiteral("“2026-13-45” is not a date")), qPrintable(m_window->problem()));
        QVERIFY(m_window->problem().contains(QStringLiteral("Nothing was changed")));
        QCOMPARE(stored(), before);
        QCOMPARE(tracker()->undoStack()->count(), 0);

        Prompts::queueText(QStringLiteral("none"));
        QTest::mouseClick(child<QPushButton>("bulkDue"), Qt::LeftButton);
        for (const ActionItemSummary &s : stored())
            QCOMPARE(s.item.due == std::nullopt, selected.contains(s.item.id));
        QVERIFY(m_window->problem().isEmpty());
    }

    // Someone else changed an item after the tracker loaded it: the bulk
    // edit is refused whole, and the message says what to do.
    void aConflictIsRefusedWhole()
    {
        goToTracker();
        selectAllShown();
        const QList<ActionItemSummary> rows = stored();
        ActionItem other = visible().at(3).item;
        other.title += QStringLiteral(" in every Region");
        QVERIFY(ActionItemRepository(db()).update(other));
        triggerStatus(ActionStatus::InProgress);
        QVERIFY2(m_window->problem().contains(QStringLiteral("Action item %1").arg(other.id)), qPrintable(m_window->problem()));
        QVERIFY(m_window->problem().contains(QStringLiteral("reload (F5)")));
        int inProgress = 0;
        for (const ActionItemSummary &s : stored())
            inProgress += s.item.status == ActionStatus::InProgress ? 1 : 0;
        int before = 0;
        for (const ActionItemSummary &s : rows)
            before += s.item.status == ActionStatus::InProgress ? 1 : 0;
        QCOMPARE(inProgress, before);
    }

    void thousandsOfItemsUndoInOneStep()
    {
        {
            const Id coe = CoeRepository(db()).list().value().first().id;
            Transaction tx(db());
            for (int i = 0; i < 2000; ++i) {
                ActionItem a;
                a.title = QStringLiteral("Add an alarm on shard %1").arg(i);
                a.sourceId = coe;
                a.due = model()->today().addDays(i % 30);
                QVERIFY(ActionItemRepository(db()).create(a));
            }
            QVERIFY(tx.commit());
        }
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        goToTracker();
        QTRY_VERIFY(table()->model()->rowCount() > 2000);
        const QList<ActionItemSummary> before = stored();
        selectAllShown();
        QVERIFY(page()->selectedSourceRows().size() > 2000);
        Prompts::queueText(QStringLiteral("2027-03-31"));
        QTest::mouseClick(child<QPushButton>("bulkDue"), Qt::LeftButton);
        for (const ActionItemSummary &s : stored())
            QCOMPARE(s.item.due == QDate(2027, 3, 31), s.item.isOpen());
        QCOMPARE(tracker()->undoStack()->count(), 1);
        tracker()->undoStack()->undo();
        const QList<ActionItemSummary> after = stored();
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < after.size(); ++i)
            QCOMPARE(after[i].item.due, before[i].item.due);
    }

    void enterOpensTheSource()
    {
        goToTracker();
        choose(child<QComboBox>("sourceFilter"), QStringLiteral("COE"));
        table()->selectRow(0);
        const ActionItemSummary s = model()->rowAt(page()->selectedSourceRows().first());
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Return);
        QTRY_VERIFY(m_window->coeWindows()->window(s.item.sourceId));
        m_window->coeWindows()->closeAll();

        choose(child<QComboBox>("sourceFilter"), QStringLiteral("Finding"));
        table()->selectRow(0);
        const ActionItemSummary f = model()->rowAt(page()->selectedSourceRows().first());
        QTest::mouseClick(child<QPushButton>("openSource"), Qt::LeftButton);
        QTRY_COMPARE(current()->objectName(), QStringLiteral("workingGroupPage"));
        QCOMPARE(current()->table()->currentIndex().data(IdRole).toLongLong(), f.sourceRecordId);

        goToTracker();
        choose(child<QComboBox>("sourceFilter"), QStringLiteral("ORR"));
        table()->selectRow(0);
        const ActionItemSummary o = model()->rowAt(page()->selectedSourceRows().first());
        QTest::mouseClick(child<QPushButton>("openSource"), Qt::LeftButton);
        QTRY_COMPARE(current()->objectName(), QStringLiteral("orrPage"));
        QCOMPARE(current()->table()->currentIndex().data(IdRole).toLongLong(), o.sourceRecordId);
        QTRY_VERIFY(m_window->orrWindows()->window(o.sourceRecordId)); // the review opens too
        m_window->orrWindows()->closeAll();
    }

    void exportsWhatTheFiltersShow()
    {
        goToTracker();
        choose(child<QComboBox>("dueFilter"), QStringLiteral("Overdue"));
        const int shown = table()->model()->rowCount();
        const QString csvPath = m_dir.filePath(QStringLiteral("overdue.csv"));
        Prompts::queueText(csvPath);
        QTest::mouseClick(child<QPushButton>("exportCsv"), Qt::LeftButton);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), shown + 1);
        QVERIFY(lines.first().startsWith(QStringLiteral("id,title,owner,due,overdue")));
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY2(lines.at(i).contains(QStringLiteral(",yes,")), qPrintable(lines.at(i)));

        QMenu *menu = child<QToolButton>("digest")->menu();
        menu->findChild<QAction *>(QStringLiteral("copyDigest"))->trigger();
        const QString digest = QApplication::clipboard()->text();
        QVERIFY(digest.startsWith(QStringLiteral("# Action items to follow up")));
        QVERIFY(digest.contains(QStringLiteral("**overdue")));
        QVERIFY(!digest.contains(QStringLiteral("due in "))); // only what the filter shows
    }
};

QTEST_MAIN(TestActionTracker)
#include "tst_actiontracker.moc"
