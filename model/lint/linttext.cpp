#include "linttext.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace closeloop::lint {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x02BC);
}

// Characters that end a clause. Commas, dashes and brackets are clause
// boundaries too: the linter decides per clause who did what.
bool isBoundary(QChar c)
{
    static const QString boundaries = QStringLiteral(".;:!?,()[]\n\u2014\u2013\u2026\"\u201C\u201D");
    return boundaries.contains(c);
}

// Contractions written without an apostrophe, common in quick notes.
const QHash<QString, QString> &bareNegatives()
{
    static const QHash<QString, QString> map {
        { QStringLiteral("didnt"), QStringLiteral("did") }, { QStringLiteral("dont"), QStringLiteral("do") },
        { QStringLiteral("doesnt"), QStringLiteral("does") }, { QStringLiteral("wasnt"), QStringLiteral("was") },
        { QStringLiteral("werent"), QStringLiteral("were") }, { QStringLiteral("isnt"), QStringLiteral("is") },
        { QStringLiteral("arent"), QStringLiteral("are") }, { QStringLiteral("couldnt"), QStringLiteral("could") },
        { QStringLiteral("cant"), QStringLiteral("can") }, { QStringLiteral("cannot"), QStringLiteral("can") },
        { QStringLiteral("wont"), QStringLiteral("will") }, { QStringLiteral("wouldnt"), QStringLiteral("would") },
        { QStringLiteral("shouldnt"), QStringLiteral("should") }, { QStringLiteral("hasnt"), QStringLiteral("has") },
        { QStringLiteral("havent"), QStringLiteral("have") }, { QStringLiteral("hadnt"), QStringLiteral("had") },
    };
    return map;
}

void addWord(QList<Token> &out, QStringView original, int start)
{
    Token t;
    t.start = start;
    t.length = int(original.size());
    t.capitalised = original.front().isUpper();
    t.latin = std::all_of(original.begin(), original.end(), [](QChar c) {
        return !c.isLetter() || c.script() == QChar::Script_Latin || c.script() == QChar::Script_Common;
    });
    QString word = original.toString().toLower();
    for (QChar &c : word)
        if (isApostrophe(c))
            c = QLatin1Char('\'');

    auto push = [&out, &t](const QString &text, int startOffset, int length) {
        Token part = t;
        part.text = text;
        part.start = t.start + startOffset;
        part.length = length;
        out.append(part);
    };

    const qsizetype apostrophe = word.indexOf(QLatin1Char('\''));
    if (apostrophe > 0) {
        const QString head = word.left(apostrophe);
        const QString tail = word.mid(apostrophe + 1);
        const int a = int(apostrophe);
        if (tail == QLatin1String("t") && head.endsWith(QLatin1Char('n'))) { // didn't, can't, won't
            QString verb = head.chopped(1);
            if (verb == QLatin1String("ca"))
                verb = QStringLiteral("can");
            else if (verb == QLatin1String("wo"))
                verb = QStringLiteral("will");
            push(verb, 0, a - 1);
            push(QStringLiteral("not"), a - 1, t.length - a + 1);
            return;
        }
        static const QHash<QString, QString> clitics { { QStringLiteral("re"), QStringLiteral("are") },
                                                       { QStringLiteral("ve"), QStringLiteral("have") },
                                                       { QStringLiteral("d"), QStringLiteral("would") },
                                                       { QStringLiteral("ll"), QStringLiteral("will") },
                                                       { QStringLiteral("m"), QStringLiteral("am") } };
        if (clitics.contains(tail)) {
            push(head, 0, a);
            push(clitics.value(tail), a, t.length - a);
            return;
        }
        if (tail == QLatin1String("s") || tail.isEmpty()) {
            static const QStringList isWords { QStringLiteral("it"), QStringLiteral("that"), QStringLiteral("there"),
                                               QStringLiteral("what"), QStringLiteral("who"), QStringLiteral("he"),
                                               QStringLiteral("she"), QStringLiteral("this"), QStringLiteral("here") };
            if (tail == QLatin1String("s") && isWords.contains(head)) {
                push(head, 0, a);
                push(QStringLiteral("is"), a, t.length - a);
                return;
            }
            t.possessive = true;
            push(head, 0, a);
            return;
        }
    }
    if (const auto it = bareNegatives().constFind(word); it != bareNegatives().cend()) {
        push(it.value(), 0, t.length);
        push(QStringLiteral("not"), 0, t.length);
        return;
    }
    push(word, 0, t.length);
}

} // namespace

QList<Token> tokenize(QStringView text)
{
    QList<Token> out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (isWordChar(c)) {
            qsizetype j = i + 1;
            while (j < n) {
                const QChar d = text[j];
                if (isWordChar(d)) {
                    ++j;
                    continue;
                }
                // Keep "engineer's", "v1.2" and "db01.prod" as one word.
                const bool inner = j + 1 < n && isWordChar(text[j + 1]);
                if (inner && (isApostrophe(d) || (d == QLatin1Char('.') && text[j - 1].isLetterOrNumber())))
                    j += 2;
                else if (isApostrophe(d) && j > i && text[j - 1] == QLatin1Char('s')) // engineers'
                    ++j;
                else
                    break;
            }
            const qsizetype before = out.size();
            addWord(out, text.mid(i, j - i), int(i));
            if (i > 1 && text[i - 1] == QLatin1Char('-') && isWordChar(text[i - 2]) && out.size() > before)
                out[before].hyphenated = true;
            i = j;
        } else if (isBoundary(c) || (c == QLatin1Char('-') && i > 0 && text[i - 1].isSpace() && (i + 1 == n || text[i + 1].isSpace()))) {
            Token b;
            b.kind = Token::Kind::Boundary;
            b.text = QString(c == QChar(0x2014) || c == QChar(0x2013) ? QLatin1Char('-') : c);
            b.start = int(i);
            b.length = 1;
            out.append(b);
            ++i;
        } else {
            ++i; // spaces, hyphens inside words, symbols, emoji
        }
    }
    return out;
}

QStringList phraseWords(const QString &phrase)
{
    QStringList words;
    for (const Token &t : tokenize(phrase))
        if (t.kind == Token::Kind::Word)
            words << t.text;
    return words;
}

int editDistance(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(int(n - m)) > limit)
        return limit + 1;
    std::vector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({ prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

} // namespace closeloop::lint
