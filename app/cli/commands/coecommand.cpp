#include "../command.h"

#include "coe/coechecks.h"
#include "coe/coechoices.h"
#include "coe/coedocument.h"
#include "report/coemarkdown.h"

#include <QCommandLineParser>

namespace closeloop::cli {

namespace {

// What the COE window shows, for scripts: the completeness check a submit
// runs, and the Markdown report of the preview.
class CoeCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("coe"); }
    QString summary() const override
    {
        return QStringLiteral("Check a COE for review (check ID), print its Markdown for the team (show ID), or a report to share outside it (export ID).");
    }

    int run(const QStringList &args, Context &ctx) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary() + QStringLiteral(" `check` exits 1 while findings block the review. "
                                                                    "`export` replaces people's names with their roles unless --team is given."));
        const QCommandLineOption team(QStringLiteral("team"), QStringLiteral("export: keep people's names (a report for the team only)."));
        parser.addOption(team);
        parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("check, show or export"));
        parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("the COE's id"));
        if (const auto stop = parseArguments(parser, *this, args, ctx))
            return *stop;
        const QStringList pos = parser.positionalArguments();
        bool isNumber = false;
        const Id id = pos.value(1).toLongLong(&isNumber);
        const QStringList actions { QStringLiteral("check"), QStringLiteral("show"), QStringLiteral("export") };
        if (pos.size() != 2 || !actions.contains(pos.first()) || !isNumber) {
            ctx.err << ctx.program << " coe: use \"coe check ID\", \"coe show ID\" or \"coe export ID\", e.g. coe check 7" << Qt::endl;
            return UsageError;
        }
        auto db = ctx.open(false);
        if (!db)
            return UsageError;
        auto doc = CoeDocument::load(*db, id);
        if (!doc) {
            ctx.err << ctx.program << " coe: " << doc.errorMessage() << Qt::endl;
            return UsageError;
        }
        const Coe &coe = doc.value()->coe();
        if (pos.first() != QLatin1String("check")) {
            auto names = CoeChoices::load(*db);
            if (!names) {
                ctx.err << ctx.program << " coe: " << names.errorMessage() << Qt::endl;
                return Failed;
            }
            const bool outside = pos.first() == QLatin1String("export") && !parser.isSet(team);
            ctx.out << coeReport(coe, doc.value()->actionItems(), names.value(), outside ? ReportAudience::Outside : ReportAudience::Team);
            return Ok;
        }
        const QList<CoeCheck> checks = completenessCheck(coe, doc.value()->actionItems(), QDateTime::currentDateTimeUtc());
        for (const CoeCheck &c : checks)
            ctx.out << (c.level == CoeCheck::Level::Blocking ? "fix  " : "note ") << enumLabel(c.section) << ": " << c.message << '\n';
        const bool blocking = hasBlocking(checks);
        ctx.out << (blocking ? QStringLiteral("Not ready for review.") : QStringLiteral("Ready for review.")) << Qt::endl;
        return blocking ? Failed : Ok;
    }
};

} // namespace

Command *makeCoeCommand()
{
    static CoeCommand command;
    return &command;
}

} // namespace closeloop::cli
