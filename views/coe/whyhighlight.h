#pragma once

#include "lint/blamelinter.h"

#include <QColor>
#include <QString>

namespace closeloop {

// Colours for the three verdicts, readable on light and dark palettes.
QColor verdictColour(LintVerdict verdict);

// The answer as HTML with the words that triggered the verdict marked:
// blame words on a soft red, conditions on a soft green.
QString highlightedAnswerHtml(const QString &answer, const LintResult &result);

} // namespace closeloop
