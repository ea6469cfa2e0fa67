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
    QString summary() const override { return QStringLiteral("Check a COE for review (check ID) or print its Markdown report (show ID)."); }

    int run(const QStringList &args, Context &ctx) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary() + QStringLiteral(" `check` exits 1 while findings block the review."));
        parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("check or show"));
        parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("the COE's id"));
        if (const auto stop = parseArguments(parser, *this, args, ctx))
            return *stop;
        const QStringList pos = parser.positionalArguments();
        bool isNumber = false;
        const Id id = pos.value(1).toLongLong(&isNumber);
        if (pos.size() != 2 || (pos.first() != QLatin1String("check") && pos.first() != QLatin1String("show")) || !isNumber) {
            ctx.err << ctx.program << " coe: use \"coe check ID\" or \"coe show ID\", e.g. coe check 7" << Qt::endl;
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
        if (pos.first() == QLatin1String("show")) {
            auto names = CoeChoices::load(*db);
            if (!names) {
                ctx.err << ctx.program << " coe: " << names.errorMessage() << Qt::endl;
                return Failed;
            }
            ctx.out << coeToMarkdown(coe, doc.value()->actionItems(), names.value());
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
