#include "similarity.h"

#include "coe/whychecks.h"
#include "wordlists.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace closeloop {

namespace {

const QSet<QString> &ignoredWords()
{
    static const QSet<QString> words = [] {
        const QStringList list = lowercaseWords(builtInWordLists(QStringLiteral("similarity-words.json")).value(QLatin1String("ignore")));
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return words;
}

QString stem(QString word)
{
    if (word.endsWith(QLatin1String("ies")) && word.size() > 4)
        return word.chopped(3) + QLatin1Char('y');
    if (word.endsWith(QLatin1String("ing")) && word.size() > 5)
        return word.chopped(3);
    if (word.endsWith(QLatin1String("ed")) && word.size() > 4)
        return word.chopped(2);
    if (word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss")) && word.size() > 3)
        return word.chopped(1);
    return word;
}

// Field weights: the fields that name a cause count for more than the
// story around them.
constexpr double TitleWeight = 2.0;
constexpr double RootCauseWeight = 2.0; // on top of being among the whys
constexpr double TagWeight = 3.0;
constexpr double LabelWeight = 2.0; // category and trigger

using Counts = QHash<QString, double>;

void addWords(Counts &counts, const QString &text, double weight)
{
    for (const QString &term : similarityTerms(text))
        counts[term] += weight;
}

void addLabel(Counts &counts, const QString &prefix, const QString &value, double weight)
{
    const QString label = value.trimmed().toLower();
    if (!label.isEmpty())
        counts[prefix + label] += weight;
}

Counts rawCounts(const CoeText &coe)
{
    Counts counts;
    addWords(counts, coe.title, TitleWeight);
    addWords(counts, coe.summary, 1.0);
    for (const QString &why : coe.whys)
        addWords(counts, why, 1.0);
    for (const QString &cause : coe.rootCauses)
        addWords(counts, cause, RootCauseWeight);
    for (const QString &tag : coe.tags) {
        addLabel(counts, QStringLiteral("#"), tag, TagWeight);
        addWords(counts, tag, 1.0);
    }
    addLabel(counts, QStringLiteral("category:"), coe.category, LabelWeight);
    addLabel(counts, QStringLiteral("trigger:"), coe.trigger, LabelWeight);
    return counts;
}

double idf(qsizetype documents, int documentFrequency)
{
    return std::log(1.0 + double(documents) / double(std::max(documentFrequency, 1)));
}

void normalise(QHash<QString, double> &vector)
{
    double norm = 0;
    for (double w : std::as_const(vector))
        norm += w * w;
    norm = std::sqrt(norm);
    if (norm > 0)
        for (double &w : vector)
            w /= norm;
}

} // namespace

QStringList similarityTerms(const QString &text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    for (const QString &raw : text.toLower().split(nonWord, Qt::SkipEmptyParts)) {
        if (raw.size() < 3 || ignoredWords().contains(raw))
            continue;
        const QString word = stem(raw);
        if (!ignoredWords().contains(word))
            terms.append(word);
    }
    return terms;
}

CoeText coeText(const Coe &coe)
{
    CoeText text { coe.id, coe.title, coe.summary, {}, {}, coe.tags, coe.category, coe.trigger };
    for (const WhyNode &why : coe.whys) {
        text.whys << why.question << why.answer;
        if (isWhyLeaf(coe.whys, why.id) && !why.answer.trimmed().isEmpty())
            text.rootCauses.append(why.answer);
    }
    return text;
}

SimilarityIndex::SimilarityIndex(const QList<CoeText> &corpus)
{
    QList<Counts> counts;
    counts.reserve(corpus.size());
    for (const CoeText &coe : corpus) {
        counts.append(rawCounts(coe));
        for (auto it = counts.constLast().cbegin(); it != counts.constLast().cend(); ++it)
            ++m_documentFrequency[it.key()];
        m_ids.append(coe.id);
    }
    m_docCount = corpus.size();
    for (qsizetype doc = 0; doc < counts.size(); ++doc) {
        Vector vector;
        for (auto it = counts.at(doc).cbegin(); it != counts.at(doc).cend(); ++it)
            vector.insert(it.key(), (1.0 + std::log(it.value())) * idf(m_docCount, m_documentFrequency.value(it.key())));
        normalise(vector);
        for (auto it = vector.cbegin(); it != vector.cend(); ++it)
            m_postings[it.key()].append(Posting { doc, it.value() });
    }
}

SimilarityIndex::Vector SimilarityIndex::vectorFor(const CoeText &coe) const
{
    Vector vector;
    const Counts counts = rawCounts(coe);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (const int df = m_documentFrequency.value(it.key()); df > 0) // a word no other COE has cannot match
            vector.insert(it.key(), (1.0 + std::log(it.value())) * idf(m_docCount, df));
    normalise(vector);
    return vector;
}

QList<SimilarCoe> SimilarityIndex::similarTo(const CoeText &coe, int limit, double minimum) const
{
    const Vector query = vectorFor(coe);
    QHash<qsizetype, double> scores;
    QHash<qsizetype, QList<QPair<double, QString>>> contributions;
    for (auto it = query.cbegin(); it != query.cend(); ++it)
        for (const Posting &p : m_postings.value(it.key())) {
            if (m_ids.at(p.doc) == coe.id)
                continue;
            const double part = it.value() * p.weight;
            scores[p.doc] += part;
            contributions[p.doc].append({ part, it.key() });
        }
    QList<SimilarCoe> ranked;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        if (it.value() < minimum)
            continue;
        auto parts = contributions.value(it.key());
        std::sort(parts.begin(), parts.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList shared;
        for (const auto &part : std::as_const(parts).first(std::min<qsizetype>(parts.size(), 5)))
            shared.append(part.second);
        ranked.append(SimilarCoe { m_ids.at(it.key()), std::min(it.value(), 1.0), shared });
    }
    std::sort(ranked.begin(), ranked.end(), [](const SimilarCoe &a, const SimilarCoe &b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
    });
    if (limit >= 0 && ranked.size() > limit)
        ranked.resize(limit);
    return ranked;
}

} // namespace closeloop
