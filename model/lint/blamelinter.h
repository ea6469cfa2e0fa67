#pragma once

#include "blamelexicon.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace closeloop {

// What a Five Whys answer says about the cause.
enum class LintVerdict {
    Systemic, // a condition of the system the team can fix
    Blame, // a person, a slip or a judgement of a person as the cause
    Unclear, // too short, too vague, or in words the lexicon does not cover
};

// Why a span of the answer was marked.
enum class LintCue {
    Label, // "human error", "operator error"
    Judgement, // "careless", "negligent"
    Slip, // "forgot", "mistyped", "ran it on the wrong host"
    PassiveAct, // "the command was entered incorrectly"
    Person, // a person as the one who acted
    Condition, // a condition of the system: "no validation", "the tool let..."
};

struct LintSpan {
    int start = 0; // UTF-16 offset in the answer
    int length = 0;
    LintCue cue = LintCue::Condition;
    friend bool operator==(const LintSpan &, const LintSpan &) = default;
};

struct LintResult {
    LintVerdict verdict = LintVerdict::Unclear;
    QList<LintSpan> spans; // what triggered the verdict, in text order
    QString explanation; // one sentence, naming the words
    QString reframe; // the next question to ask; empty for systemic answers
};

QString lintVerdictKey(LintVerdict verdict); // "blame", "systemic", "unclear"
QString lintVerdictLabel(LintVerdict verdict);
QString lintCueKey(LintCue cue);

// Classifies one Five Whys answer. Reads each clause for who acted (a
// person, a tool or process, nobody named), whether the verb is passive,
// and what a negation applies to, then looks the words up in the lexicon.
// Cheap enough to run on every keystroke: no allocation beyond the tokens.
class BlameLinter {
public:
    explicit BlameLinter(const lint::BlameLexicon &lexicon = lint::BlameLexicon::standard());

    LintResult lint(QStringView answer) const;

    // Answers longer than this are not one cause; they are reported as
    // unclear without being read.
    static constexpr int kMaxLength = 4000;

private:
    const lint::BlameLexicon &m_lex;
};

} // namespace closeloop
