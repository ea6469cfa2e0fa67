#include "answerrules.h"
#include "domain/translate.h"

#include "wordlists.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::AnswerRules", text);
}

struct WordLists {
    QStringList dismissive;
    QStringList detection;
    QStringList blastRadius;
};

const WordLists &wordLists()
{
    static const WordLists lists = [] {
        const QJsonObject o = builtInWordLists(QStringLiteral("coe-answer-words.json"));
        return WordLists { lowercaseWords(o.value(QStringLiteral("dismissive"))), lowercaseWords(o.value(QStringLiteral("detection"))),
                           lowercaseWords(o.value(QStringLiteral("blastRadius"))) };
    }();
    return lists;
}

QString normalise(const QString &text)
{
    QString t = text.toLower().simplified();
    static const QRegularExpression trailing(QStringLiteral("[\\s.!;:,]+$"));
    t.remove(trailing);
    return t;
}

// A list word matches at the start of a word of the answer, so "alarm"
// finds "alarms" and "throttl" finds "throttling".
bool mentions(const QString &answer, const QString &word)
{
    qsizetype from = 0;
    while ((from = answer.indexOf(word, from)) >= 0) {
        if (from == 0 || !answer.at(from - 1).isLetterOrNumber())
            return true;
        from += 1;
    }
    return false;
}

} // namespace

AnswerCheck checkThoughtExperimentAnswer(ThoughtExperiment experiment, const QString &answer)
{
    AnswerCheck check;
    const QString text = normalise(answer);
    if (text.isEmpty()) {
        check.message = experiment == ThoughtExperiment::HalveTtd
            ? tr("Answer the question: what would have detected this in half the time?")
            : tr("Answer the question: what would have cut the impact by half?");
        return check;
    }
    if (wordLists().dismissive.contains(text)) {
        check.message = tr("\"%1\" is not an answer. Imagine it had to be done: name the alarm, metric, "
                           "canary or isolation that would have made the difference.").arg(answer.trimmed());
        return check;
    }
    const QStringList &words = experiment == ThoughtExperiment::HalveTtd ? wordLists().detection : wordLists().blastRadius;
    for (const QString &w : words)
        if (mentions(text, w))
            check.mechanisms << w;
    if (check.mechanisms.isEmpty()) {
        check.message = experiment == ThoughtExperiment::HalveTtd
            ? tr("Name a mechanism that would detect it sooner: an alarm, a threshold, a metric, a canary, a test...")
            : tr("Name a mechanism that would cut the impact: cells, shuffle sharding, zonal isolation, a rate limit, "
                 "faster rollback...");
        return check;
    }
    if (text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() < 3) {
        check.message = tr("Say what you would build and where, e.g. \"an alarm on the 5xx rate above 1% for 3 minutes\".");
        return check;
    }
    check.ok = true;
    return check;
}

} // namespace closeloop
