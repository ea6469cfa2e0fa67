#include "htmlreport.h"

#include "markdown/markdownrenderer.h"
#include "reporttemplates.h"

namespace closeloop {

QString reportHtml(const QString &markdown, const QString &title)
{
    const QString css = ReportTemplates::text(QStringLiteral("report.css"));
    return QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"generator\" content=\"Closeloop\">\n<title>%1</title>\n<style>\n%2</style>\n</head>\n"
                          "<body>\n%3</body>\n</html>\n")
        .arg(title.toHtmlEscaped(), css, MarkdownRenderer::toHtml(markdown));
}

} // namespace closeloop
