#pragma once

#include <QString>

namespace closeloop {

// Text for a one-line place (a list row, a quotation in a message): the
// whitespace folded, and cut with an ellipsis past `limit` characters.
inline QString oneLine(const QString &text, qsizetype limit)
{
    const QString simple = text.simplified();
    return simple.size() > limit ? simple.left(limit - 1) + QChar(0x2026) : simple;
}

} // namespace closeloop
