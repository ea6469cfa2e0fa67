// Benchmark: the yardsticks for start-up. An empty Qt main window, shown
// and painted once, then the process ends: scripts/bench.sh times it from
// outside exactly as it times `closeloop --bench-first-rows`.
//
// With --table the window holds a table of 30 rows of text and no
// database: what any Qt program that shows a list pays before its first
// rows (fonts found and loaded, text shaped and drawn), so the figure for
// Closeloop can be read against both.
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <cstdlib>
#include <cstring>

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

QWidget *tableOfText(QWidget *parent)
{
    auto *model = new QStandardItemModel(30, 8, parent);
    for (int column = 0; column < 8; ++column)
        model->setHeaderData(column, Qt::Horizontal, QStringLiteral("Column %1").arg(column + 1));
    for (int row = 0; row < 30; ++row)
        for (int column = 0; column < 8; ++column)
            model->setItem(row, column, new QStandardItem(QStringLiteral("Row %1, text of cell %2").arg(row + 1).arg(column + 1)));
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->resizeColumnsToContents();
    return table;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    const bool table = argc > 1 && std::strcmp(argv[1], "--table") == 0;
    QWidget *central = table ? tableOfText(&window) : new QWidget(&window);
    window.setCentralWidget(central);
    window.resize(1280, 800);
    FirstPaint probe;
    auto *painted = table ? static_cast<QTableView *>(central)->viewport() : central;
    painted->installEventFilter(&probe);
    window.show();
    return QApplication::exec();
}
