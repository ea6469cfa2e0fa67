#include "markdowntree.h"

#include "gfmparser.h"

#include <cmark-gfm-core-extensions.h>

#include <cstring>

namespace closeloop {

namespace {

QString literal(cmark_node *node)
{
    const char *text = cmark_node_get_literal(node);
    return text ? QString::fromUtf8(text) : QString();
}

bool typeIs(cmark_node *node, const char *name)
{
    const char *type = cmark_node_get_type_string(node);
    return type && std::strcmp(type, name) == 0;
}

void collectInline(cmark_node *node, QString &text, QStringList &links)
{
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        switch (cmark_node_get_type(child)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_HTML_INLINE:
            text += literal(child);
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            text += QLatin1Char('\n');
            break;
        case CMARK_NODE_LINK:
            if (const char *url = cmark_node_get_url(child); url && *url)
                links << QString::fromUtf8(url);
            collectInline(child, text, links);
            break;
        default:
            collectInline(child, text, links);
            break;
        }
    }
}

MarkdownBlock readBlock(cmark_node *node);

QList<MarkdownBlock> readChildren(cmark_node *node)
{
    QList<MarkdownBlock> blocks;
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child))
        blocks << readBlock(child);
    return blocks;
}

MarkdownBlock readBlock(cmark_node *node)
{
    MarkdownBlock b;
    b.line = cmark_node_get_start_line(node);
    using K = MarkdownBlock::Kind;
    if (typeIs(node, "table")) {
        b.kind = K::Table;
        b.children = readChildren(node);
        return b;
    }
    if (typeIs(node, "table_row")) {
        b.kind = K::Row;
        b.header = cmark_gfm_extensions_get_table_row_is_header(node) != 0;
        b.children = readChildren(node);
        return b;
    }
    if (typeIs(node, "table_cell")) {
        b.kind = K::Cell;
        collectInline(node, b.text, b.links);
        b.text = b.text.trimmed();
        return b;
    }
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_HEADING:
        b.kind = K::Heading;
        b.level = cmark_node_get_heading_level(node);
        collectInline(node, b.text, b.links);
        b.text = b.text.simplified();
        break;
    case CMARK_NODE_PARAGRAPH:
        b.kind = K::Paragraph;
        collectInline(node, b.text, b.links);
        break;
    case CMARK_NODE_LIST:
        b.kind = K::List;
        b.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
        b.children = readChildren(node);
        break;
    case CMARK_NODE_ITEM:
        b.kind = K::Item;
        if (typeIs(node, "tasklist"))
            b.checked = cmark_gfm_extensions_get_tasklist_item_checked(node);
        b.children = readChildren(node);
        break;
    case CMARK_NODE_CODE_BLOCK:
        b.kind = K::Code;
        b.text = literal(node);
        if (const char *info = cmark_node_get_fence_info(node))
            b.info = QString::fromUtf8(info);
        break;
    case CMARK_NODE_BLOCK_QUOTE:
        b.kind = K::Quote;
        b.children = readChildren(node);
        break;
    case CMARK_NODE_THEMATIC_BREAK:
        b.kind = K::Rule;
        break;
    case CMARK_NODE_HTML_BLOCK:
        b.kind = K::Html;
        b.text = literal(node);
        break;
    default:
        b.kind = K::Other;
        b.children = readChildren(node);
        break;
    }
    return b;
}

} // namespace

QString MarkdownBlock::plainText() const
{
    switch (kind) {
    case Kind::Heading:
    case Kind::Paragraph:
    case Kind::Cell:
    case Kind::Code:
    case Kind::Html:
        return text.trimmed();
    case Kind::Row: {
        QStringList cells;
        for (const MarkdownBlock &c : children)
            cells << c.text;
        return cells.join(QStringLiteral(" | "));
    }
    default:
        break;
    }
    QStringList parts;
    for (const MarkdownBlock &c : children) {
        const QString t = c.plainText();
        if (!t.isEmpty())
            parts << t;
    }
    return parts.join(QLatin1Char('\n'));
}

QList<MarkdownBlock> parseMarkdownBlocks(const QString &markdown)
{
    const gfm::ParserPtr parser = gfm::newParser();
    const gfm::NodePtr document = gfm::parse(parser.get(), markdown);
    return readChildren(document.get());
}

} // namespace closeloop
