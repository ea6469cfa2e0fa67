#include "../command.h"

#include "demo/demodata.h"
#include "demo/organisationgenerator.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
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
        parser.setApplicationDescription(summary() + QStringLiteral(
            " The database is created if it does not exist. With --coes, a large generated organisation instead of "
            "the small demo: services, people, COEs with every section, action items, ORR reviews and findings."));
        const QCommandLineOption coes(QStringLiteral("coes"), QStringLiteral("Generate this many COEs."), QStringLiteral("N"));
        const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (default 1): the same seed and date give the same data."),
                                      QStringLiteral("S"), QStringLiteral("1"));
        const QCommandLineOption asOf(QStringLiteral("as-of"), QStringLiteral("The generated decade ends on this date (default today)."),
                                      QStringLiteral("DATE"));
        parser.addOptions({ coes, seed, asOf });
        if (const auto stop = parseArguments(parser, *this, args, ctx))
            return *stop;
        GeneratorOptions options;
        if (parser.isSet(coes) || parser.isSet(asOf)) {
            bool ok = false;
            options.coes = parser.value(coes).toInt(&ok);
            if (!ok || options.coes < 0) {
                ctx.err << ctx.program << " seed-demo: --coes needs a number of COEs, e.g. --coes 100000" << Qt::endl;
                return UsageError;
            }
            options.seed = parser.value(seed).toUInt(&ok);
            if (!ok) {
                ctx.err << ctx.program << " seed-demo: --seed needs a whole number" << Qt::endl;
                return UsageError;
            }
            if (parser.isSet(asOf)) {
                options.asOf = QDate::fromString(parser.value(asOf), Qt::ISODate);
                if (!options.asOf.isValid()) {
                    ctx.err << ctx.program << " seed-demo: --as-of needs a date as YYYY-MM-DD" << Qt::endl;
                    return UsageError;
                }
            }
        }
        auto db = ctx.open(!ctx.pgConninfo.isEmpty() || !QFileInfo::exists(ctx.dbPath));
        if (!db)
            return UsageError;
        if (parser.isSet(coes)) {
            QElapsedTimer clock;
            clock.start();
            auto made = generateOrganisation(*db, options, [&ctx](int done, int total) {
                if (done % 10000 == 0)
                    ctx.err << "  " << done << " of " << total << " COEs" << Qt::endl;
            });
            if (!made) {
                ctx.err << ctx.program << " seed-demo: " << made.errorMessage() << Qt::endl;
                return UsageError;
            }
            const GeneratedCounts &n = made.value();
            ctx.out << "Generated in " << db->path() << " (seed " << options.seed << ", " << clock.elapsed() << " ms): "
                    << n.coes << " COEs, " << n.actionItems << " action items, " << n.timelineEvents << " timeline events, "
                    << n.whys << " whys, " << n.services << " services, " << n.people << " people, " << n.reviews
                    << " ORR reviews, " << n.findings << " findings" << Qt::endl;
            return Ok;
        }
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
