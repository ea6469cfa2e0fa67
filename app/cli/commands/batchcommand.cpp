#include "../command.h"

#include <QCommandLineParser>
#include <QProcess>

#include <cstdio>

namespace closeloop::cli {

namespace {

// `batch`: commands read one per line from standard input, against the same
// database, each acknowledged once it is done. A script that runs many
// commands starts one process, and learns of each command's result as it
// happens: "ok" after a command that succeeded (its changes are committed
// by then), "failed N" with its exit code otherwise.
class BatchCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("batch"); }
    QString summary() const override
    {
        return QStringLiteral("Run commands read one per line from standard input, each followed by \"ok\" or \"failed CODE\".");
    }

    int run(const QStringList &args, Context &ctx) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary() + QStringLiteral(
            "\nA line is a command and its arguments as in a shell (quotes group words); empty lines and lines "
            "starting with # are skipped. \"ok\" is printed once the command's changes are saved. Exits 0 when every "
            "command succeeded, 1 otherwise."));
        if (const auto stop = parseArguments(parser, *this, args, ctx))
            return *stop;
        if (!parser.positionalArguments().isEmpty()) {
            ctx.err << ctx.program << " batch: reads its commands from standard input, e.g. closeloop-cli batch < commands.txt" << Qt::endl;
            return UsageError;
        }
        const QList<Command *> commands = allCommands();
        bool allOk = true;
        QTextStream in(stdin);
        for (QString line; in.readLineInto(&line);) {
            const QString trimmed = line.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
                continue;
            const QStringList words = QProcess::splitCommand(trimmed);
            Command *command = nullptr;
            for (Command *c : commands)
                if (!words.isEmpty() && c->name() == words.first() && c != this)
                    command = c;
            int code = UsageError;
            if (!command)
                ctx.err << ctx.program << " batch: \"" << words.value(0) << "\" is not a command; closeloop-cli --help lists them" << Qt::endl;
            else
                code = command->run(words.mid(1), ctx);
            ctx.err.flush();
            ctx.out << (code == Ok ? QStringLiteral("ok") : QStringLiteral("failed %1").arg(code)) << Qt::endl;
            allOk = allOk && code == Ok;
        }
        return allOk ? Ok : Failed;
    }
};

} // namespace

Command *makeBatchCommand()
{
    static BatchCommand command;
    return &command;
}

} // namespace closeloop::cli
