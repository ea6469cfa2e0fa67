// The list models and the filter proxy on the demo organisation, checked
// by QAbstractItemModelTester.
#include "demo/demodata.h"
#include "models/listfilterproxy.h"
#include "models/listmodels.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace closeloop;

class TestListModels : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const QDate m_today { 2026, 11, 21 };

    template <typename Model>
    void checkModel(int expectedRows)
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(*m_db));
        QCOMPARE(model.rowCount(), expectedRows);
        // As a list page shows it: a list held in memory through the proxy
        // that sorts and filters it, one that queries itself on its own.
        ListFilterProxy proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QAbstractItemModel *shown = model.queriesItself() ? static_cast<QAbstractItemModel *>(&model) : &proxy;
        const auto filter = [&](const QString &text) {
            if (model.queriesItself())
                model.setQueryText(text);
            else
                proxy.setText(text);
        };
        for (int column = 0; column < model.columnCount(); ++column) {
            QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
            shown->sort(column, Qt::DescendingOrder);
        }
        filter(QStringLiteral("zzzz-no-such-text"));
        QCOMPARE(shown->rowCount(), 0);
        filter(QString());
        QCOMPARE(shown->rowCount(), expectedRows);
        QVERIFY(model.reload(*m_db)); // a reload while a proxy watches
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = test::openFresh(m_dir);
        QVERIFY(seedDemoData(*m_db, m_today));
    }

    void allModelsPassTheTester()
    {
        checkModel<CoeListModel>(8);
        checkModel<ActionItemListModel>(25);
        checkModel<OrrReviewListModel>(2);
        checkModel<ServiceListModel>(5);
        checkModel<FindingListModel>(2);
    }

    void coeStateFilterAndText()
    {
        CoeListModel model;
        QVERIFY(model.reload(*m_db));
        for (const StateChoice &state : CoeListModel::stateChoices()) {
            model.setQueryState(state.key);
            QCOMPARE(model.rowCount(), 2); // the demo has two COEs in every state
        }
        model.setQueryState(QString());
        model.setQueryText(QStringLiteral("checkout  sev-1")); // every word must match, any column
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CoeListModel::TitleColumn).data().toString(),
                 QStringLiteral("Checkout outage after a clean-up script ran against production"));
    }

    void coesSortByImpactTimeAcrossOffsets()
    {
        CoeListModel model;
        QVERIFY(model.reload(*m_db));
        model.sort(CoeListModel::StartColumn, Qt::AscendingOrder);
        QString previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString key = model.index(row, CoeListModel::StartColumn).data(SortRole).toString();
            QVERIFY2(previous <= key, "sorted by the UTC instant, not by local clock text");
            previous = key;
        }
        const QString shown = model.index(0, CoeListModel::StartColumn).data().toString();
        QVERIFY2(shown.contains(QStringLiteral("UTC")), qPrintable(shown));
    }

    void overdueItemsNeedAttention()
    {
        ActionItemListModel model;
        model.setToday(m_today);
        QVERIFY(model.reload(*m_db));
        QVERIFY(model.overdueCount() >= 3);
        model.setQueryState(QStringLiteral("overdue"));
        QCOMPARE(model.rowCount(), model.overdueCount());
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row, 0).data(AttentionRole).toBool());
            const QDate due = QDate::fromString(model.index(row, ActionItemListModel::DueColumn).data().toString(), Qt::ISODate);
            QVERIFY(due < m_today);
        }
        model.setQueryState(QStringLiteral("done"));
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!model.index(row, 0).data(AttentionRole).toBool());

        // Strength is shown per item; the demo's reminder is weak, its
        // pipeline validation strong.
        model.setQueryState(QString());
        QCOMPARE(model.rowCount(), model.recordTotal());
        QHash<QString, QString> strengthByTitle;
        for (int row = 0; row < model.rowCount(); ++row)
            strengthByTitle.insert(model.index(row, ActionItemListModel::TitleColumn).data().toString(),
                                   model.index(row, ActionItemListModel::StrengthColumn).data().toString());
        QCOMPARE(strengthByTitle.value(QStringLiteral("Remind teams to review retry settings in code review")), QStringLiteral("Weak"));
        QCOMPARE(strengthByTitle.value(QStringLiteral("Validate pool size against the capacity model in the pipeline")), QStringLiteral("Strong"));
        QCOMPARE(strengthByTitle.value(QStringLiteral("Alarm on SAML assertion failure rate")), QStringLiteral("Medium"));
    }
};

QTEST_GUILESS_MAIN(TestListModels)
#include "tst_listmodels.moc"
