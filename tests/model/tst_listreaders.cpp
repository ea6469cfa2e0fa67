// The readers behind the large lists answer in SQL what the in-memory
// filters answer row by row; the paged models read only the pages a view
// asks for.
#include "actions/actionexport.h"
#include "actions/actionfilter.h"
#include "demo/demodata.h"
#include "demo/organisationgenerator.h"
#include "models/listmodels.h"
#include "storage/actionitemrepository.h"
#include "storage/actionlistreader.h"
#include "storage/coelistreader.h"
#include "storage/coerepository.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace closeloop;

namespace {

QList<Id> sortedIds(QList<Id> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestListReaders : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const QDate m_today { 2026, 11, 21 };
    QList<ActionItemSummary> m_items; // every item, read the old way

    QList<Id> memoryIds(const ActionFilter &filter) const
    {
        QList<Id> ids;
        for (const ActionItemSummary &s : filterActions(m_items, filter, m_today))
            ids.append(s.item.id);
        return sortedIds(ids);
    }

    QList<Id> sqlIds(const ActionFilter &filter, const QString &state = {}) const
    {
        ActionListQuery query;
        query.filter = filter;
        query.stateKey = state;
        query.today = m_today;
        auto ids = ActionListReader(*m_db).ids(query);
        if (!ids)
            qWarning("%s", qPrintable(ids.errorMessage()));
        return ids ? sortedIds(ids.value()) : QList<Id> { -1 };
    }

    // A generated organisation of this many COEs in a file of its own.
    std::unique_ptr<Database> organisation(const QTemporaryDir &dir, int coes) const
    {
        auto db = test::openFresh(dir, QStringLiteral("big.db"));
        GeneratorOptions options;
        options.coes = coes;
        options.asOf = m_today;
        if (!generateOrganisation(*db, options))
            return nullptr;
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = test::openFresh(m_dir);
        QVERIFY(seedDemoData(*m_db, m_today));
        auto items = ActionItemRepository(*m_db).list();
        QVERIFY(items);
        m_items = items.value();
        for (ActionItemSummary &s : m_items)
            s.strengthKey = enumKey(strengthOf(s.item));
        QVERIFY(m_items.size() >= 20);
    }

    // Every criterion of the tracker's filter bar and the CLI's flags gives
    // the same items in SQL as the row-by-row filter.
    void actionFiltersMatchTheInMemoryFilter()
    {
        QList<ActionFilter> filters;
        filters << ActionFilter {};
        QStringList owners, services;
        for (const ActionItemSummary &s : std::as_const(m_items)) {
            owners << s.ownerName;
            services << s.serviceName;
        }
        owners.removeDuplicates();
        services.removeDuplicates();
        for (const QString &owner : std::as_const(owners)) {
            ActionFilter f;
            f.owner = owner;
            filters << f;
            f.owner = owner.section(QLatin1Char(' '), 0, 0).toUpper(); // a first name, any case
            filters << f;
        }
        for (const QString &service : std::as_const(services)) {
            ActionFilter f;
            f.service = service;
            filters << f;
        }
        for (ActionSource source : enumValues<ActionSource>()) {
            ActionFilter f;
            f.source = source;
            filters << f;
        }
        for (ActionType type : enumValues<ActionType>()) {
            ActionFilter f;
            f.type = type;
            filters << f;
        }
        for (ActionStrength strength : enumValues<ActionStrength>()) {
            ActionFilter f;
            f.strength = strength;
            filters << f;
        }
        for (int p = 0; p <= 3; ++p) {
            ActionFilter f;
            f.priority = p;
            filters << f;
        }
        ActionFilter overdue;
        overdue.overdueOnly = true;
        ActionFilter soon;
        soon.dueBy = m_today.addDays(30);
        ActionFilter undated;
        undated.noDueDateOnly = true;
        ActionFilter text;
        text.text = QStringLiteral("RETRY"); // title, description or source title, any case
        ActionFilter combined;
        combined.statuses = { ActionStatus::Open, ActionStatus::InProgress };
        combined.type = ActionType::Prevent;
        combined.text = QStringLiteral("a");
        filters << overdue << soon << undated << text << combined;

        int nonEmpty = 0;
        for (const ActionFilter &f : std::as_const(filters)) {
            const QList<Id> expected = memoryIds(f);
            nonEmpty += expected.isEmpty() ? 0 : 1;
            QCOMPARE(sqlIds(f), expected);
        }
        QVERIFY2(nonEmpty > filters.size() / 2, "the filters must select something to compare");
    }

    void actionStatesAndOrders()
    {
        ActionFilter open;
        open.statuses = { ActionStatus::Open, ActionStatus::InProgress };
        QCOMPARE(sqlIds({}, QStringLiteral("unfinished")), memoryIds(open));
        ActionFilter overdue;
        overdue.overdueOnly = true;
        QCOMPARE(sqlIds({}, QStringLiteral("overdue")), memoryIds(overdue));
        ActionFilter done;
        done.statuses = { ActionStatus::Done };
        QCOMPARE(sqlIds({}, QStringLiteral("done")), memoryIds(done));

        // By due date: undated items last, then by priority, ties by id;
        // reversed as a whole.
        ActionListQuery query;
        query.today = m_today;
        auto ids = ActionListReader(*m_db).ids(query);
        QVERIFY(ids);
        auto rows = ActionListReader(*m_db).rows(ids.value());
        QVERIFY(rows);
        QCOMPARE(rows->size(), m_items.size());
        for (int i = 1; i < rows->size(); ++i) {
            const auto &a = rows->at(i - 1).item, &b = rows->at(i).item;
            const QString ka = a.due ? a.due->toString(Qt::ISODate) : QStringLiteral("9999");
            const QString kb = b.due ? b.due->toString(Qt::ISODate) : QStringLiteral("9999");
            QVERIFY(ka < kb || (ka == kb && (a.priority < b.priority || (a.priority == b.priority && a.id < b.id))));
        }
        query.descending = true;
        auto reversed = ActionListReader(*m_db).ids(query);
        QVERIFY(reversed);
        QList<Id> back = reversed.value();
        std::reverse(back.begin(), back.end());
        QCOMPARE(back, ids.value());
    }

    // A row read by id carries what the old full list carried.
    void actionRowsMatchTheFullList()
    {
        QList<Id> ids;
        for (const ActionItemSummary &s : std::as_const(m_items))
            ids.append(s.item.id);
        std::reverse(ids.begin(), ids.end());
        auto rows = ActionListReader(*m_db).rows(ids);
        QVERIFY(rows);
        QCOMPARE(rows->size(), ids.size());
        for (int i = 0; i < ids.size(); ++i) {
            QCOMPARE(rows->at(i).item.id, ids.at(i)); // in the order asked
            const auto it = std::find_if(m_items.cbegin(), m_items.cend(), [&](const ActionItemSummary &s) { return s.item.id == ids.at(i); });
            QCOMPARE(rows->at(i), *it);
        }
    }

    void overdueFactsMatchTheList()
    {
        auto facts = ActionListReader(*m_db).overdue(m_today);
        QVERIFY(facts);
        const OverdueFacts expected = overdueFacts(m_items, m_today);
        QVERIFY(expected.overdue() >= 3);
        QCOMPARE(facts->open, expected.open);
        QCOMPARE(facts->perOwner, expected.perOwner);
        QCOMPARE(facts->oldestTitle, expected.oldestTitle);
        QCOMPARE(facts->oldestDue, expected.oldestDue);
        QCOMPARE(overdueSummary(facts.value(), m_today), overdueSummary(m_items, m_today));
    }

    void coeTextStatusAndOrder()
    {
        CoeListQuery query;
        query.order = CoeListQuery::Order::ByTitle;
        query.descending = false;
        auto all = CoeListReader(*m_db).ids(query);
        QVERIFY(all);
        QCOMPARE(all->size(), 8);
        auto rows = CoeListReader(*m_db).rows(all.value());
        QVERIFY(rows);
        for (int i = 1; i < rows->size(); ++i)
            QVERIFY(rows->at(i - 1).title.toLower() <= rows->at(i).title.toLower());

        query.text = QStringLiteral("CHECKOUT"); // any case
        auto some = CoeListReader(*m_db).ids(query);
        QVERIFY(some);
        QVERIFY(!some->isEmpty() && some->size() < 8);
        const QList<CoeSummary> found = CoeListReader(*m_db).rows(some.value()).value();
        for (const CoeSummary &s : found)
            QVERIFY(s.title.contains(QStringLiteral("checkout"), Qt::CaseInsensitive)
                    || s.serviceName.contains(QStringLiteral("checkout"), Qt::CaseInsensitive));

        query.text = QStringLiteral("100%_"); // wildcards are plain characters
        QCOMPARE(CoeListReader(*m_db).ids(query).value().size(), 0);

        query.text.clear();
        query.status = CoeStatus::Approved;
        auto approved = CoeListReader(*m_db).ids(query);
        QVERIFY(approved);
        QCOMPARE(approved->size(), 2);
        const QList<CoeSummary> approvedRows = CoeListReader(*m_db).rows(approved.value()).value();
        for (const CoeSummary &s : approvedRows)
            QCOMPARE(s.status, CoeStatus::Approved);
    }

    // Scrolling a list of 1,000 COEs reads it a page at a time; the order
    // and filter are SQL's.
    void pagedModelReadsOnlyWhatIsShown()
    {
        QTemporaryDir dir;
        auto db = organisation(dir, 1000);
        QVERIFY(db);

        CoeListModel model; // (tst_listmodels runs the model tester, which reads rows itself)
        model.sort(CoeListModel::IdColumn, Qt::AscendingOrder);
        QVERIFY(model.reload(*db));
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.recordTotal(), 1000);
        QCOMPARE(model.cachedRows(), 0); // nothing read until asked
        QVERIFY(!model.idsComplete()); // counted, with the first page's ids only

        QCOMPARE(model.index(0, CoeListModel::IdColumn).data(IdRole).toLongLong(), 1);
        QCOMPARE(model.cachedRows(), CoeListModel::PageSize);
        QVERIFY(!model.idsComplete());
        QCOMPARE(model.index(999, CoeListModel::IdColumn).data(IdRole).toLongLong(), 1000);
        QVERIFY(model.idsComplete());
        QCOMPARE(model.cachedRows(), 2 * CoeListModel::PageSize - (CoeListModel::PageSize * 8 - 1000));

        // Top to bottom: every COE once, in order, never more than the pages kept.
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, 0).data(IdRole).toLongLong(), row + 1);
            QVERIFY(model.cachedRows() <= CoeListModel::PageSize * CoeListModel::PagesKept);
        }

        model.sort(CoeListModel::IdColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data(IdRole).toLongLong(), 1000);
        model.setQueryState(QStringLiteral("approved"));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM coes WHERE status = 'approved'")) && q.next());
        QCOMPARE(model.rowCount(), q.value(0).toInt());
        QCOMPARE(model.recordTotal(), 1000);
        QCOMPARE(model.rowOfId(model.index(3, 0).data(IdRole).toLongLong()), 3);

        // Words in the filter box are matched by scanning, so every id is
        // read at once rather than counted and read again.
        model.setQueryState(QString());
        model.setQueryText(QStringLiteral("sev-1"));
        QVERIFY(model.idsComplete());
        QVERIFY(model.rowCount() > 0 && model.rowCount() < 1000);

        // A closed database leaves nothing to read and nothing counted.
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.recordTotal(), 0);
        QVERIFY(!model.hasDatabase());
    }

    // The first page is read with a count; the rest when first needed. If
    // COEs went in the meantime (another writer), the rows past the count
    // are placeholders until the list reads itself again, which it does
    // without being asked.
    void idsReadLaterFollowChangesMadeMeanwhile()
    {
        QTemporaryDir dir;
        auto db = organisation(dir, 400);
        QVERIFY(db);

        CoeListQuery byId;
        byId.order = CoeListQuery::Order::ById;
        byId.descending = false;
        const QList<Id> all = CoeListReader(*db).ids(byId).value();
        QCOMPARE(CoeListReader(*db).ids(byId, 5).value(), all.mid(0, 5));
        QCOMPARE(CoeListReader(*db).count(byId).value(), 400);
        byId.status = CoeStatus::Approved;
        QCOMPARE(CoeListReader(*db).count(byId).value(), CoeListReader(*db).ids(byId).value().size());

        CoeListModel model;
        model.sort(CoeListModel::IdColumn, Qt::AscendingOrder);
        QVERIFY(model.reload(*db));
        QCOMPARE(model.index(0, 0).data(IdRole).toLongLong(), 1);
        QVERIFY(!model.idsComplete());

        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM coes WHERE id > 390")));
        QCOMPARE(model.rowCount(), 400); // a view is asking: the count stays
        QCOMPARE(model.index(300, 0).data(IdRole).toLongLong(), 301);
        QVERIFY(model.idsComplete());
        QCOMPARE(model.index(399, 0).data(IdRole).toLongLong(), 0); // a placeholder
        QTRY_COMPARE(model.rowCount(), 390);
        QCOMPARE(model.index(389, 0).data(IdRole).toLongLong(), 390);
    }

    // The rest of the ids, read beside the window on a reader connection,
    // are taken only for the query the list shows and only when they agree
    // with what it counted and shows; once taken, scrolling to the end
    // reads no ids again.
    void idsReadAheadAreTakenOnlyWhenTheyFit()
    {
        QTemporaryDir dir;
        auto db = organisation(dir, 400);
        QVERIFY(db);

        CoeListModel model;
        model.sort(CoeListModel::IdColumn, Qt::AscendingOrder);
        QVERIFY(model.reload(*db));
        QVERIFY(!model.idsComplete());
        const auto todo = model.idsToReadAhead();
        QVERIFY(todo);
        auto reader = db->openReaderBeside();
        QVERIFY(reader);
        const auto read = todo->read(**reader);
        QVERIFY(read);
        const QList<Id> ids = read.value();
        QCOMPARE(ids.size(), 400);

        QVERIFY(!model.takeIdsReadAhead(todo->generation - 1, ids)); // of a query before
        QVERIFY(!model.takeIdsReadAhead(todo->generation, ids.mid(0, 399))); // not what was counted
        QList<Id> reordered = ids;
        std::swap(reordered[0], reordered[1]); // the first page changed between the reads
        QVERIFY(!model.takeIdsReadAhead(todo->generation, reordered));
        QVERIFY(!model.idsComplete());

        QVERIFY(model.takeIdsReadAhead(todo->generation, ids));
        QVERIFY(model.idsComplete());
        QVERIFY(!model.idsToReadAhead()); // nothing left to read
        QVERIFY(!model.takeIdsReadAhead(todo->generation, ids)); // nor to take twice
        int idReads = 0;
        sql::setStatementObserver([&idReads](const QString &statement, const QVariantMap &) {
            if (statement.startsWith(QStringLiteral("SELECT c.id FROM coes")))
                ++idReads;
        });
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(IdRole).toLongLong(), row + 1);
        sql::setStatementObserver({});
        QCOMPARE(idReads, 0);

        // Queried again (here, another order) while the read was under way:
        // the ids read for the query before are not taken.
        QVERIFY(model.reload(*db));
        const auto again = model.idsToReadAhead();
        QVERIFY(again);
        model.sort(CoeListModel::IdColumn, Qt::DescendingOrder);
        QVERIFY(!model.takeIdsReadAhead(again->generation, again->read(**reader).value()));
        QCOMPARE(model.index(0, 0).data(IdRole).toLongLong(), 400);
        sql::setStatementObserver([&idReads](const QString &statement, const QVariantMap &) {
            if (statement.startsWith(QStringLiteral("SELECT c.id FROM coes")))
                ++idReads;
        });
        QCOMPARE(model.index(399, 0).data(IdRole).toLongLong(), 1);
        sql::setStatementObserver({});
        QCOMPARE(idReads, 1); // read by the list itself, as the observer sees
    }

    // When the rest of the ids cannot be read, the list says why where the
    // window shows problems; the rows stay placeholders until a reload.
    void idsThatCannotBeReadLaterAreReported()
    {
        QTemporaryDir dir;
        auto db = organisation(dir, 300);
        QVERIFY(db);
        CoeListModel model;
        QVERIFY(model.reload(*db));
        QSignalSpy problems(&model, &CoeListModel::problem);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE coes RENAME TO coes_elsewhere")));
        QCOMPARE(model.index(250, 0).data(IdRole).toLongLong(), 0);
        QVERIFY(model.idsComplete());
        QTRY_COMPARE(problems.size(), 1);
        QVERIFY2(!problems.first().first().toString().isEmpty(), "the problem names what went wrong");
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE coes_elsewhere RENAME TO coes")));
        QVERIFY(model.reload(*db));
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(model.index(250, 0).data(IdRole).toLongLong() > 0, true);
    }

    // Stored strengths: written with the item, and worked out on open for
    // items that came without one.
    void strengthIsStoredAndBackfilled()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM action_items WHERE strength IS NULL")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("UPDATE action_items SET strength = NULL")));
        auto rated = ActionItemRepository(*m_db).classifyUnrated();
        QVERIFY(rated);
        QCOMPARE(rated.value(), int(m_items.size()));
        QVERIFY(q.exec(QStringLiteral("SELECT id, strength FROM action_items")));
        while (q.next()) {
            const auto it = std::find_if(m_items.cbegin(), m_items.cend(),
                                         [&](const ActionItemSummary &s) { return s.item.id == q.value(0).toLongLong(); });
            QCOMPARE(q.value(1).toString(), it->strengthKey);
        }
    }
};

QTEST_GUILESS_MAIN(TestListReaders)
#include "tst_listreaders.moc"
