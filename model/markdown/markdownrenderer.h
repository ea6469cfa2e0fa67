#pragma once

#include <QString>

namespace closeloop {

// GitHub-flavoured Markdown to HTML through cmark-gfm, with tables, task
// lists, strikethrough and autolinks. Raw HTML is dropped and unsafe links
// (javascript:, file:, data: other than images) are blanked: nothing a user
// pastes can run or reach local files. Thread-safe: no shared state.
class MarkdownRenderer final {
public:
    static QString toHtml(const QString &markdown);
};

} // namespace closeloop
