#include "../command.h"

#include "storage/databasestats.h"
#include "storage/migrator.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace closeloop::cli {

namespace {

// Exit 0 when the database opens, is at the current schema and passes
// PRAGMA integrity_check; 1 when the check finds a problem; 2 when the file
// cannot be used at all (missing, not a database, newer than this program).
class CheckCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override { return QStringLiteral("Check a database: schema version, integrity, row counts."); }

    static Result<std::unique_ptr<Database>> openShared(const Context &ctx)
    {
        auto connection = PgConnection::parse(ctx.pgConninfo);
        if (!connection)
            return connection.error();
        return Database::openPostgres(connection.value(), OpenOptions {});
    }

    int run(const QStringList &args, Context &ctx) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary());
        const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
        parser.addOption(json);
        if (const auto stop = parseArguments(parser, *this, args, ctx))
            return *stop;

        OpenOptions options;
        options.path = ctx.dbPath;
        auto opened = ctx.pgConninfo.isEmpty() ? Database::openSqlite(options) : openShared(ctx);
        if (!opened) {
            const bool damaged = opened.error().kind == Error::Kind::Damaged;
            if (parser.isSet(json)) {
                QJsonObject o { { QStringLiteral("database"), QFileInfo(ctx.dbPath).absoluteFilePath() },
                                { QStringLiteral("integrity"), damaged ? opened.errorMessage() : QString() },
                                { QStringLiteral("error"), opened.errorMessage() } };
                ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            } else {
                ctx.err << ctx.program << ": " << opened.errorMessage() << Qt::endl;
            }
            return damaged ? Failed : UsageError;
        }
        auto db = std::move(opened).value();
        const auto integrity = db->integrityCheck();
        const QString integrityText = integrity ? integrity.value() : integrity.errorMessage();
        const auto counts = countEntities(*db);
        if (!counts) {
            ctx.err << ctx.program << ": " << counts.errorMessage() << Qt::endl;
            return Failed;
        }
        const bool healthy = integrityText == QLatin1String("ok");

        if (parser.isSet(json)) {
            QJsonObject countObject;
            for (const EntityCount &c : counts.value())
                countObject.insert(c.entity, c.count);
            const QJsonObject o {
                { QStringLiteral("database"), db->path() },
                { QStringLiteral("schema_version"), db->schemaVersion() },
                { QStringLiteral("program_schema_version"), Migrator::latestVersion() },
                { QStringLiteral("integrity"), integrityText },
                { QStringLiteral("counts"), countObject },
            };
            ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else {
            ctx.out << "Database:        " << db->path() << "\n"
                    << "Schema version:  " << db->schemaVersion() << "\n"
                    << "Integrity:       " << integrityText << "\n"
                    << "Counts:\n";
            for (const EntityCount &c : counts.value())
                ctx.out << "  " << c.entity.leftJustified(17) << c.count << "\n";
            ctx.out.flush();
        }
        return healthy ? Ok : Failed;
    }
};

} // namespace

Command *makeCheckCommand()
{
    static CheckCommand command;
    return &command;
}

} // namespace closeloop::cli
