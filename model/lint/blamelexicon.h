#pragma once

#include "domain/result.h"
#include "linttext.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>


namespace closeloop::lint {

// A list of words and phrases, matched against tokens: the longest entry
// starting at a token wins. Misspellings are corrected before matching
// (BlameLexicon::correct), so matching itself is exact.
class PhraseSet {
public:
    // Single words of at least fuzzyMinLength letters may also be reached
    // from a misspelling with one typo; 0 turns that off.
    void add(const QString &phrase, int fuzzyMinLength);
    // Length in tokens of the longest entry starting at `at` (within
    // [at, end)), 0 when none does.
    int matchAt(const QList<Token> &tokens, int at, int end) const;
    bool containsWord(const QString &word) const;
    bool isEmpty() const { return m_byFirst.isEmpty(); }
    void collectWords(QSet<QString> &into) const;
    const QSet<QString> &fuzzyEntries() const { return m_fuzzy; }
    const QHash<QString, QList<QStringList>> &phrases() const { return m_byFirst; }
    // This list's bit in WordInfo masks, given by the lexicon.
    quint64 bit() const { return m_bit; }
    void setBit(quint64 bit) { m_bit = bit; }

private:
    quint64 m_bit = 0;
    QHash<QString, QList<QStringList>> m_byFirst;
    QSet<QString> m_fuzzy;
};

// What the lexicon knows about one word, looked up once per token: which
// lists have an entry starting with it or consisting of it, and its verb
// forms. Lets the linter ask "is this a determiner?" with a bit test.
struct WordInfo {
    quint64 first = 0; // bit n: set n has a phrase starting with this word
    quint64 single = 0; // bit n: set n has this word alone
    bool verbForm = false;
    bool participle = false;
    bool notVerb = false;
    bool known = false;
};

// Every word list the linter uses, read from templates/blame-lexicon.json
// and merged with any extension files a team adds.
class BlameLexicon {
public:
    // The built-in lexicon plus ~/.config/closeloop/lint/*.json.
    static const BlameLexicon &standard();
    static Result<BlameLexicon> builtIn();

    // Adds the lists of another file of the same shape.
    Status merge(const QJsonObject &object, const QString &origin);
    Status mergeFile(const QString &path);
    // People from the database: their full names and first names.
    void addPeopleNames(const QStringList &names);

    PhraseSet labelHeads, labelTails, labelPhrases, labelBlockers;
    PhraseSet roles, notPeople, mentalStates, weakPronouns, relativePeople, negativeSubjects, names, capitalisedNames, titles;
    PhraseSet slips, slipNouns, judgements, procedures;
    PhraseSet intrinsicActs, mannerActs, negatedActs, manner;
    PhraseSet enablers, deprivation, stative, deficiency, conditions, vague;
    PhraseSet determiners, prepositions, auxiliaries, passiveAuxiliaries, negators, denialFillers, adverbs;
    PhraseSet causeMarkers, effectMarkers, concessiveMarkers, contrastMarkers, relativeMarkers, timeMarkers,
        denialFrames;
    QSet<QString> verbForms; // every inflection of the known verbs
    QSet<QString> participles; // irregular past participles and -ed forms of known verbs
    QSet<QString> notVerbs;
    QSet<QString> realWords; // never read as a typo of a list word

    bool isVerbForm(const QString &word) const { return verbForms.contains(word); }
    // The list word a misspelt word stands for ("opertor" → "operator"),
    // or an empty string. Known words are never corrected.
    QString correct(const QString &word) const;
    WordInfo info(const QString &word) const { return m_index.value(word); }

private:
    void finish();
    QList<PhraseSet *> allSets();

    QHash<QString, WordInfo> m_index;
    QHash<QString, QString> m_deletions; // one-letter deletions of fuzzy entries → entry
    QSet<QString> m_fuzzy;
};

} // namespace closeloop::lint
