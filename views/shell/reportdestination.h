#pragma once

#include "print/reportfile.h"

#include <QString>

#include <optional>

class QWidget;

namespace closeloop {

struct ReportDestination {
    QString path;
    ReportFormat format = ReportFormat::Markdown;
};

// Asks where to save a report and in which form: Markdown for a wiki or a
// repository, HTML for a browser, PDF to print or attach. The suffix typed
// decides; without one, the filter chosen does, and its suffix is added.
// None when the person cancelled.
std::optional<ReportDestination> askReportDestination(QWidget *parent, const QString &title, const QString &suggestedBaseName);

} // namespace closeloop
