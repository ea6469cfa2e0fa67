// afterFirstPaint: the start's deferred work (the overdue count, the page
// check) runs once the window has painted, once, and never for a window
// that is never shown.
#include "shell/firstpaint.h"

#include <QEvent>
#include <QPointer>
#include <QTest>
#include <QWidget>

#include <memory>

using namespace closeloop;

namespace {

class CountingWidget final : public QWidget {
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *) override { ++paints; }
};

} // namespace

class TestFirstPaint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void runsOnceAfterTheFirstPaint()
    {
        CountingWidget widget;
        widget.resize(200, 100);
        int calls = 0;
        int paintsSeen = -1;
        afterFirstPaint(&widget, [&] {
            ++calls;
            paintsSeen = widget.paints;
        });
        QCoreApplication::processEvents();
        QCOMPARE(calls, 0); // not shown, not painted

        widget.show();
        QTRY_COMPARE(calls, 1);
        QVERIFY(paintsSeen >= 1); // the paint had finished when it ran

        widget.repaint();
        widget.update();
        QTRY_VERIFY(widget.paints >= 2);
        QCoreApplication::processEvents();
        QCOMPARE(calls, 1); // later paints do not run it again
    }

    void aWidgetGoneBeforeItsPaintRunsNothing()
    {
        int calls = 0;
        auto widget = std::make_unique<QWidget>();
        afterFirstPaint(widget.get(), [&] { ++calls; });
        widget.reset();
        QCoreApplication::processEvents();
        QCOMPARE(calls, 0);
    }

    void aWidgetGoneRightAfterItsPaintRunsNothing()
    {
        int calls = 0;
        auto *widget = new CountingWidget;
        widget->resize(200, 100);
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget));
        QTRY_VERIFY(widget->paints >= 1);
        const int before = widget->paints;
        afterFirstPaint(widget, [&] { ++calls; }); // the next paint is the first it sees
        widget->repaint(); // painted now; the call is queued behind it
        QCOMPARE(widget->paints, before + 1);
        delete widget;
        QCoreApplication::processEvents();
        QCOMPARE(calls, 0); // the queued call went with its widget
    }
};

QTEST_MAIN(TestFirstPaint)
#include "tst_firstpaint.moc"
