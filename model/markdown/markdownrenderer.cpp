#include "markdownrenderer.h"

#include "gfmparser.h"

#include <cmark-gfm-core-extensions.h>

namespace closeloop {

QString MarkdownRenderer::toHtml(const QString &markdown)
{
    const gfm::ParserPtr parser = gfm::newParser();
    const gfm::NodePtr document = gfm::parse(parser.get(), markdown);
    char *html = cmark_render_html(document.get(), gfm::options(), cmark_parser_get_syntax_extensions(parser.get()));
    const QString result = QString::fromUtf8(html);
    cmark_get_default_mem_allocator()->free(html);
    return result;
}

} // namespace closeloop
