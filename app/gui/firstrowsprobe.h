#pragma once

#include <QAbstractItemView>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace closeloop {

// For the start-up benchmark (scripts/bench.sh): ends the program as soon
// as a list has painted its first rows. The benchmark times the whole
// process from outside, the same way it times an empty Qt window, so the
// two figures compare like with like. Quits without tearing down: the
// background page check may still be reading, and waiting for it would
// be measured too.
class FirstRowsProbe final : public QObject {
public:
    explicit FirstRowsProbe(QAbstractItemView *view) : QObject(view), m_view(view)
    {
        m_clock.start();
        view->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_view->model() && m_view->model()->rowCount() > 0 && !m_done) {
            m_done = true;
            // After this paint has finished, not before.
            QTimer::singleShot(0, [this] {
                std::printf("first rows painted after %.1f ms in main\n", m_clock.nsecsElapsed() / 1e6);
                std::fflush(stdout);
                std::_Exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractItemView *m_view;
    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace closeloop
