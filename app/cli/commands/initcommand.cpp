#include "../command.h"

#include "orr/axiomlibrary.h"
#include "storage/migrator.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace closeloop::cli {

namespace {

class InitCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override { return QStringLiteral("Create an empty database (or bring an existing one up to date)."); }

    int run(const QStringList &args, Context &ctx) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary());
        if (const auto stop = parseArguments(parser, *this, args, ctx))
            return *stop;
        if (!parser.positionalArguments().isEmpty()) {
            ctx.err << ctx.program << " init: unexpected argument " << parser.positionalArguments().constFirst()
                    << " (choose the file with --db PATH)" << Qt::endl;
            return UsageError;
        }
        const bool existed = ctx.pgConninfo.isEmpty() && QFileInfo::exists(ctx.dbPath);
        auto db = ctx.open(!existed);
        if (!db)
            return UsageError;
        if (db->isShared()) {
            // A server's schema is made or upgraded on connecting; the
            // library install brings an installed set up to date, so a
            // second init is harmless.
            ctx.out << "Connected to " << db->path() << " (schema version " << db->schemaVersion() << ")" << Qt::endl;
            auto installed = installBuiltInAxiomLibrary(*db);
            if (!installed) {
                ctx.err << ctx.program << " init: " << installed.errorMessage() << Qt::endl;
                return Failed;
            }
            ctx.out << "The shipped ORR axiom library: " << installed.value().added << " added, "
                    << installed.value().unchanged << " already there" << Qt::endl;
            return Ok;
        }
        ctx.out << (existed ? "Already a Closeloop database: " : "Created ") << db->path()
                << " (schema version " << db->schemaVersion() << ")" << Qt::endl;
        if (!existed) {
            auto installed = installBuiltInAxiomLibrary(*db);
            if (!installed) {
                ctx.err << ctx.program << " init: the shipped ORR axiom library was not installed: " << installed.errorMessage()
                        << " Run `orr install` to try again." << Qt::endl;
                return Failed;
            }
            ctx.out << "Installed the shipped ORR axiom library (" << installed.value().added << " axioms)" << Qt::endl;
        }
        return Ok;
    }
};

} // namespace

Command *makeInitCommand()
{
    static InitCommand command;
    return &command;
}

} // namespace closeloop::cli
