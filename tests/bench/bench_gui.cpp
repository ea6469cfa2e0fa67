// Benchmark: the main window on a large organisation (scripts/bench.sh
// passes the generated database). Scrolls the COE list from top to bottom
// a page at a time, painting each step at once and timing it as a frame;
// jumps to random places as a dragged scroll bar does; does the same on
// every action item; opens the dashboard; and reports the resident memory
// at the end and at its peak. Prints table rows for scripts/bench.sh.
#include "lists/listpage.h"
#include "models/listmodels.h"
#include "shell/databasesession.h"
#include "shell/mainwindow.h"
#include "memorypolicy.h"

#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QListWidget>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace closeloop;

namespace {

struct Frames {
    QList<double> ms;
    double max() const { return ms.isEmpty() ? 0 : *std::max_element(ms.cbegin(), ms.cend()); }
    double p99() const
    {
        if (ms.isEmpty())
            return 0;
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(qsizetype(double(sorted.size() - 1) * 0.99));
    }
};

// One frame: move the scroll bar, then paint what is now shown.
double frame(QTableView *table, int value)
{
    QElapsedTimer t;
    t.start();
    table->verticalScrollBar()->setValue(value);
    table->viewport()->repaint();
    return t.nsecsElapsed() / 1e6;
}

Frames scrollTopToBottom(QTableView *table)
{
    Frames f;
    QScrollBar *bar = table->verticalScrollBar();
    for (int v = 0; v <= bar->maximum(); v += std::max(1, bar->pageStep()))
        f.ms << frame(table, v);
    f.ms << frame(table, bar->maximum());
    return f;
}

Frames jumpAround(QTableView *table, int jumps)
{
    Frames f;
    QRandomGenerator rng(7);
    for (int i = 0; i < jumps; ++i)
        f.ms << frame(table, int(rng.bounded(table->verticalScrollBar()->maximum() + 1)));
    return f;
}

double statusMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    setMemoryPolicy();
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--db"));
    if (at < 0 || at + 1 >= args.size()) {
        std::fprintf(stderr, "usage: bench-gui --db PATH\n");
        return 2;
    }
    DatabaseSession session;
    if (auto s = session.open(args.at(at + 1), false); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
        return 2;
    }
    MainWindow window(&session);
    QElapsedTimer shown;
    shown.start();
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 2;

    // The COE list reads its ids past the first page beside the window once
    // its rows are painted. A person reads the first screen before
    // scrolling; the scroll starts when those ids have arrived, and how long
    // they took after the window was shown is reported. (A scroll past the
    // first page before then reads them on the spot, as it always did.)
    ListPage *coes = window.page(0);
    const auto *coeModel = qobject_cast<const CoeListModel *>(coes->table()->model());
    if (!coeModel)
        return 2;
    for (QDeadlineTimer deadline(10000); !coeModel->idsComplete() && !deadline.hasExpired();)
        QTest::qWait(1);
    const double idsReadAheadMs = shown.nsecsElapsed() / 1e6;
    const Frames coeScroll = scrollTopToBottom(coes->table());
    const Frames coeJumps = jumpAround(coes->table(), 200);
    std::fprintf(stderr, "COE list: %d rows, %lld frames top to bottom\n", coes->table()->model()->rowCount(),
                 static_cast<long long>(coeScroll.ms.size()));

    // Every action item, not only the unfinished ones shown first.
    ListPage *actions = window.page(1);
    window.showPage(actions);
    actions->findChild<QComboBox *>(QStringLiteral("stateFilter"))->setCurrentIndex(0);
    QApplication::processEvents();
    const Frames actionScroll = scrollTopToBottom(actions->table());
    std::fprintf(stderr, "action list: %d rows, %lld frames\n", actions->table()->model()->rowCount(),
                 static_cast<long long>(actionScroll.ms.size()));

    QElapsedTimer t;
    t.start();
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    const QList<QListWidgetItem *> dashboard = navigation->findItems(QStringLiteral("Dashboard"), Qt::MatchExactly);
    if (dashboard.isEmpty())
        return 2;
    navigation->setCurrentItem(dashboard.first()); // loads the page as it is shown
    QApplication::processEvents();
    const double dashboardMs = t.nsecsElapsed() / 1e6;

    std::printf("ids_read_ahead_ms\t%.0f\n", idsReadAheadMs);
    std::printf("scroll_coes_max_ms\t%.1f\n", coeScroll.max());
    std::printf("scroll_coes_p99_ms\t%.1f\n", coeScroll.p99());
    std::printf("jump_coes_max_ms\t%.1f\n", coeJumps.max());
    std::printf("scroll_actions_max_ms\t%.1f\n", actionScroll.max());
    std::printf("dashboard_page_ms\t%.0f\n", dashboardMs);
    std::printf("rss_mb\t%.0f\n", statusMb("VmRSS:"));
    std::printf("rss_peak_mb\t%.0f\n", statusMb("VmHWM:"));
    std::fflush(stdout);
    std::_Exit(0); // the background page check may still be reading; it is not measured
}
