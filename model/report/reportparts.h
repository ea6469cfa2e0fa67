#pragma once

#include <QString>

#include <string>

namespace closeloop {

// Pieces every Markdown report shares.

// A value inside a Markdown table cell: one line, no column breaks, and a
// dash rather than an empty cell so that a reader sees it was not given.
std::string markdownCell(const QString &text);

// A report template compiled in from templates/ (e.g. "coe.md.mustache").
// Templates are part of the program: a missing one reads as empty, and
// the report tests fail first.
std::string builtInTemplate(const QString &fileName);

} // namespace closeloop
