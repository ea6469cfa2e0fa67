// closeloop-cli spin: the weekly operations review's wheel.
#include "../command.h"

#include "workinggroup/wheeldraw.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace closeloop::cli {

namespace {

class SpinCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("spin"); }
    QString summary() const override
    {
        return QStringLiteral("Spin the wheel: pick services to present at the weekly operations review, favouring those not picked recently.");
    }

    int run(const QStringList &args, Context &ctx) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary() + QStringLiteral(" The spin is recorded (so the next one knows whose turn "
                                                                    "is overdue) unless --dry-run is given; the same --seed "
                                                                    "on the same history draws the same services."));
        const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("How many services to pick (default 2)."), QStringLiteral("N"), QStringLiteral("2"));
        const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed for a reproducible draw (0 to 4294967295)."), QStringLiteral("S"));
        const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
        const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Draw without recording the spin."));
        parser.addOptions({ count, seed, json, dryRun });
        if (const auto stop = parseArguments(parser, *this, args, ctx))
            return *stop;
        bool ok = false;
        const int n = parser.value(count).toInt(&ok);
        if (!ok || n < 1 || n > 20) {
            ctx.err << ctx.program << " spin: --count must be a whole number from 1 to 20, e.g. --count 2" << Qt::endl;
            return UsageError;
        }
        quint32 s = QRandomGenerator::global()->generate();
        if (parser.isSet(seed)) {
            s = parser.value(seed).toUInt(&ok);
            if (!ok) {
                ctx.err << ctx.program << " spin: --seed must be a whole number from 0 to 4294967295" << Qt::endl;
                return UsageError;
            }
        }
        auto db = ctx.open(false);
        if (!db)
            return UsageError;
        auto draw = drawWheel(*db, n, s, !parser.isSet(dryRun));
        if (!draw) {
            ctx.err << ctx.program << " spin: " << draw.errorMessage() << Qt::endl;
            return Failed;
        }
        const QList<WheelPick> picked = draw->picked;
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const WheelPick &p : picked) {
                const WheelCandidate &c = p.candidate;
                const ServiceSummary &sum = p.summary;
                list.append(QJsonObject { { QStringLiteral("service"), c.name },
                                          { QStringLiteral("service_id"), c.serviceId },
                                          { QStringLiteral("team"), sum.service.team },
                                          { QStringLiteral("spins_waited"), c.spinsWaited },
                                          { QStringLiteral("coes"), sum.coeCount },
                                          { QStringLiteral("open_action_items"), sum.openActionItems },
                                          { QStringLiteral("last_orr"), sum.lastReviewDate.isValid() ? QJsonValue(sum.lastReviewDate.toString(Qt::ISODate)) : QJsonValue() } });
            }
            ctx.out << QJsonDocument(QJsonObject { { QStringLiteral("seed"), qint64(s) },
                                                   { QStringLiteral("recorded"), !parser.isSet(dryRun) },
                                                   { QStringLiteral("picked"), list } })
                           .toJson(QJsonDocument::Indented);
            return Ok;
        }
        for (const WheelPick &p : picked) {
            const WheelCandidate &c = p.candidate;
            const ServiceSummary &sum = p.summary;
            ctx.out << c.name << (sum.service.team.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(sum.service.team)) << '\t'
                    << sum.coeCount << " COEs, " << sum.openActionItems << " open action items, last ORR "
                    << (sum.lastReviewDate.isValid() ? sum.lastReviewDate.toString(Qt::ISODate) : QStringLiteral("never")) << '\n';
        }
        ctx.out << "seed " << s << (parser.isSet(dryRun) ? " (not recorded)" : "") << Qt::endl;
        return Ok;
    }
};

} // namespace

Command *makeSpinCommand()
{
    static SpinCommand command;
    return &command;
}

} // namespace closeloop::cli
