#pragma once

#include "domain/result.h"
#include "linttext.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace closeloop::lint {

// A list of words and phrases, matched against tokens: the longest entry
// starting at a token wins. Entries of one long word can also match with a
// single typo ("carless", "opertor"), unless the typed word is itself a
// word the lexicon knows.
class PhraseSet {
public:
    // Single words of at least fuzzyMinLength letters also match with one
    // typo; 0 turns that off.
    void add(const QString &phrase, int fuzzyMinLength);
    // Length in tokens of the longest entry starting at `at` (within
    // [at, end)), 0 when none does.
    int matchAt(const QList<Token> &tokens, int at, int end) const;
    bool containsWord(const QString &word) const;
    // The single-word entry `word` stands for, allowing one typo; empty when none.
    QString resolve(const QString &word) const;
    bool isEmpty() const { return m_byFirst.isEmpty(); }
    void collectWords(QSet<QString> &into) const;

    // Words that fuzzy matching must leave alone; set by the lexicon.
    void setKnownWords(std::shared_ptr<const QSet<QString>> known) { m_known = std::move(known); }

private:
    QString fuzzyWord(const QString &word) const;

    QHash<QString, QList<QStringList>> m_byFirst;
    QHash<QString, QString> m_deletions; // one-letter deletions of fuzzy entries → entry
    QSet<QString> m_fuzzy;
    std::shared_ptr<const QSet<QString>> m_known;
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

private:
    void finish();
    QList<PhraseSet *> allSets();
};

} // namespace closeloop::lint
