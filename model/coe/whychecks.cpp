#include "whychecks.h"

#include <algorithm>

namespace closeloop {

bool isWhyLeaf(const QList<WhyNode> &whys, Id id)
{
    return std::none_of(whys.cbegin(), whys.cend(), [id](const WhyNode &w) { return w.parentId == id; });
}

QList<WhyFinding> lintWhys(const QList<WhyNode> &whys, const BlameLinter &linter)
{
    QList<WhyFinding> out;
    out.reserve(whys.size());
    for (const WhyNode &w : whys)
        out.append({ w.id, isWhyLeaf(whys, w.id), !w.overrideReason.trimmed().isEmpty(), linter.lint(w.answer) });
    return out;
}

QString nextWhyQuestion(const LintResult &lint)
{
    return lint.verdict == LintVerdict::Blame ? lint.reframe : QString();
}

} // namespace closeloop
