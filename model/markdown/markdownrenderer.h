#pragma once

#include <QString>

namespace closeloop {

// GitHub-flavoured Markdown to HTML through cmark-gfm, with tables, task
// lists, strikethrough and autolinks. Raw HTML is dropped; links lead only
// to http, https and mailto (any other becomes its text); no image is
// embedded (one on the web becomes a link to it): nothing a user pastes can
// run, reach local files, or call out when a report is read. Thread-safe:
// no shared state.
class MarkdownRenderer final {
public:
    static QString toHtml(const QString &markdown);
};

} // namespace closeloop
