// closeloop: the desktop application. Parses arguments, opens the
// database, shows the window; everything else lives in views/ and model/.
#include "appidentity.h"
#include "memorypolicy.h"
#include "firstrowsprobe.h"
#include "coe/coewindows.h"
#include "lists/listpage.h"
#include "look/actionicons.h"
#include "look/appstyle.h"
#include "look/translations.h"
#include "shell/connectdialog.h"
#include "shell/databasesession.h"
#include "shell/firstpaint.h"
#include "help/tourdialog.h"
#include "shell/mainwindow.h"
#include "shell/settingsdialog.h"
#include "settings/preferences.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace closeloop;

int main(int argc, char *argv[])
{
    setMemoryPolicy();
    QApplication app(argc, argv);
    QApplication::setStyle(new AppStyle); // the application owns it
    setApplicationIdentity();
    installTranslations();
    QApplication::setApplicationDisplayName(QStringLiteral("Closeloop"));
    // Matches the installed desktop file, so the window gets its icon and
    // name from it under Wayland and in task switchers.
    QGuiApplication::setDesktopFileName(QStringLiteral("dev.closeloop.Closeloop"));
    QApplication::setWindowIcon(applicationIcon());
    QLoggingCategory::setFilterRules(QStringLiteral("closeloop.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Closeloop: Correction-of-Error and Operational Readiness reviews."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Open this database file instead of the default."), QStringLiteral("PATH"));
    const QCommandLineOption noDemo(QStringLiteral("no-demo"), QStringLiteral("Do not fill a newly created default database with demo data."));
    // For CI: start, load every list, print what was loaded, quit.
    QCommandLineOption smoke(QStringLiteral("smoke-test"), QStringLiteral("Start, load the lists, print their counts and quit."));
    smoke.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption openCoe(QStringLiteral("coe"), QStringLiteral("Open the COE with this id in its own window."), QStringLiteral("ID"));
    // For scripts/bench.sh: quit once the COE list has painted its first rows.
    QCommandLineOption firstRows(QStringLiteral("bench-first-rows"), QStringLiteral("Quit once the COE list shows its first rows."));
    firstRows.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption pg(QStringLiteral("pg"), QStringLiteral("Connect to this team database (libpq conninfo or URI); "
                                                                   "the password comes from it or the keychain."),
                                QStringLiteral("CONNINFO"));
    parser.addOptions({ db, pg, noDemo, smoke, openCoe, firstRows });
    parser.process(app);

    QSettings settings;
    // Said in the window, where a person sees it, once it is shown.
    const Status migrated = Preferences::migrate(settings);
    const Preferences preferences = Preferences::load(settings);
    applyPreferences(preferences);

    DatabaseSession session;
    // The file's page check starts once the window has painted (below).
    session.holdBackgroundChecks();
    QString problem;
    if (parser.isSet(pg) || (!parser.isSet(db) && session.lastWasShared())) {
        // A team database that cannot be reached leaves none open rather
        // than quietly switching to a local file nobody else sees.
        if (auto s = ConnectDialog::reconnect(session, parser.value(pg)); !s)
            problem = s.errorMessage();
    } else if (parser.isSet(db)) {
        // An explicit path must already exist: a typo never creates a stray database.
        if (auto s = session.open(parser.value(db), false); !s)
            problem = s.errorMessage();
    } else {
        const QString path = preferences.databaseToOpen();
        const bool firstStart = !QFileInfo::exists(path);
        if (auto s = session.open(path, firstStart); !s)
            problem = s.errorMessage();
        // The demo fills only the standard file on a first start, never a
        // file someone chose in Settings.
        else if (firstStart && preferences.defaultDatabase.isEmpty() && !parser.isSet(noDemo))
            if (auto seeded = session.seedDemo(); !seeded)
                problem = seeded.errorMessage();
    }

    MainWindow window(&session);
    afterFirstPaint(&window, [&session] { session.releaseBackgroundChecks(); });
    if (parser.isSet(firstRows))
        new FirstRowsProbe(window.page(0)->table());
    if (!migrated)
        problem = problem.isEmpty() ? migrated.errorMessage() : problem + QLatin1Char('\n') + migrated.errorMessage();
    if (!problem.isEmpty())
        window.showProblem(problem);
    window.show();
    if (!parser.isSet(smoke) && !parser.isSet(firstRows))
        TourDialog::showIfNew(&window);
    if (parser.isSet(openCoe))
        window.coeWindows()->open(parser.value(openCoe).toLongLong());

    if (parser.isSet(smoke)) {
        QTimer::singleShot(0, &window, [&] {
            for (int i = 0; i < window.pageCount(); ++i)
                std::printf("%s: %s\n", qPrintable(window.page(i)->title()), qPrintable(window.page(i)->countText()));
            if (!window.problem().isEmpty())
                std::fprintf(stderr, "problem: %s\n", qPrintable(window.problem()));
            std::fflush(stdout);
            QApplication::exit(window.problem().isEmpty() ? 0 : 1);
        });
    }
    return QApplication::exec();
}
