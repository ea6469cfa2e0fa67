#include "../command.h"

#include "actions/actionexport.h"
#include "actions/actionfilter.h"
#include "storage/actionitemrepository.h"
#include "storage/actionlistreader.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace closeloop::cli {

Command *makeActionsUpdateCommand();

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

// Every action item in the database, filtered as the tracker filters;
// `actions update` changes them.
class ActionsCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("actions"); }
    QString summary() const override { return QStringLiteral("List action items across COEs, ORRs and findings, with filters."); }

    int run(const QStringList &args, Context &ctx) override
    {
        if (args.value(0) == QLatin1String("update"))
            return makeActionsUpdateCommand()->run(args.mid(1), ctx);
        QCommandLineParser parser;
        parser.setApplicationDescription(summary());
        const QCommandLineOption overdue(QStringLiteral("overdue"), QStringLiteral("Only open items past their due date."));
        const QCommandLineOption owner(QStringLiteral("owner"), QStringLiteral("Only items owned by NAME (full or first name)."), QStringLiteral("NAME"));
        const QCommandLineOption service(QStringLiteral("service"), QStringLiteral("Only items of the service NAME."), QStringLiteral("NAME"));
        const QCommandLineOption status(QStringLiteral("status"), QStringLiteral("Only items with status S: open, in_progress, done, wont_do (repeatable)."), QStringLiteral("S"));
        const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
        const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("Print CSV (RFC 4180) with a header row."));
        const QCommandLineOption digest(QStringLiteral("digest"), QStringLiteral("Print a follow-up digest per owner as Markdown (unfinished items only)."));
        for (const auto &o : { overdue, owner, service, status, json, csv, digest })
            parser.addOption(o);
        if (const auto stop = parseArguments(parser, *this, args, ctx))
            return *stop;

        ActionFilter filter;
        filter.overdueOnly = parser.isSet(overdue);
        filter.owner = parser.value(owner);
        filter.service = parser.value(service);
        for (const QString &s : parser.values(status)) {
            const auto st = enumFromKey<ActionStatus>(s);
            if (!st) {
                ctx.err << ctx.program << " actions: unknown status \"" << s << "\"; use open, in_progress, done or wont_do" << Qt::endl;
                return UsageError;
            }
            filter.statuses << *st;
        }

        auto db = ctx.open(false);
        if (!db)
            return UsageError;
        // Filtered in SQL, by due date (undated last), then priority.
        const QDate today = QDate::currentDate();
        ActionListQuery query;
        query.filter = filter;
        query.today = today;
        auto found = ActionListReader(*db).all(query);
        if (!found) {
            ctx.err << ctx.program << " actions: " << found.errorMessage() << Qt::endl;
            return Failed;
        }
        const QList<ActionItemSummary> items = std::move(found).value();

        if (int(parser.isSet(json)) + int(parser.isSet(csv)) + int(parser.isSet(digest)) > 1) {
            ctx.err << ctx.program << " actions: choose one of --json, --csv and --digest" << Qt::endl;
            return UsageError;
        }
        if (parser.isSet(csv)) {
            ctx.out << actionsToCsv(items, today);
            ctx.out.flush();
            return Ok;
        }
        if (parser.isSet(digest)) {
            ctx.out << followUpDigest(items, today);
            ctx.out.flush();
            return Ok;
        }
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const ActionItemSummary &s : std::as_const(items)) {
                const ActionItem &i = s.item;
                const StrengthVerdict strength = classifyStrength(i);
                array.append(QJsonObject {
                    { QStringLiteral("id"), i.id },
                    { QStringLiteral("title"), i.title },
                    { QStringLiteral("owner"), orNull(s.ownerName) },
                    { QStringLiteral("due"), i.due ? QJsonValue(i.due->toString(Qt::ISODate)) : QJsonValue() },
                    { QStringLiteral("overdue"), i.isOverdue(today) },
                    { QStringLiteral("status"), enumKey(i.status) },
                    { QStringLiteral("priority"), QStringLiteral("P%1").arg(i.priority) },
                    { QStringLiteral("type"), enumKey(i.type) },
                    { QStringLiteral("strength"), enumKey(strength.strength) },
                    { QStringLiteral("strength_reason"), strength.reason },
                    { QStringLiteral("service"), orNull(s.serviceName) },
                    { QStringLiteral("tracker"), orNull(i.trackerRef) },
                    { QStringLiteral("source"), QJsonObject { { QStringLiteral("kind"), enumKey(i.source) },
                                                              { QStringLiteral("id"), i.sourceId },
                                                              { QStringLiteral("title"), s.sourceTitle } } },
                });
            }
            ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return Ok;
        }
        for (const ActionItemSummary &s : std::as_const(items)) {
            const ActionItem &i = s.item;
            ctx.out << i.id << '\t' << (i.due ? i.due->toString(Qt::ISODate) : QStringLiteral("-")) << (i.isOverdue(today) ? QStringLiteral(" overdue") : QString())
                    << "\tP" << i.priority << '\t' << enumKey(i.status) << '\t' << enumKey(classifyStrength(i).strength) << '\t'
                    << (s.ownerName.isEmpty() ? QStringLiteral("(no owner)") : s.ownerName) << '\t' << i.title << '\t'
                    << enumKey(i.source) << ' ' << i.sourceId << '\n';
        }
        ctx.out << items.size() << (items.size() == 1 ? " item" : " items") << Qt::endl;
        return Ok;
    }
};

} // namespace

Command *makeActionsCommand()
{
    static ActionsCommand command;
    return &command;
}

} // namespace closeloop::cli
