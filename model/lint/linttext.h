#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace closeloop::lint {

// One word or boundary of a statement. Words are lowercased, curly
// apostrophes straightened, contractions split ("didn't" gives "did" and
// "not", "it's" gives "it" and "is") and hyphenated words split ("on-call"
// gives "on" and "call"), so that the word lists need one spelling only.
struct Token {
    enum class Kind { Word, Boundary };
    Kind kind = Kind::Word;
    QString text; // normalised word, or the boundary character
    int start = 0; // where it came from in the statement (UTF-16 units)
    int length = 0;
    bool possessive = false; // "engineer's"
    bool capitalised = false; // written with a capital first letter
    bool latin = true; // written in Latin script (or digits)
    bool hyphenated = false; // joined to the word before by a hyphen ("hard-coded")
};

QList<Token> tokenize(QStringView text);

// The same normalisation for word-list entries: a phrase becomes the
// words it would tokenize to.
QStringList phraseWords(const QString &phrase);

// Damerau–Levenshtein distance, giving up (returning limit + 1) as soon as
// it exceeds limit.
int editDistance(QStringView a, QStringView b, int limit);

} // namespace closeloop::lint
