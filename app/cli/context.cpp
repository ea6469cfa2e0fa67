#include "command.h"


namespace closeloop::cli {

std::unique_ptr<Database> Context::open(bool create) const
{
    OpenOptions options;
    options.create = create;
    return open(options);
}

std::unique_ptr<Database> Context::openToRead() const
{
    OpenOptions options;
    options.checkPages = false;
    return open(options);
}

std::unique_ptr<Database> Context::open(OpenOptions options) const
{
    options.path = dbPath;
    options.mapForReading = true; // commands read in bulk (export, search, reports)
    if (!pgConninfo.isEmpty()) {
        auto connection = PgConnection::parse(pgConninfo);
        if (!connection) {
            err << program << ": --pg: " << connection.errorMessage() << Qt::endl;
            return nullptr;
        }
        auto db = Database::openPostgres(connection.value(), options);
        if (!db) {
            err << program << ": " << db.errorMessage() << Qt::endl;
            return nullptr;
        }
        return std::move(db).value();
    }
    auto db = Database::openSqlite(options);
    if (!db) {
        err << program << ": " << db.errorMessage() << Qt::endl;
        return nullptr;
    }
    return std::move(db).value();
}

std::optional<int> parseArguments(QCommandLineParser &parser, const Command &command, const QStringList &args, Context &ctx)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList { command.name() } + args)) {
        ctx.err << ctx.program << ' ' << command.name() << ": " << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return Ok;
    }
    return std::nullopt;
}

} // namespace closeloop::cli
