#include "reportdestination.h"

#include "prompts.h"

#include <QCoreApplication>

namespace closeloop {

std::optional<ReportDestination> askReportDestination(QWidget *parent, const QString &title, const QString &suggestedBaseName)
{
    const ReportFormat formats[] = { ReportFormat::Markdown, ReportFormat::Html, ReportFormat::Pdf };
    const QStringList filters {
        QCoreApplication::translate("closeloop::ReportDestination", "Markdown (*.md)"),
        QCoreApplication::translate("closeloop::ReportDestination", "Web page (*.html)"),
        QCoreApplication::translate("closeloop::ReportDestination", "PDF document (*.pdf)"),
    };
    QString chosen = filters.first();
    QString path = Prompts::saveFile(parent, title, suggestedBaseName + QStringLiteral(".md"), filters.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty())
        return std::nullopt;
    if (const auto typed = reportFormatOfFile(path))
        return ReportDestination { path, *typed };
    const ReportFormat format = formats[std::max<qsizetype>(0, filters.indexOf(chosen))];
    return ReportDestination { path + QLatin1Char('.') + reportSuffix(format), format };
}

} // namespace closeloop
