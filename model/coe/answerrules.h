#pragma once

#include <QString>
#include <QStringList>

namespace closeloop {

// The two thought experiments every COE asks: "how could we have detected
// this in half the time?" and "how could the blast radius have been
// halved?". An answer passes when it is not empty, not a brush-off ("n/a",
// "nothing", "none") and names a concrete mechanism (an alarm, a metric, a
// canary, a cell...). The word lists live in templates/coe-answer-words.json.
enum class ThoughtExperiment { HalveTtd, HalveBlastRadius };

struct AnswerCheck {
    bool ok = false;
    QString message; // empty when ok: says what is missing and how to fix it
    QStringList mechanisms; // the mechanism words found, for highlighting
};

AnswerCheck checkThoughtExperimentAnswer(ThoughtExperiment experiment, const QString &answer);

} // namespace closeloop
