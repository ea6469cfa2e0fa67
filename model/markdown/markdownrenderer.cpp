#include "markdownrenderer.h"

#include "gfmparser.h"

#include <cmark-gfm-core-extensions.h>

#include <QByteArray>
#include <QList>
#include <QUrl>

namespace closeloop {

namespace {

// The only places a link in a report may lead: the web and e-mail. A
// relative path ("/etc/passwd"), file:, data:, javascript: and the rest
// are shown as text.
bool isSafeTarget(const char *url)
{
    if (!url || !*url)
        return false;
    const QUrl parsed(QString::fromUtf8(url), QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    return parsed.isValid()
        && ((scheme == QLatin1String("http") || scheme == QLatin1String("https")) ? !parsed.host().isEmpty()
                                                                                     : scheme == QLatin1String("mailto"));
}

// Puts the node's children where it was, and removes it: a link becomes
// its text.
void replaceByChildren(cmark_node *node)
{
    while (cmark_node *child = cmark_node_first_child(node))
        cmark_node_insert_before(node, child);
    cmark_node_free(node);
}

// Links only to the web and e-mail; no picture is ever loaded (a preview
// that fetched images would read local files or tell a server it was read):
// an image on the web becomes a link to it, any other its description.
void makeSafe(cmark_node *document)
{
    QList<cmark_node *> links, images;
    cmark_iter *iter = cmark_iter_new(document);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter);
        if (cmark_node_get_type(node) == CMARK_NODE_LINK)
            links << node;
        else if (cmark_node_get_type(node) == CMARK_NODE_IMAGE)
            images << node;
    }
    cmark_iter_free(iter);
    for (cmark_node *image : std::as_const(images)) {
        if (isSafeTarget(cmark_node_get_url(image))) {
            cmark_node *link = cmark_node_new(CMARK_NODE_LINK);
            cmark_node_set_url(link, cmark_node_get_url(image));
            cmark_node *label = cmark_node_new(CMARK_NODE_TEXT);
            cmark_node_set_literal(label, "[image] ");
            cmark_node_append_child(link, label);
            while (cmark_node *child = cmark_node_first_child(image))
                cmark_node_append_child(link, child);
            cmark_node_insert_before(image, link);
            cmark_node_free(image);
        } else {
            replaceByChildren(image);
        }
    }
    // Inner links first: a link inside another is freed with it otherwise.
    for (qsizetype i = links.size() - 1; i >= 0; --i)
        if (!isSafeTarget(cmark_node_get_url(links.at(i))))
            replaceByChildren(links.at(i));
}

} // namespace

QString MarkdownRenderer::toHtml(const QString &markdown)
{
    const gfm::ParserPtr parser = gfm::newParser();
    const gfm::NodePtr document = gfm::parse(parser.get(), markdown);
    makeSafe(document.get());
    char *html = cmark_render_html(document.get(), gfm::options(), cmark_parser_get_syntax_extensions(parser.get()));
    const QString result = QString::fromUtf8(html);
    cmark_get_default_mem_allocator()->free(html);
    return result;
}

} // namespace closeloop
