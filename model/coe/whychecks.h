#pragma once

#include "domain/coe.h"
#include "lint/blamelinter.h"

#include <QList>

namespace closeloop {

// The Five Whys as a reviewer reads them: which answers are the root causes
// (leaves), and what the blame linter says about each.
struct WhyFinding {
    Id whyId = 0;
    bool leaf = false;
    bool overridden = false; // a reviewer accepted it with a written reason
    LintResult lint;
};

bool isWhyLeaf(const QList<WhyNode> &whys, Id id);
QList<WhyFinding> lintWhys(const QList<WhyNode> &whys, const BlameLinter &linter);

// A leaf that blames a person may not stay a leaf: the question to ask
// under it. Empty when the answer is not blame.
QString nextWhyQuestion(const LintResult &lint);

} // namespace closeloop
