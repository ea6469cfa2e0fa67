// A list's column widths: measured from the rows the first time the list
// has any, then kept as measured or as the person dragged them, through
// reloads (every saved record reloads the lists) and restarts, until they
// ask for a fresh measurement from the header's context menu.
#include "demowindow.h"
#include "lists/columnwidths.h"
#include "lists/listpage.h"
#include "models/listmodels.h"

#include <QAction>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace closeloop;

class TestColumnWidths : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    test::DemoWindow m_demo;

    ListPage *coes() const { return m_demo.window->page(0); }
    QHeaderView *header() const { return coes()->table()->horizontalHeader(); }
    static QString key() { return ColumnWidths::settingsKey(QStringLiteral("coesPage")); }

    // Drags the right edge of a column by `dx` pixels, as a person would.
    void dragEdge(int column, int dx)
    {
        QHeaderView *h = header();
        const int edge = h->sectionViewportPosition(column) + h->sectionSize(column) - 1;
        const QPoint from(edge, h->height() / 2);
        QTest::mousePress(h->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(h->viewport(), from + QPoint(dx / 2, 0));
        QTest::mouseMove(h->viewport(), from + QPoint(dx, 0));
        QTest::mouseRelease(h->viewport(), Qt::LeftButton, {}, from + QPoint(dx, 0));
    }

    QList<int> widths() const
    {
        QList<int> result;
        for (int c = 0; c < header()->count() - 1; ++c)
            result << header()->sectionSize(c);
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A settings file of this test's own.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        m_path = test::seedDemoDatabase(m_dir, QStringLiteral("widths.db"));
    }

    void init()
    {
        QSettings().clear();
        QVERIFY(m_demo.open(m_path));
        QVERIFY(coes()->isLoaded());
        QVERIFY(coes()->table()->model()->rowCount() > 0);
    }

    void cleanup() { m_demo.close(); }

    void theFirstListingMeasuresAndKeepsTheWidths()
    {
        const QList<int> measured = widths();
        // The title column fits a demo title, within the bound.
        const int title = CoeListModel::TitleColumn;
        QVERIFY2(measured.at(title) > 150 && measured.at(title) <= 420, qPrintable(QString::number(measured.at(title))));
        QList<int> kept;
        for (const QVariant &v : QSettings().value(key()).toList())
            kept << v.toInt();
        QCOMPARE(kept, measured);
    }

    void aWidenedColumnSurvivesReloadAndRestart()
    {
        const int title = CoeListModel::TitleColumn;
        const int before = header()->sectionSize(title);
        dragEdge(title, 60);
        QCOMPARE(header()->sectionSize(title), before + 60);

        // File > Reload, as after every saved COE: the width stays.
        QAction *reload = nullptr;
        for (QAction *a : m_demo.window->findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(QKeySequence::Refresh))
                reload = a;
        QVERIFY(reload);
        reload->trigger();
        QVERIFY(coes()->isLoaded());
        QCOMPARE(header()->sectionSize(title), before + 60);

        // Closed straight after the drag: the width is still written.
        const QList<int> dragged = widths();
        m_demo.close();
        QVERIFY(m_demo.open(m_path));
        QCOMPARE(widths(), dragged);
    }

    void fittingToContentsMeasuresAgain()
    {
        const QList<int> measured = widths();
        const int title = CoeListModel::TitleColumn;
        header()->resizeSection(title, 60);
        QCOMPARE(header()->sectionSize(title), 60);
        QAction *fit = header()->findChild<QAction *>(QStringLiteral("fitColumns"));
        QVERIFY(fit);
        QVERIFY(header()->actions().contains(fit)); // in the header's context menu
        QCOMPARE(header()->contextMenuPolicy(), Qt::ActionsContextMenu);
        fit->trigger();
        QCOMPARE(widths(), measured);
        QCOMPARE(QSettings().value(key()).toList().at(title).toInt(), measured.at(title));
    }

    // Widths kept for another set of columns, or spoiled by hand, are not
    // applied: the list is measured as on a first start.
    void widthsThatDoNotFitAreMeasuredAfresh_data()
    {
        QTest::addColumn<QString>("spoiled");
        QTest::newRow("fewer columns") << QStringLiteral("fewer");
        QTest::newRow("not numbers") << QStringLiteral("words");
        QTest::newRow("absurd") << QStringLiteral("absurd");
    }

    void widthsThatDoNotFitAreMeasuredAfresh()
    {
        QFETCH(QString, spoiled);
        const QList<int> measured = widths();
        const int kept = header()->count() - 1;
        QVariantList saved;
        if (spoiled == QLatin1String("fewer"))
            saved = { 300, 300 };
        else if (spoiled == QLatin1String("words"))
            saved = QVariantList(kept, QStringLiteral("wide"));
        else
            saved = QVariantList(kept, 100000);
        m_demo.close();
        QSettings().setValue(key(), saved);
        QVERIFY(m_demo.open(m_path));
        QCOMPARE(widths(), measured);
    }
};

QTEST_MAIN(TestColumnWidths)
#include "tst_columnwidths.moc"
