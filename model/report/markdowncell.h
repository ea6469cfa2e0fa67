#pragma once

#include <QString>

#include <string>

namespace closeloop {

// A value inside a Markdown table cell: one line, no column breaks, and a
// dash rather than an empty cell so that a reader sees it was not given.
inline std::string markdownCell(const QString &text)
{
    QString t = text.simplified();
    t.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return (t.isEmpty() ? QStringLiteral("–") : t).toStdString();
}

} // namespace closeloop
