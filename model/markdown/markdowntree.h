#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace closeloop {

// A Markdown document's blocks as plain values, read through cmark-gfm's
// syntax tree: what the importer walks and what report tests check the
// structure of. Inline formatting is flattened to its text; line breaks
// inside a paragraph are kept as "\n".
struct MarkdownBlock {
    enum class Kind { Heading, Paragraph, List, Item, Code, Quote, Table, Row, Cell, Rule, Html, Other };
    Kind kind = Kind::Other;
    int level = 0;                // a heading's level, 1–6
    int line = 0;                 // first line in the source, from 1
    bool ordered = false;         // a list: numbered
    bool header = false;          // a table row: the header row
    std::optional<bool> checked;  // a task-list item: done or not
    QString text;                 // inline text of a heading, paragraph or cell; a code block's content
    QString info;                 // a code block's info string
    QStringList links;            // link targets inside the text
    QList<MarkdownBlock> children;

    // All the text inside, one line per paragraph or row (cells separated by " | ").
    QString plainText() const;
};

QList<MarkdownBlock> parseMarkdownBlocks(const QString &markdown);

} // namespace closeloop
