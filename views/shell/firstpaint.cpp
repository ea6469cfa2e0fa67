#include "firstpaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace closeloop {

namespace {

class FirstPaintWatch final : public QObject {
public:
    FirstPaintWatch(QWidget *widget, std::function<void()> then) : QObject(widget), m_then(std::move(then))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Queued: the children are painted after their parent, in the
            // same pass, and the pixels reach the screen at its end.
            QTimer::singleShot(0, parent(), std::move(m_then));
            deleteLater();
        }
        return false;
    }

private:
    std::function<void()> m_then;
};

} // namespace

void afterFirstPaint(QWidget *widget, std::function<void()> then)
{
    new FirstPaintWatch(widget, std::move(then));
}

} // namespace closeloop
