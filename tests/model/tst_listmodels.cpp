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
        ListFilterProxy proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        for (int column = 0; column < model.columnCount(); ++column) {
            QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
            proxy.sort(column, Qt::DescendingOrder);
        }
        proxy.setText(QStringLiteral("zzzz-no-such-text"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setText(QString());
        QCOMPARE(proxy.rowCount(), expectedRows);
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
        ListFilterProxy proxy;
        proxy.setSourceModel(&model);
        for (const StateChoice &state : CoeListModel::stateChoices()) {
            proxy.setStateKey(state.key);
            QCOMPARE(proxy.rowCount(), 2); // the demo has two COEs in every state
        }
        proxy.setStateKey(QString());
        proxy.setText(QStringLiteral("checkout  sev-1")); // every word must match, any column
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, CoeListModel::TitleColumn).data().toString(),
                 QStringLiteral("Checkout outage after a clean-up script ran against production"));
    }

    void coesSortByImpactTimeAcrossOffsets()
    {
        CoeListModel model;
        QVERIFY(model.reload(*m_db));
        ListFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(CoeListModel::StartColumn, Qt::AscendingOrder);
        QString previous;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QString key = proxy.index(row, CoeListModel::StartColumn).data(SortRole).toString();
            QVERIFY2(previous <= key, "sorted by the UTC instant, not by local clock text");
            previous = key;
        }
        const QString shown = proxy.index(0, CoeListModel::StartColumn).data().toString();
        QVERIFY2(shown.contains(QStringLiteral("UTC")), qPrintable(shown));
    }

    void overdueItemsNeedAttention()
    {
        ActionItemListModel model;
        model.setToday(m_today);
        QVERIFY(model.reload(*m_db));
        QVERIFY(model.overdueCount() >= 3);
        ListFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setStateKey(QStringLiteral("overdue"));
        QCOMPARE(proxy.rowCount(), model.overdueCount());
        for (int row = 0; row < proxy.rowCount(); ++row) {
            QVERIFY(proxy.index(row, 0).data(AttentionRole).toBool());
            const QDate due = QDate::fromString(proxy.index(row, ActionItemListModel::DueColumn).data().toString(), Qt::ISODate);
            QVERIFY(due < m_today);
        }
        proxy.setStateKey(QStringLiteral("done"));
        QVERIFY(proxy.rowCount() > 0);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(!proxy.index(row, 0).data(AttentionRole).toBool());

        // Strength is shown per item; the demo's reminder is weak, its
        // pipeline validation strong.
        proxy.setStateKey(QString());
        QCOMPARE(proxy.rowCount(), model.recordTotal());
        QHash<QString, QString> strengthByTitle;
        for (int row = 0; row < proxy.rowCount(); ++row)
            strengthByTitle.insert(proxy.index(row, ActionItemListModel::TitleColumn).data().toString(),
                                   proxy.index(row, ActionItemListModel::StrengthColumn).data().toString());
        QCOMPARE(strengthByTitle.value(QStringLiteral("Remind teams to review retry settings in code review")), QStringLiteral("Weak"));
        QCOMPARE(strengthByTitle.value(QStringLiteral("Validate pool size against the capacity model in the pipeline")), QStringLiteral("Strong"));
        QCOMPARE(strengthByTitle.value(QStringLiteral("Alarm on SAML assertion failure rate")), QStringLiteral("Medium"));
    }
};

QTEST_GUILESS_MAIN(TestListModels)
#include "tst_listmodels.moc"
