#include "gfmparser.h"

#include <cmark-gfm-core-extensions.h>

#include <QByteArray>

#include <mutex>

namespace closeloop::gfm {

namespace {

void registerExtensions()
{
    // Registration fills a global registry: do it exactly once, from any thread.
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

} // namespace

int options()
{
    return CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8; // no CMARK_OPT_UNSAFE, on purpose
}

ParserPtr newParser()
{
    registerExtensions();
    ParserPtr parser(cmark_parser_new(options()));
    for (const char *name : { "table", "tasklist", "strikethrough", "autolink" }) {
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
    return parser;
}

NodePtr parse(cmark_parser *parser, const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
    return NodePtr(cmark_parser_finish(parser));
}

} // namespace closeloop::gfm
