#include "markdownrenderer.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QByteArray>

#include <memory>
#include <mutex>

namespace closeloop {

namespace {

struct ParserDeleter {
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};

void registerExtensions()
{
    // Registration fills a global registry: do it exactly once, from any thread.
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

} // namespace

QString MarkdownRenderer::toHtml(const QString &markdown)
{
    registerExtensions();
    const int options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8; // no CMARK_OPT_UNSAFE, on purpose
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(options));
    for (const char *name : { "table", "tasklist", "strikethrough", "autolink" }) {
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
    char *html = cmark_render_html(document.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
    const QString result = QString::fromUtf8(html);
    cmark_get_default_mem_allocator()->free(html);
    return result;
}

} // namespace closeloop
