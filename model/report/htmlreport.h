#pragma once

#include <QString>

namespace closeloop {

// A Markdown report as a standalone HTML page: cmark-gfm's rendering (raw
// HTML dropped, no javascript:, file: or data: links) inside a page with the
// report stylesheet (templates/reports/report.css, which the user template
// folder can replace) that prints well.
QString reportHtml(const QString &markdown, const QString &title);

} // namespace closeloop
