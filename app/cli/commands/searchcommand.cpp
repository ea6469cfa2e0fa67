#include "../command.h"

#include "storage/searchrepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace closeloop::cli {

namespace {

class SearchCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override { return QStringLiteral("Full-text search over COEs, best matches first."); }

    int run(const QStringList &args, Context &ctx) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary()
            + QStringLiteral(" Every word must match (as a prefix: \"fail\" finds \"failover\"); \"quoted words\" match as a phrase. "
                             "Looks at titles, summaries and everything written in a COE. Exit 1 when nothing matches."));
        const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
        const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N results (default 20)."), QStringLiteral("N"), QStringLiteral("20"));
        parser.addOptions({ json, limit });
        parser.addPositionalArgument(QStringLiteral("query"), QStringLiteral("What to look for."), QStringLiteral("QUERY..."));
        if (const auto stop = parseArguments(parser, *this, args, ctx))
            return *stop;
        const QString query = parser.positionalArguments().join(QLatin1Char(' '));
        bool ok = false;
        const int n = parser.value(limit).toInt(&ok);
        if (fullTextQuery(query).isEmpty() || !ok || n <= 0) {
            ctx.err << ctx.program << " search: give words to look for, e.g. search \"connection pool\" failover" << Qt::endl;
            return UsageError;
        }
        auto db = ctx.openToRead();
        if (!db)
            return UsageError;
        auto hits = SearchRepository(*db).searchCoes(query, n);
        if (!hits) {
            ctx.err << ctx.program << " search: " << hits.errorMessage() << Qt::endl;
            return Failed;
        }
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const SearchHit &h : hits.value())
                array.append(QJsonObject { { QStringLiteral("id"), h.coeId }, { QStringLiteral("title"), h.title }, { QStringLiteral("status"), h.status },
                                           { QStringLiteral("service"), h.service.isEmpty() ? QJsonValue() : QJsonValue(h.service) },
                                           { QStringLiteral("impact_start"), h.impactStart.isEmpty() ? QJsonValue() : QJsonValue(h.impactStart) },
                                           { QStringLiteral("snippet"), h.snippet } });
            ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const SearchHit &h : hits.value())
                ctx.out << "COE-" << h.coeId << '\t' << h.title << '\t' << (h.service.isEmpty() ? QStringLiteral("–") : h.service) << '\t'
                        << h.snippet.simplified() << '\n';
            if (hits.value().isEmpty())
                ctx.err << "No COE matches \"" << query << "\"." << Qt::endl;
        }
        ctx.out.flush();
        return hits.value().isEmpty() ? Failed : Ok;
    }
};

} // namespace

Command *makeSearchCommand()
{
    static SearchCommand command;
    return &command;
}

} // namespace closeloop::cli
