// The COE list of a large organisation reads the rest of its ids beside
// the window once its first rows are shown, so that the first scroll past
// them does not wait; sorted again, it reads the new order ahead too.
#include "demo/organisationgenerator.h"
#include "lists/idsreadahead.h"
#include "lists/listpage.h"
#include "models/listmodels.h"
#include "shell/databasesession.h"
#include "shell/mainwindow.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace closeloop;

class TestIdsReadAhead : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    static QList<Id> shownIds(const QAbstractItemModel *model)
    {
        QList<Id> ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->index(row, 0).data(IdRole).toLongLong());
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        auto db = test::openFresh(m_dir, QStringLiteral("large.db"));
        GeneratorOptions options;
        options.coes = 400; // past the first page of 128
        options.asOf = QDate(2026, 11, 1);
        QVERIFY(generateOrganisation(*db, options));
        m_path = db->path();
    }

    void theRestIsReadOnceTheRowsAreShown()
    {
        DatabaseSession session;
        QVERIFY(session.open(m_path, false));
        MainWindow window(&session);
        ListPage *coes = window.page(0);
        auto *model = qobject_cast<CoeListModel *>(coes->table()->model());
        auto *ahead = coes->findChild<IdsReadAhead *>();
        QVERIFY(model && ahead);
        QCOMPARE(model->rowCount(), 400);
        QVERIFY(!model->idsComplete()); // counted, with the first page's ids
        QCOMPARE(ahead->taken(), 0);    // nothing read before the rows are shown

        window.show();
        QTRY_COMPARE(ahead->taken(), 1);
        QVERIFY(model->idsComplete());
        QVERIFY(!coes->table()->verticalScrollBar()->value()); // nobody scrolled

        // The same ids, in the same order, as the list reads itself when a
        // row past the first page is asked for; scrolling reads no ids.
        int idReads = 0;
        sql::setStatementObserver([&idReads](const QString &statement, const QVariantMap &) {
            if (statement.startsWith(QStringLiteral("SELECT c.id FROM coes")))
                ++idReads;
        });
        const QList<Id> shown = shownIds(model);
        coes->table()->scrollToBottom();
        QCOMPARE(idReads, 0);
        CoeListModel itself;
        itself.sort(model->sortColumn(), model->sortOrder());
        QVERIFY(itself.reload(*session.database()));
        QCOMPARE(shownIds(&itself), shown);
        sql::setStatementObserver({});
        QVERIFY(idReads >= 1); // the observer does see the list's own reads

        // Sorted again by a click on a column: the new order is read ahead.
        QHeaderView *header = coes->table()->horizontalHeader();
        const int x = header->sectionViewportPosition(CoeListModel::IdColumn) + 5;
        coes->table()->scrollToTop(); // (a list shown at its end reads them itself, as it needs them)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QTRY_COMPARE(ahead->taken(), 2);
        QVERIFY(model->idsComplete());
        const QList<Id> resorted = shownIds(model);
        QList<Id> sorted = resorted;
        std::sort(sorted.begin(), sorted.end());
        if (model->sortOrder() == Qt::DescendingOrder)
            std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(model->sortColumn(), int(CoeListModel::IdColumn));
        QCOMPARE(resorted, sorted);
    }
};

QTEST_MAIN(TestIdsReadAhead)
#include "tst_idsreadahead.moc"
