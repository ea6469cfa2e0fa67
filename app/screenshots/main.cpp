// closeloop-screenshots: draws the main screens from the demo data into
// PNG files, for the README and the AppStream metainfo. It runs offscreen
// (scripts/screenshots.sh) so the pictures are made again whenever the
// screens change, instead of going stale in a folder.
#include "appidentity.h"
#include "coe/coewindow.h"
#include "coe/coewindows.h"
#include "coe/coefields.h"
#include "coe/coeform.h"
#include "lists/listpage.h"
#include "look/actionicons.h"
#include "look/translations.h"
#include "orr/axiomtree.h"
#include "orr/orrwindow.h"
#include "orr/orrwindows.h"
#include "shell/databasesession.h"
#include "shell/mainwindow.h"
#include "workinggroup/dashboardpage.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QImage>
#include <QSet>
#include <QListWidget>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace closeloop;

namespace {

// A laptop's screen: what most people will see the windows at.
QSize windowSize(1280, 800);

// Lets the event loop run until `ready` holds: lists and the dashboard read
// in the background. Gives up after ten seconds, so a broken screen fails
// the run instead of hanging it.
bool settle(const std::function<bool()> &ready)
{
    QDeadlineTimer deadline(10'000);
    while (!ready()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    // One more round so the layout and the paint that follow the data land.
    QCoreApplication::processEvents();
    return true;
}

// A window that drew nothing (a missing style, a failed load) is one or two
// flat colours; a real screen has text, icons and charts in many shades.
int distinctColours(const QImage &image)
{
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            seen.insert(image.pixel(x, y));
    return int(seen.size());
}

bool shoot(QWidget *window, const QDir &out, const QString &name)
{
    window->resize(windowSize);
    window->show();
    QCoreApplication::processEvents();
    const QString path = out.filePath(name);
    // A window that grew past the size asked for does not fit a laptop
    // screen: some row of its widgets is too wide (long translations, say).
    if (window->size() != windowSize) {
        std::fprintf(stderr, "closeloop-screenshots: %s needs %dx%d; it should fit %dx%d\n", qPrintable(name),
                     window->width(), window->height(), windowSize.width(), windowSize.height());
        return false;
    }
    const QImage picture = window->grab().toImage();
    if (distinctColours(picture) < 16) {
        std::fprintf(stderr, "closeloop-screenshots: %s came out blank\n", qPrintable(name));
        return false;
    }
    if (!picture.save(path)) {
        std::fprintf(stderr, "closeloop-screenshots: could not write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

void showSection(MainWindow &window, const QString &title)
{
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    const auto items = navigation->findItems(title, Qt::MatchExactly);
    if (!items.isEmpty())
        navigation->setCurrentItem(items.first());
}

bool hasRows(ListPage *page)
{
    return page->table()->model() && page->table()->model()->rowCount() > 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Draws Closeloop's main screens from the demo data into PNG files."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Where the PNG files go (made if missing)."));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size (default 1280x800)."), QStringLiteral("WxH"));
    parser.addOption(size);
    parser.process(app);
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        if (wh.size() != 2 || wh[0].toInt() < 320 || wh[1].toInt() < 240) {
            std::fprintf(stderr, "closeloop-screenshots: --size wants WIDTHxHEIGHT, e.g. 1280x800\n");
            return 2;
        }
        windowSize = QSize(wh[0].toInt(), wh[1].toInt());
    }
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    const QDir out(parser.positionalArguments().constFirst());
    if (!QDir().mkpath(out.path())) {
        std::fprintf(stderr, "closeloop-screenshots: cannot make the folder %s\n", qPrintable(out.path()));
        return 1;
    }

    // A throwaway home for the settings and the database: drawing pictures
    // never touches the person's own Closeloop.
    QTemporaryDir scratch;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, scratch.path());
    QSettings::setDefaultFormat(QSettings::NativeFormat);
    installTranslations();
    QApplication::setWindowIcon(applicationIcon());

    DatabaseSession session;
    if (auto s = session.open(QDir(scratch.path()).filePath(QStringLiteral("demo.closeloop")), true); !s) {
        std::fprintf(stderr, "closeloop-screenshots: %s\n", qPrintable(s.errorMessage()));
        return 1;
    }
    if (auto s = session.seedDemo(); !s) {
        std::fprintf(stderr, "closeloop-screenshots: %s\n", qPrintable(s.errorMessage()));
        return 1;
    }

    MainWindow window(&session);
    window.resize(windowSize);
    window.show();
    bool ok = true;

    ListPage *coes = window.pageNamed(QStringLiteral("coesPage"));
    ok = settle([&] { return hasRows(coes); }) && shoot(&window, out, QStringLiteral("coe-list.png")) && ok;

    ListPage *actions = window.pageNamed(QStringLiteral("actionsPage"));
    window.showPage(actions);
    ok = settle([&] { return hasRows(actions); }) && shoot(&window, out, QStringLiteral("action-items.png")) && ok;

    showSection(window, MainWindow::tr("Dashboard"));
    ok = settle([&] { return !window.dashboard()->dashboard().coeIds.isEmpty(); })
        && shoot(&window, out, QStringLiteral("dashboard.png")) && ok;

    // A COE in review: every section filled and still open to comments.
    // Open at the Five Whys, the part a wiki page does worst.
    if (CoeWindow *coe = window.coeWindows()->open(6)) {
        // Laid out first, so the form knows where the section is to scroll to.
        coe->resize(windowSize);
        coe->show();
        QCoreApplication::processEvents();
        coe->form()->goToSection(CoeSection::Whys);
        ok = shoot(coe, out, QStringLiteral("coe-window.png")) && ok;
    } else {
        ok = false;
    }

    // The review in progress, on the answer that found a gap: its notes
    // say what is missing and an action item follows it.
    if (OrrWindow *orr = window.orrWindows()->open(2)) {
        for (const OrrAnswer &answer : orr->context().review.answers)
            if (answer.state == AnswerState::NotMet)
                orr->axiomTree()->selectAxiom(answer.axiomId);
        ok = shoot(orr, out, QStringLiteral("orr-review.png")) && ok;
    } else {
        ok = false;
    }

    if (!ok)
        std::fprintf(stderr, "closeloop-screenshots: not every screen could be drawn as asked; see above\n");
    return ok ? 0 : 1;
}
