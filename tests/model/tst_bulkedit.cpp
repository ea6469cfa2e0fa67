// Bulk edits of action items: what they change, that thousands are written
// in one transaction, that undo restores every item, and that a refusal
// leaves every item as it was.
#include "actions/bulkedit.h"
#include "storage/actionitemrepository.h"
#include "storage/coerepository.h"
#include "storage/personrepository.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QTest>

using namespace closeloop;

namespace {

const QDate kToday(2026, 11, 22);

ActionItem item(Id id, ActionStatus status, std::optional<QDate> due)
{
    ActionItem a;
    a.id = id;
    a.title = QStringLiteral("Add an alarm %1").arg(id);
    a.status = status;
    a.due = due;
    a.sourceId = 1;
    return a;
}

} // namespace

class TestBulkEdit : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Id m_coe = 0;

    QList<ActionItem> createItems(int count)
    {
        Transaction tx(*m_db);
        QList<ActionItem> items;
        for (int i = 0; i < count; ++i) {
            ActionItem a;
            a.title = QStringLiteral("Add a canary for cell %1").arg(i);
            a.due = kToday.addDays(i % 40 - 20);
            a.status = i % 3 == 0 ? ActionStatus::InProgress : ActionStatus::Open;
            a.sourceId = m_coe;
            if (!ActionItemRepository(*m_db).create(a))
                return {};
            items.append(a);
        }
        if (!tx.commit())
            return {};
        return items;
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::openFresh(m_dir, QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
        Coe c;
        c.title = QStringLiteral("Incident");
        QVERIFY(CoeRepository(*m_db).create(c));
        m_coe = c.id;
    }
    void cleanup() { m_db.reset(); }

    void statusDoneStampsTheDoneDateAndReopeningClearsIt()
    {
        const QList<ActionItem> before { item(1, ActionStatus::Open, kToday), item(2, ActionStatus::Done, kToday) };
        BulkEdit done;
        done.status = ActionStatus::Done;
        const auto after = applyBulkEdit(before, done, kToday);
        QVERIFY(after);
        QCOMPARE(after.value().at(0).doneOn, std::optional<QDate>(kToday));
        BulkEdit reopen;
        reopen.status = ActionStatus::Open;
        const auto reopened = applyBulkEdit(after.value(), reopen, kToday);
        QCOMPARE(reopened.value().at(0).doneOn, std::nullopt);
        QCOMPARE(reopened.value().at(1).status, ActionStatus::Open);
    }

    void refusesWhatCannotBeDone()
    {
        const QList<ActionItem> items { item(1, ActionStatus::Open, kToday) };
        QVERIFY(!applyBulkEdit({}, BulkEdit { ActionStatus::Done, {}, {}, {} }, kToday));
        const auto nothing = applyBulkEdit(items, BulkEdit {}, kToday);
        QVERIFY(!nothing);
        QVERIFY(nothing.errorMessage().contains(QStringLiteral("Choose what to change")));
        const auto noReason = applyBulkEdit(items, BulkEdit { ActionStatus::WontDo, QStringLiteral("  "), {}, {} }, kToday);
        QVERIFY(!noReason);
        QVERIFY(noReason.errorMessage().contains(QStringLiteral("reason")));
        const auto wont = applyBulkEdit(items, BulkEdit { ActionStatus::WontDo, QStringLiteral("Service retired"), {}, {} }, kToday);
        QCOMPARE(wont.value().first().statusReason, QStringLiteral("Service retired"));
    }

    void ownerAndDueCanBeSetOrCleared()
    {
        const QList<ActionItem> items { item(1, ActionStatus::Open, kToday) };
        BulkEdit edit;
        edit.owner = OptionalId(7);
        edit.due = std::optional<QDate>();
        const auto after = applyBulkEdit(items, edit, kToday).value();
        QCOMPARE(after.first().ownerId, OptionalId(7));
        QCOMPARE(after.first().due, std::nullopt);
        QCOMPARE(after.first().status, ActionStatus::Open);
        QCOMPARE(edit.describe(3, QStringLiteral("Mei Chen")), QStringLiteral("3 action items: owner → Mei Chen, due date cleared"));
    }

    // Thousands of items in one step; undo writes the old values back.
    void thousandsInOneTransactionAndUndoRestoresAll()
    {
        Person p;
        p.name = QStringLiteral("Mei Chen");
        QVERIFY(PersonRepository(*m_db).create(p));
        const QList<ActionItem> before = createItems(3000);
        QCOMPARE(before.size(), 3000);

        BulkEdit edit;
        edit.status = ActionStatus::Done;
        edit.owner = OptionalId(p.id);
        edit.due = std::optional<QDate>(QDate(2027, 1, 15));
        QList<ActionItem> after = applyBulkEdit(before, edit, kToday).value();
        ActionItemRepository repo(*m_db);
        QVERIFY(repo.updateAll(after));
        QCOMPARE(after.first().revision, 2);
        const auto stored = repo.list().value();
        QCOMPARE(stored.size(), 3000);
        for (const ActionItemSummary &s : stored) {
            QCOMPARE(s.item.status, ActionStatus::Done);
            QCOMPARE(s.ownerName, QStringLiteral("Mei Chen"));
            QCOMPARE(s.item.doneOn, std::optional<QDate>(kToday));
        }

        QList<ActionItem> undone = restoreBulkFields(after, before);
        QVERIFY(repo.updateAll(undone));
        for (const ActionItem &b : before) {
            const ActionItem l = repo.load(b.id).value();
            QCOMPARE(l.status, b.status);
            QCOMPARE(l.ownerId, b.ownerId);
            QCOMPARE(l.due, b.due);
            QCOMPARE(l.doneOn, b.doneOn);
            QCOMPARE(l.revision, 3);
        }
    }

    // Someone else moved one item on: nothing is written, and the message
    // names the item.
    void aConflictOnOneItemLeavesAllUntouched()
    {
        QList<ActionItem> items = createItems(50);
        ActionItem other = items.at(30);
        other.title = QStringLiteral("Add a canary for cell 30, every Region");
        QVERIFY(ActionItemRepository(*m_db).update(other));

        BulkEdit edit;
        edit.status = ActionStatus::Done;
        QList<ActionItem> after = applyBulkEdit(items, edit, kToday).value();
        const auto s = ActionItemRepository(*m_db).updateAll(after);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::Conflict);
        QVERIFY2(s.errorMessage().contains(QStringLiteral("Action item %1").arg(other.id)), qPrintable(s.errorMessage()));
        QCOMPARE(after.first().revision, 1); // revisions move on only after a commit
        const QList<ActionItemSummary> stored = ActionItemRepository(*m_db).list().value();
        for (const ActionItemSummary &l : stored)
            QVERIFY(l.item.status != ActionStatus::Done);
    }

    void anInvalidItemRefusesTheWholeEdit()
    {
        QList<ActionItem> items = createItems(5);
        items[3].trackerRef = QStringLiteral("htp:/broken link");
        const auto s = ActionItemRepository(*m_db).updateAll(items);
        QVERIFY(!s);
        QVERIFY(s.errorMessage().contains(QStringLiteral("Action item %1").arg(items[3].id)));
        QVERIFY(s.errorMessage().contains(QStringLiteral("https://")));
    }
};

QTEST_GUILESS_MAIN(TestBulkEdit)
#include "tst_bulkedit.moc"
