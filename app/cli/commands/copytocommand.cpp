#include "../command.h"

#include "storage/databasecopy.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace closeloop::cli {

namespace {

// Moves a whole database between a local file and a shared server: the
// source is --db or --pg as for every command, the target is named here.
class CopyToCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("copy-to"); }
    QString summary() const override
    {
        return QStringLiteral("Copy the whole database into an empty one (file to server or back), verified.");
    }

    int run(const QStringList &args, Context &ctx) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary() + QStringLiteral(
            " Every row keeps its id; counts and content checksums are compared on both sides, and any difference "
            "undoes the copy. A target that holds data is refused."));
        const QCommandLineOption toPg(QStringLiteral("to-pg"), QStringLiteral("The shared server to copy into."),
                                      QStringLiteral("CONNINFO"));
        const QCommandLineOption toDb(QStringLiteral("to-db"), QStringLiteral("The database file to copy into (made if missing)."),
                                      QStringLiteral("PATH"));
        const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("No progress on standard error."));
        parser.addOption(toPg);
        parser.addOption(toDb);
        parser.addOption(quiet);
        if (const auto stop = parseArguments(parser, *this, args, ctx))
            return *stop;
        if (parser.isSet(toPg) == parser.isSet(toDb)) {
            ctx.err << ctx.program << " copy-to: name the target with either --to-pg CONNINFO or --to-db PATH." << Qt::endl;
            return UsageError;
        }
        auto source = ctx.open(false);
        if (!source)
            return UsageError;
        Context target { ctx.out, ctx.err, parser.value(toDb), ctx.program, parser.value(toPg) };
        const bool madeFile = parser.isSet(toDb) && !QFileInfo::exists(parser.value(toDb));
        auto to = target.open(true);
        if (!to)
            return UsageError;
        // A file made for the copy holds nothing else: if the copy fails,
        // do not leave an empty database behind that looks like a copy.
        const auto removeMadeFile = [&to, madeFile, path = parser.value(toDb)] {
            if (!madeFile)
                return;
            to.reset();
            for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
                QFile::remove(path + suffix);
        };

        QString lastTable;
        const bool showProgress = !parser.isSet(quiet);
        auto copied = copyDatabase(*source, *to, [&](qint64 done, qint64 total, const QString &table) {
            if (showProgress && table != lastTable) {
                ctx.err << QStringLiteral("  %1% %2").arg(total ? done * 100 / total : 100, 3).arg(table) << Qt::endl;
                lastTable = table;
            }
            return true;
        });
        if (!copied) {
            ctx.err << ctx.program << " copy-to: " << copied.errorMessage() << Qt::endl;
            removeMadeFile();
            return Failed;
        }
        ctx.out << "Copied " << source->path() << " into " << to->path() << "; verified:\n";
        for (const TableTally &t : copied.value().tables)
            if (t.rows > 0)
                ctx.out << "  " << t.table.leftJustified(18) << QString::number(t.rows).rightJustified(8) << "  sha256 "
                        << t.checksum.left(16) << "\n";
        ctx.out << "  " << QStringLiteral("rows").leftJustified(18) << QString::number(copied.value().totalRows()).rightJustified(8)
                << Qt::endl;
        return Ok;
    }
};

} // namespace

Command *makeCopyToCommand()
{
    static CopyToCommand command;
    return &command;
}

} // namespace closeloop::cli
