#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

#include <string>

namespace closeloop {

// Report wording is English whatever language the window speaks: the
// templates around it are English, a report is shared across a whole
// organisation, and a mixed-language COE reads worse than either. Errors
// about writing a report are shown in the window and are translated.
inline QString en(const char *text)
{
    return QString::fromUtf8(text);
}

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
// One report is written to a temporary file, flushed to disk and renamed
// over the old one, so a crash never leaves half a file. Many reports into
// one folder are written as they come and the folder flushed once at the
// end (syncFolder): a flush per file made exporting 100,000 COEs a matter
// of hours.
enum class FileWrite { Alone, OneOfMany };
Status writeWholeFile(const QString &path, const QByteArray &bytes, FileWrite mode = FileWrite::Alone);
Status syncFolder(const QString &folder);

// A report template compiled in from templates/reports/ (e.g.
// "coe.md.mustache"), ignoring the user's template folder.
std::string builtInTemplate(const QString &fileName);

} // namespace closeloop
