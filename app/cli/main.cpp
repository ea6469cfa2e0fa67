// closeloop-cli: what automation needs, on the same core as the GUI.
#include "appidentity.h"
#include "memorypolicy.h"
#include "command.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>

using namespace closeloop;

int main(int argc, char *argv[])
{
    setMemoryPolicy();
    // Only PDF export needs Qt Gui (fonts and page layout); it runs on the
    // offscreen platform so the CLI never needs a display.
    bool needsGui = false;
    for (int i = 1; i < argc; ++i)
        needsGui = needsGui || qstrcmp(argv[i], "pdf") == 0 || QByteArray(argv[i]).endsWith(".pdf");
    if (needsGui && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application = needsGui ? std::make_unique<QGuiApplication>(argc, argv)
                                                               : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    setApplicationIdentity();
    // Storage warnings are for developers; users get the message the command prints.
    QLoggingCategory::setFilterRules(QStringLiteral("closeloop.*.info=false\ncloseloop.sql.warning=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString program = QStringLiteral("closeloop-cli");

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Closeloop: Correction-of-Error and Operational Readiness reviews."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    const QCommandLineOption version({ QStringLiteral("v"), QStringLiteral("version") }, QStringLiteral("Show the version."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QStringLiteral("The database file (default: %1).").arg(defaultDatabasePath()), QStringLiteral("PATH"));
    parser.addOption(help);
    parser.addOption(version);
    const QCommandLineOption pgOption(QStringLiteral("pg"),
        QStringLiteral("A shared PostgreSQL database instead of a file: \"host=H dbname=D user=U sslmode=require\" "
                       "or postgresql://U@H/D. The password comes from the string, PGPASSWORD or ~/.pgpass."),
        QStringLiteral("CONNINFO"));
    parser.addOption(dbOption);
    parser.addOption(pgOption);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("The command to run."), QStringLiteral("COMMAND [ARGS...]"));

    const auto usage = [&] {
        QString text = parser.helpText();
        text += QStringLiteral("\nCommands:\n");
        for (cli::Command *c : cli::allCommands())
            text += QStringLiteral("  %1%2\n").arg(c->name().leftJustified(12), c->summary());
        text += QStringLiteral("\nRun \"closeloop-cli COMMAND --help\" for a command's options.\n"
                               "Exit codes: 0 ok, 1 a check failed, 2 usage or input error.\n");
        return text;
    };

    if (!parser.parse(app.arguments())) {
        err << program << ": " << parser.errorText() << "\n\n" << usage();
        return cli::UsageError;
    }
    if (parser.isSet(version)) {
        out << program << " " << QCoreApplication::applicationVersion() << Qt::endl;
        return cli::Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(help) || positional.isEmpty()) {
        (positional.isEmpty() && !parser.isSet(help) ? err : out) << usage();
        return parser.isSet(help) ? cli::Ok : cli::UsageError;
    }

    if (parser.isSet(dbOption) && parser.isSet(pgOption)) {
        err << program << ": use either --db or --pg, not both." << Qt::endl;
        return cli::UsageError;
    }
    cli::Context ctx { out, err, parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath(), program,
                       parser.value(pgOption) };
    for (cli::Command *command : cli::allCommands()) {
        if (command->name() == positional.constFirst())
            return command->run(positional.mid(1), ctx);
    }
    err << program << ": unknown command \"" << positional.constFirst() << "\"\n\n" << usage();
    return cli::UsageError;
}
