#include "htmlreport.h"

#include "markdown/markdownrenderer.h"
#include "reporttemplates.h"

#include <QRegularExpression>

namespace closeloop {

namespace {

// Label/value tables are written "| | |" in Markdown, because GFM needs a
// header row; on a page that row would be an empty shaded bar.
QString withoutEmptyHeaders(QString html)
{
    static const QRegularExpression emptyHead(QStringLiteral("<thead>\\s*<tr>(?:\\s*<th[^>]*>\\s*</th>)+\\s*</tr>\\s*</thead>\\s*"));
    return html.remove(emptyHead);
}

} // namespace

QString reportHtml(const QString &markdown, const QString &title)
{
    const QString css = ReportTemplates::text(QStringLiteral("report.css"));
    return QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"generator\" content=\"Closeloop\">\n<title>%1</title>\n<style>\n%2</style>\n</head>\n"
                          "<body>\n%3</body>\n</html>\n")
        .arg(title.toHtmlEscaped(), css, withoutEmptyHeaders(MarkdownRenderer::toHtml(markdown)));
}

} // namespace closeloop
