#include "../command.h"

#include "demo/demodata.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace closeloop::cli {

namespace {

class SeedDemoCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("seed-demo"); }
    QString summary() const override { return QStringLiteral("Fill an empty database with the demo data set."); }

    int run(const QStringList &args, Context &ctx) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary() + QStringLiteral(" The database is created if it does not exist."));
        if (const auto stop = parseArguments(parser, *this, args, ctx))
            return *stop;
        auto db = ctx.open(!ctx.pgConninfo.isEmpty() || !QFileInfo::exists(ctx.dbPath));
        if (!db)
            return UsageError;
        if (auto seeded = seedDemoData(*db); !seeded) {
            ctx.err << ctx.program << ": " << seeded.errorMessage() << Qt::endl;
            return UsageError;
        }
        ctx.out << "Filled " << db->path() << " with the demo data set." << Qt::endl;
        return Ok;
    }
};

} // namespace

Command *makeSeedDemoCommand()
{
    static SeedDemoCommand command;
    return &command;
}

} // namespace closeloop::cli
