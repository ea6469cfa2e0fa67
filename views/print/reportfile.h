#pragma once

#include "domain/result.h"

#include "report/reportparts.h"

#include <QString>

#include <optional>

namespace closeloop {

// The forms a report leaves Closeloop in. Markdown is the source; HTML and
// PDF are made from it (Markdown → cmark-gfm → HTML → QTextDocument → PDF),
// so the GUI and the CLI never disagree. PDF needs Qt Gui, which is why
// this lives beside the widgets and not in closeloop-core.
enum class ReportFormat { Markdown, Html, Pdf };

std::optional<ReportFormat> reportFormatNamed(const QString &name);   // "md", "html", "pdf"
std::optional<ReportFormat> reportFormatOfFile(const QString &path);  // by suffix
QString reportSuffix(ReportFormat format);

// The report's bytes in `format` (A4 PDF with the report stylesheet).
QByteArray renderReport(const QString &markdown, const QString &title, ReportFormat format);

// Writes the whole file or nothing.
Status writeReport(const QString &markdown, const QString &title, ReportFormat format, const QString &path,
                   FileWrite mode = FileWrite::Alone);

} // namespace closeloop
