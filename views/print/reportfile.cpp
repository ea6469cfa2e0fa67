#include "reportfile.h"

#include "report/htmlreport.h"
#include "report/reportparts.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace closeloop {

std::optional<ReportFormat> reportFormatNamed(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return ReportFormat::Markdown;
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return ReportFormat::Html;
    if (n == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatOfFile(const QString &path)
{
    return reportFormatNamed(QFileInfo(path).suffix());
}

QString reportSuffix(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html:
        return QStringLiteral("html");
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Markdown:
        break;
    }
    return QStringLiteral("md");
}

QByteArray renderReport(const QString &markdown, const QString &title, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Markdown:
        return markdown.toUtf8();
    case ReportFormat::Html:
        return reportHtml(markdown, title).toUtf8();
    case ReportFormat::Pdf:
        break;
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Closeloop"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        // QTextDocument::print adds its own 2 cm margin around the text.
        QTextDocument doc;
        // QTextDocument ignores @media print, so the print rules are repeated
        // here; it sizes tables to their content and ignores CSS widths, and
        // on paper a table the width of the text wraps far less.
        QString html = reportHtml(markdown, title);
        html.replace(QStringLiteral("</style>"), QStringLiteral("body { margin: 0; padding: 0; font-size: 10pt; } table { margin: 0.6em 0 1em 0; }\n</style>"));
        html.replace(QStringLiteral("<table>"), QStringLiteral("<table width=\"100%\" cellspacing=\"0\">"));
        doc.setHtml(html);
        doc.print(&writer);
    }
    return bytes;
}

Status writeReport(const QString &markdown, const QString &title, ReportFormat format, const QString &path, FileWrite mode)
{
    return writeWholeFile(path, renderReport(markdown, title, format), mode);
}

} // namespace closeloop
