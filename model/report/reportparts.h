#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

#include <string>

namespace closeloop {

// Pieces every Markdown report shares. User text is plain text: whatever a
// person typed reads the same in the report, and nothing they type can
// open a heading, a list, a quote, a code block, a table or raw HTML.

// A value inside a Markdown table cell: one line, no column breaks, and a
// dash rather than an empty cell so that a reader sees it was not given.
std::string markdownCell(const QString &text);

// Several lines of typed text as Markdown paragraphs: blank lines separate
// paragraphs, single line breaks stay line breaks.
QString markdownText(const QString &text);

// One line of typed text inside a paragraph or a heading.
QString markdownInline(const QString &text);

// A link target that stays one token whatever it contains.
QString markdownLinkTarget(const QString &url);

// Writes a whole file or nothing: a crash or a full disk never leaves half
// a report where an old one was. The error names the file.
Status writeWholeFile(const QString &path, const QByteArray &bytes);

// A report template compiled in from templates/reports/ (e.g.
// "coe.md.mustache"), ignoring the user's template folder.
std::string builtInTemplate(const QString &fileName);

} // namespace closeloop
