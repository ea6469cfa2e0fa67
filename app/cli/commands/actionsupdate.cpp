// closeloop-cli actions update: the tracker's bulk edit for scripts. The
// same rules as the GUI, in one transaction: every item changes or none.
#include "../command.h"

#include "actions/bulkedit.h"
#include "storage/actionitemrepository.h"
#include "storage/personrepository.h"

#include <QCommandLineParser>

namespace closeloop::cli {

namespace {

class ActionsUpdateCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("actions update"); }
    QString summary() const override
    {
        return QStringLiteral("Change the status, owner or due date of action items ID[,ID...] in one step.");
    }

    int run(const QStringList &args, Context &ctx) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary());
        parser.addPositionalArgument(QStringLiteral("IDS"), QStringLiteral("Item ids, separated by commas or spaces."));
        const QCommandLineOption status(QStringLiteral("status"), QStringLiteral("New status: open, in_progress, done, wont_do."), QStringLiteral("S"));
        const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why the items will not be done (required with wont_do)."), QStringLiteral("TEXT"));
        const QCommandLineOption owner(QStringLiteral("owner"), QStringLiteral("New owner: a person's full name, or \"none\"."), QStringLiteral("NAME"));
        const QCommandLineOption due(QStringLiteral("due"), QStringLiteral("New due date YYYY-MM-DD, or \"none\"."), QStringLiteral("DATE"));
        for (const auto &o : { status, reason, owner, due })
            parser.addOption(o);
        if (const auto stop = parseArguments(parser, *this, args, ctx))
            return *stop;
        auto usage = [&ctx](const QString &message) {
            ctx.err << ctx.program << " actions update: " << message << Qt::endl;
            return UsageError;
        };

        QList<Id> ids;
        for (const QString &arg : parser.positionalArguments()) {
            for (const QString &part : arg.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                const Id id = part.trimmed().toLongLong(&ok);
                if (!ok || id <= 0)
                    return usage(QStringLiteral("\"%1\" is not an item id; ids are whole numbers, as `actions` lists them").arg(part));
                ids.append(id);
            }
        }
        if (ids.isEmpty())
            return usage(QStringLiteral("name the items to change, e.g. `actions update 12,14 --status done`"));

        BulkEdit edit;
        if (parser.isSet(status)) {
            const auto s = enumFromKey<ActionStatus>(parser.value(status));
            if (!s)
                return usage(QStringLiteral("unknown status \"%1\"; use open, in_progress, done or wont_do").arg(parser.value(status)));
            edit.status = *s;
            edit.statusReason = parser.value(reason);
        }
        if (parser.isSet(due)) {
            const QString value = parser.value(due);
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (value != QLatin1String("none") && !date.isValid())
                return usage(QStringLiteral("\"%1\" is not a date; use YYYY-MM-DD or none").arg(value));
            edit.due = value == QLatin1String("none") ? std::optional<QDate>() : std::optional<QDate>(date);
        }

        auto db = ctx.open(false);
        if (!db)
            return UsageError;
        if (parser.isSet(owner)) {
            const QString name = parser.value(owner);
            if (name == QLatin1String("none")) {
                edit.owner = OptionalId();
            } else {
                auto person = PersonRepository(*db).findByName(name);
                if (!person) {
                    ctx.err << ctx.program << " actions update: " << person.errorMessage() << Qt::endl;
                    return Failed;
                }
                if (!person.value())
                    return usage(QStringLiteral("\"%1\" is not among the people in this database; use a full name as the "
                                                "app lists it, or assign the item in the app, which offers to add someone new")
                                     .arg(name));
                edit.owner = OptionalId(person.value()->id);
            }
        }

        ActionItemRepository repo(*db);
        QList<ActionItem> before;
        for (Id id : std::as_const(ids)) {
            auto item = repo.load(id);
            if (!item)
                return usage(item.errorMessage());
            before.append(item.value());
        }
        auto after = applyBulkEdit(before, edit, QDate::currentDate());
        if (!after)
            return usage(after.errorMessage());
        QList<ActionItem> items = std::move(after).value();
        if (auto s = repo.updateAll(items); !s) {
            ctx.err << ctx.program << " actions update: " << s.errorMessage() << " Nothing was changed." << Qt::endl;
            return Failed;
        }
        ctx.out << "Changed " << edit.describe(int(items.size()), parser.value(owner)) << Qt::endl;
        return Ok;
    }
};

} // namespace

Command *makeActionsUpdateCommand()
{
    static ActionsUpdateCommand command;
    return &command;
}

} // namespace closeloop::cli
