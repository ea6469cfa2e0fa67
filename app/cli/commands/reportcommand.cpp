// closeloop-cli report working-group: the safety working group's report.
#include "../command.h"

#include "report/workinggroupreport.h"
#include "storage/servicerepository.h"

#include <QCommandLineParser>
#include <QDir>

namespace closeloop::cli {

namespace {

std::optional<QDate> parseDate(const QString &text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

class ReportCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return QStringLiteral("Write a report as Markdown: 'report working-group --from DATE --to DATE -o FILE'.");
    }

    int run(const QStringList &args, Context &ctx) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary() + QStringLiteral(
            " The working group's report holds the dashboard's figures as tables, its charts as SVG images in"
            " FILE-charts/ beside the report, recurring patterns, proposals, findings and their outcomes, and axiom"
            " effectiveness. The period defaults to the twelve whole months up to today."));
        parser.addPositionalArgument(QStringLiteral("kind"), QStringLiteral("working-group"));
        const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day, e.g. 2026-01-01."), QStringLiteral("DATE"));
        const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day, e.g. 2026-06-30."), QStringLiteral("DATE"));
        const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") }, QStringLiteral("The Markdown file to write."), QStringLiteral("FILE"));
        const QCommandLineOption service(QStringLiteral("service"), QStringLiteral("Only this service (repeatable)."), QStringLiteral("NAME"));
        const QCommandLineOption team(QStringLiteral("team"), QStringLiteral("Only this team (repeatable)."), QStringLiteral("TEAM"));
        const QCommandLineOption severity(QStringLiteral("severity"), QStringLiteral("Only this severity, 1 to 5 (repeatable)."), QStringLiteral("N"));
        parser.addOptions({ from, to, output, service, team, severity });
        if (const auto stop = parseArguments(parser, *this, args, ctx))
            return *stop;
        const QString prefix = ctx.program + QStringLiteral(" report: ");
        if (parser.positionalArguments() != QStringList { QStringLiteral("working-group") }) {
            ctx.err << prefix << "say which report, e.g. report working-group --from 2026-01-01 --to 2026-06-30 -o wg.md" << Qt::endl;
            return UsageError;
        }
        if (!parser.isSet(output)) {
            ctx.err << prefix << "-o FILE is required: the report is written to a file, its charts beside it." << Qt::endl;
            return UsageError;
        }
        const QDate today = QDate::currentDate();
        DashboardFilter filter = defaultFilter(today);
        for (const auto &[option, target] : { std::pair { &from, &filter.from }, std::pair { &to, &filter.to } }) {
            if (!parser.isSet(*option))
                continue;
            const auto d = parseDate(parser.value(*option));
            if (!d) {
                ctx.err << prefix << "--" << option->names().constFirst() << " '" << parser.value(*option)
                        << "' is not a date; write it as YYYY-MM-DD, e.g. 2026-01-31." << Qt::endl;
                return UsageError;
            }
            *target = *d;
        }
        if (filter.from > filter.to) {
            ctx.err << prefix << "--from " << filter.from.toString(Qt::ISODate) << " is after --to "
                    << filter.to.toString(Qt::ISODate) << "; swap them." << Qt::endl;
            return UsageError;
        }
        for (const QString &level : parser.values(severity)) {
            bool ok = false;
            const int n = level.toInt(&ok);
            if (!ok || n < 1 || n > 5) {
                ctx.err << prefix << "--severity '" << level << "' must be a whole number from 1 to 5." << Qt::endl;
                return UsageError;
            }
            filter.severities.insert(n);
        }
        for (const QString &t : parser.values(team))
            filter.teams.insert(t);
        auto db = ctx.openToRead();
        if (!db)
            return UsageError;
        if (parser.isSet(service)) {
            auto services = ServiceRepository(*db).list();
            if (!services) {
                ctx.err << prefix << services.errorMessage() << Qt::endl;
                return Failed;
            }
            const QList<ServiceSummary> known = services.value();
            for (const QString &wanted : parser.values(service)) {
                const auto it = std::find_if(known.cbegin(), known.cend(), [&](const ServiceSummary &s) {
                    return s.service.name.compare(wanted, Qt::CaseInsensitive) == 0;
                });
                if (it == known.cend()) {
                    ctx.err << prefix << "there is no service called '" << wanted << "'; 'closeloop-cli spin --dry-run' "
                            << "and the Services page list them." << Qt::endl;
                    return UsageError;
                }
                filter.serviceIds.insert(it->service.id);
            }
        }
        auto written = writeWorkingGroupReport(*db, filter, today, parser.value(output));
        if (!written) {
            ctx.err << prefix << written.errorMessage() << Qt::endl;
            return Failed;
        }
        for (const QString &path : written.value())
            ctx.out << QDir::toNativeSeparators(path) << '\n';
        ctx.out.flush();
        return Ok;
    }
};

} // namespace

Command *makeReportCommand()
{
    static ReportCommand command;
    return &command;
}

} // namespace closeloop::cli
