#pragma once

#include "domain/coe.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace closeloop {

// The words of a COE that say what went wrong: what the working group
// compares when it looks for the same failure happening again.
struct CoeText {
    Id id = 0;
    QString title;
    QString summary;
    QStringList whys;       // every question and answer of the Five Whys
    QStringList rootCauses; // the answers at the leaves
    QStringList tags;
    QString category;
    QString trigger;
};

struct SimilarCoe {
    Id id = 0;
    double score = 0; // cosine similarity, 0..1
    QStringList sharedTerms; // the strongest shared words, for "why is this similar?"
};

// Full-text similarity by TF-IDF and cosine: a word counts for more the
// rarer it is across all COEs, so "DNS" and "certificate" weigh more than
// "deployment". Root causes, tags, category and trigger weigh extra, being
// the fields the group compares first. The same index serves both saved
// COEs and one still being written.
class SimilarityIndex final {
public:
    explicit SimilarityIndex(const QList<CoeText> &corpus);

    // Most similar first; never the COE itself; only scores ≥ minimum.
    QList<SimilarCoe> similarTo(const CoeText &coe, int limit = 5, double minimum = 0.05) const;
    qsizetype size() const { return m_docCount; }

private:
    using Vector = QHash<QString, double>;
    Vector vectorFor(const CoeText &coe) const;

    struct Posting {
        qsizetype doc;
        double weight;
    };
    QHash<QString, QList<Posting>> m_postings;
    QHash<QString, int> m_documentFrequency;
    QList<Id> m_ids;
    qsizetype m_docCount = 0;
};

// The same words from a COE in memory, saved or still being written.
CoeText coeText(const Coe &coe);

// Lowercased words of three letters or more, without the common ones and
// with a plural or -ing/-ed ending taken off, so "timeouts" meets "timeout".
QStringList similarityTerms(const QString &text);

} // namespace closeloop
