#include "whyhighlight.h"
#include "look/tones.h"

namespace closeloop {

QColor verdictColour(LintVerdict verdict)
{
    switch (verdict) {
    case LintVerdict::Blame: return themed(QColor(0xb3, 0x26, 0x1e));
    case LintVerdict::Systemic: return themed(QColor(0x1e, 0x7b, 0x34));
    case LintVerdict::Unclear: return themed(QColor(0x6b, 0x6b, 0x6b));
    }
    return {};
}

QString highlightedAnswerHtml(const QString &answer, const LintResult &result)
{
    // Long answers are shown in part: the panel is a reading aid, and
    // laying out 100 KB of rich text on every keystroke would lag.
    constexpr int kShown = 600;
    QString html;
    int at = 0;
    for (const LintSpan &s : result.spans) {
        if (s.start < at || s.start >= kShown)
            continue;
        html += answer.mid(at, s.start - at).toHtmlEscaped();
        const QString colour = s.cue == LintCue::Condition ? themed(QStringLiteral("#d7f0dc")) : themed(QStringLiteral("#f9d6d3"));
        html += QStringLiteral("<span style='background:%1'>%2</span>").arg(colour, answer.mid(s.start, s.length).toHtmlEscaped());
        at = s.start + s.length;
    }
    if (at < kShown)
        html += answer.mid(at, kShown - at).toHtmlEscaped();
    if (answer.size() > kShown)
        html += QStringLiteral("\u2026");
    return html;
}

} // namespace closeloop
