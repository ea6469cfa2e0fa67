#include "../command.h"

#include "storage/recordexchange.h"

#include <QCommandLineParser>
#include <QDir>

namespace closeloop::cli {

int importMarkdown(const QStringList &args, Context &ctx, const Command &command);

namespace {

class ImportCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return QStringLiteral("Bring records in: `import json FILE` (a Closeloop export) or `import md FILE...` (postmortems written elsewhere).");
    }

    int run(const QStringList &args, Context &ctx) override
    {
        const QString kind = args.value(0);
        if (kind == QLatin1String("md"))
            return importMarkdown(args.mid(1), ctx, *this);
        if (kind == QLatin1String("json"))
            return importJson(args.mid(1), ctx);
        if (kind == QLatin1String("--help") || kind == QLatin1String("-h")) {
            ctx.out << summary() << '\n';
            return Ok;
        }
        ctx.err << ctx.program << " import: use `import json FILE` or `import md FILE... [--dry-run] [--json]`" << Qt::endl;
        return UsageError;
    }

private:
    int importJson(const QStringList &args, Context &ctx)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral("Import a file written by `export ... --format json`, in one transaction: everything or nothing. "
                                                        "Records already in the database (the same person, service, axiom version, or COE) are kept as they are."));
        parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The JSON file."));
        if (const auto stop = parseArguments(parser, *this, args, ctx))
            return *stop;
        if (parser.positionalArguments().size() != 1) {
            ctx.err << ctx.program << " import json: give one file, e.g. import json backup.json" << Qt::endl;
            return UsageError;
        }
        const QString path = parser.positionalArguments().constFirst();
        auto file = readRecordFile(path);
        if (!file) {
            ctx.err << ctx.program << " import json: " << file.errorMessage() << Qt::endl;
            return UsageError;
        }
        auto db = ctx.open(true);
        if (!db)
            return UsageError;
        auto outcome = importRecords(*db, file.value(), QDir::toNativeSeparators(path));
        if (!outcome) {
            ctx.err << ctx.program << " import json: " << outcome.errorMessage() << Qt::endl;
            return UsageError;
        }
        ctx.out << outcome.value().summary() << '\n'
                << "Imported " << outcome.value().addedTotal() << " rows from " << QDir::toNativeSeparators(path) << "." << Qt::endl;
        return Ok;
    }
};

} // namespace

Command *makeImportCommand()
{
    static ImportCommand command;
    return &command;
}

} // namespace closeloop::cli
