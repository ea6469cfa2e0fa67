// closeloop-cli orr: recertification due dates and the axiom library.
#include "../command.h"
#include "orrexchange.h"

#include "orr/axiomlibrary.h"
#include "orr/recertification.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace closeloop::cli {

namespace {

class OrrCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("orr"); }
    QString summary() const override
    {
        return QStringLiteral("ORR: `orr due` lists services by recertification date; `orr report ID` prints a review as Markdown; "
                              "`orr install [FILE]` installs or updates an axiom library; `orr lens-export SET [FILE]` and "
                              "`orr lens-import FILE` move axiom sets as Well-Architected custom lenses.");
    }

    int run(const QStringList &args, Context &ctx) override
    {
        const QString sub = args.value(0);
        if (sub == QLatin1String("due"))
            return due(args.mid(1), ctx);
        if (sub == QLatin1String("install"))
            return install(args.mid(1), ctx);
        if (sub == QLatin1String("report"))
            return orrReport(args.mid(1), ctx, *this);
        if (sub == QLatin1String("lens-export"))
            return orrLensExport(args.mid(1), ctx, *this);
        if (sub == QLatin1String("lens-import"))
            return orrLensImport(args.mid(1), ctx, *this);
        ctx.err << ctx.program << " orr: use `orr due [--json]`, `orr report ID`, `orr install [FILE]`, "
                                  "`orr lens-export SET [FILE]` or `orr lens-import FILE`" << Qt::endl;
        return UsageError;
    }

private:
    int due(const QStringList &args, Context &ctx)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral("Services by recertification due date, overdue first."));
        const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
        parser.addOption(json);
        if (const auto stop = parseArguments(parser, *this, args, ctx))
            return *stop;
        auto db = ctx.open(false);
        if (!db)
            return UsageError;
        const QDate today = QDate::currentDate();
        auto list = recertificationDue(*db, today);
        if (!list) {
            ctx.err << ctx.program << " orr due: " << list.errorMessage() << Qt::endl;
            return Failed;
        }
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const RecertificationDue &d : list.value())
                array.append(QJsonObject {
                    { QStringLiteral("service"), d.serviceName },
                    { QStringLiteral("service_id"), d.serviceId },
                    { QStringLiteral("last_signed_off"), d.lastSignedOn ? QJsonValue(d.lastSignedOn->toString(Qt::ISODate)) : QJsonValue() },
                    { QStringLiteral("last_review_id"), d.lastReviewId ? QJsonValue(d.lastReviewId) : QJsonValue() },
                    { QStringLiteral("due"), d.due.toString(Qt::ISODate) },
                    { QStringLiteral("days_left"), today.daysTo(d.due) },
                    { QStringLiteral("overdue"), d.isOverdue(today) },
                    { QStringLiteral("reason"), d.reason },
                });
            ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return Ok;
        }
        for (const RecertificationDue &d : list.value()) {
            const qint64 days = today.daysTo(d.due);
            const QString when = days < 0 ? QStringLiteral("overdue by %1 days").arg(-days)
                : days == 0               ? QStringLiteral("due today")
                                          : QStringLiteral("in %1 days").arg(days);
            ctx.out << d.due.toString(Qt::ISODate) << '\t' << when << '\t' << d.serviceName << '\t' << d.reason << '\n';
        }
        ctx.out << list.value().size() << " services" << Qt::endl;
        return Ok;
    }

    int install(const QStringList &args, Context &ctx)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral("Install the shipped axiom library, or FILE, into the database; "
                                                        "changed axioms become new versions."));
        parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("An axiom library JSON file (default: the shipped library)."));
        if (const auto stop = parseArguments(parser, *this, args, ctx))
            return *stop;
        Result<AxiomLibrary> library = Error {};
        if (parser.positionalArguments().isEmpty()) {
            library = builtInAxiomLibrary();
        } else {
            QFile file(parser.positionalArguments().first());
            if (!file.open(QIODevice::ReadOnly)) {
                ctx.err << ctx.program << " orr install: cannot read " << file.fileName() << ": " << file.errorString() << Qt::endl;
                return UsageError;
            }
            library = parseAxiomLibrary(file.readAll(), file.fileName());
        }
        if (!library) {
            ctx.err << ctx.program << " orr install: " << library.errorMessage() << " Nothing was installed." << Qt::endl;
            return UsageError;
        }
        auto db = ctx.open(false);
        if (!db)
            return UsageError;
        return installLibrary(*db, library.value(), ctx, QStringLiteral("install"));
    }
};

} // namespace

Command *makeOrrCommand()
{
    static OrrCommand command;
    return &command;
}

} // namespace closeloop::cli
