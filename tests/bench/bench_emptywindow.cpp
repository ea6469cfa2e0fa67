// Benchmark: the yardstick for start-up. An empty Qt main window, shown
// and painted once, then the process ends: scripts/bench.sh times it from
// outside exactly as it times `closeloop --bench-first-rows`.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <cstdlib>

namespace {

class FirstPaint final : public QObject {
protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, [] { std::_Exit(0); });
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *central = new QWidget(&window);
    window.setCentralWidget(central);
    window.resize(1280, 800);
    FirstPaint probe;
    central->installEventFilter(&probe);
    window.show();
    return QApplication::exec();
}
