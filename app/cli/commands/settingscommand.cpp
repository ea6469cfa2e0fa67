#include "../command.h"

#include "actions/duepolicy.h"
#include "storage/backups.h"
#include "storage/settingsrepository.h"

#include <QCommandLineParser>

namespace closeloop::cli {

namespace {

// The team-wide settings stored in the database. Today: the default due
// date of a new action item per priority.
class SettingsCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("settings"); }
    QString summary() const override { return QStringLiteral("Show the team's settings, or set one (settings set KEY VALUE)."); }

    int run(const QStringList &args, Context &ctx) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary() + QStringLiteral("\nKeys: actions.due_days.p0 … actions.due_days.p3, "
                                                                    "the days a new action item of that priority gets; backups.keep, how many backups of the file are kept (1 to 365)."));
        parser.addPositionalArgument(QStringLiteral("set"), QStringLiteral("set KEY VALUE to change a setting"), QStringLiteral("[set KEY VALUE]"));
        if (const auto stop = parseArguments(parser, *this, args, ctx))
            return *stop;
        const QStringList pos = parser.positionalArguments();
        if (!pos.isEmpty() && (pos.size() != 3 || pos.first() != QLatin1String("set"))) {
            ctx.err << ctx.program << " settings: use \"settings\" or \"settings set KEY VALUE\", e.g. settings set actions.due_days.p1 21" << Qt::endl;
            return UsageError;
        }
        auto db = ctx.open(false);
        if (!db)
            return UsageError;
        if (pos.isEmpty()) {
            auto policy = DueDatePolicy::load(*db);
            if (!policy) {
                ctx.err << ctx.program << " settings: " << policy.errorMessage() << Qt::endl;
                return Failed;
            }
            for (int p = 0; p < 4; ++p)
                ctx.out << DueDatePolicy::settingKey(p) << '\t' << policy->days[p] << '\n';
            auto settings = SettingsRepository(*db).all();
            auto backups = settings ? BackupPolicy::fromSettings(settings.value()) : Result<BackupPolicy>(settings.error());
            if (!backups) {
                ctx.err << ctx.program << " settings: " << backups.errorMessage() << Qt::endl;
                return Failed;
            }
            ctx.out << BackupPolicy::settingKey() << '\t' << backups->keep << '\n';
            ctx.out.flush();
            return Ok;
        }
        if (pos[1] == BackupPolicy::settingKey()) {
            bool ok = false;
            const int keep = pos[2].toInt(&ok);
            if (!ok) {
                ctx.err << ctx.program << " settings: \"" << pos[2] << "\" is not a number of backups" << Qt::endl;
                return UsageError;
            }
            if (auto s = BackupPolicy::save(*db, keep); !s) {
                ctx.err << ctx.program << " settings: " << s.errorMessage() << Qt::endl;
                return UsageError;
            }
            return Ok;
        }
        int priority = -1;
        for (int p = 0; p < 4; ++p)
            if (pos[1] == DueDatePolicy::settingKey(p))
                priority = p;
        if (priority < 0) {
            ctx.err << ctx.program << " settings: unknown key \"" << pos[1] << "\"; run \"settings\" to see the keys" << Qt::endl;
            return UsageError;
        }
        bool ok = false;
        const int days = pos[2].toInt(&ok);
        if (!ok) {
            ctx.err << ctx.program << " settings: \"" << pos[2] << "\" is not a number of days" << Qt::endl;
            return UsageError;
        }
        if (auto s = DueDatePolicy::save(*db, priority, days); !s) {
            ctx.err << ctx.program << " settings: " << s.errorMessage() << Qt::endl;
            return UsageError;
        }
        return Ok;
    }
};

} // namespace

Command *makeSettingsCommand()
{
    static SettingsCommand command;
    return &command;
}

} // namespace closeloop::cli
