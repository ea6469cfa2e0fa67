#pragma once

#include <cmark-gfm.h>

#include <QString>

#include <memory>

namespace closeloop::gfm {

// One place that knows how Closeloop parses Markdown: GitHub-flavoured,
// with tables, task lists, strikethrough and autolinks, UTF-8 validated,
// raw HTML never trusted. The renderer and the tree reader share it so that
// what a preview shows and what an import reads are the same document.

struct ParserDeleter {
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};
using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;

int options();
ParserPtr newParser();
// Parses `markdown` with `parser` (which keeps the extensions the document
// was read with, needed to render it).
NodePtr parse(cmark_parser *parser, const QString &markdown);

} // namespace closeloop::gfm
