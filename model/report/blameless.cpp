#include "coemarkdown.h"
#include "reportparts.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace closeloop {

namespace {

QString rolePhrase(const QString &roleKey)
{
    if (roleKey == QLatin1String("reviewer"))
        return en("the reviewer");
    if (roleKey == QLatin1String("leader"))
        return en("a leader");
    if (roleKey == QLatin1String("working_group"))
        return en("a working-group member");
    if (roleKey == QLatin1String("admin"))
        return en("an administrator");
    return en("an engineer");
}

bool isWordChar(QChar c)
{
    // Most text is ASCII: decided without a Unicode table lookup.
    const char16_t u = c.unicode();
    if (u < 128)
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_';
    return c.isLetterOrNumber() || c.isMark();
}

// The run of word characters at `at` (how a literal is looked up).
QStringView wordAt(QStringView text, qsizetype at)
{
    qsizetype end = at;
    while (end < text.size() && isWordChar(text.at(end)))
        ++end;
    return text.mid(at, end - at);
}

// The hash of the word in lower case (`asWritten` when it has no capital),
// without making a string for the common case of a short ASCII word.
size_t lowerCaseHash(QStringView word, size_t asWritten)
{
    constexpr qsizetype Room = 64;
    if (word.size() > Room)
        return qHash(word.toString().toLower());
    char16_t lower[Room];
    bool changed = false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t u = word.at(i).unicode();
        if (u >= 128)
            return qHash(word.toString().toLower());
        lower[i] = (u >= 'A' && u <= 'Z') ? char16_t(u + ('a' - 'A')) : u;
        changed = changed || lower[i] != u;
    }
    return changed ? qHash(QStringView(lower, word.size())) : asWritten;
}

} // namespace

using Literal = Blameless::Literal;

Blameless::Blameless(const CoeChoices &names)
{
    // First and last names alone are replaced only when no two people
    // share them, so that one person's role is never given to another.
    QHash<QString, int> partCounts;
    for (const Choice &p : names.people)
        for (const QString &part : p.name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            ++partCounts[part];
    for (const Choice &p : names.people) {
        const QString role = rolePhrase(p.role);
        auto add = [this, &role](const QString &literal, Qt::CaseSensitivity cs) {
            if (literal.trimmed().size() < 3)
                return;
            const QString first = wordAt(literal, 0).toString();
            if (!first.isEmpty())
                m_byFirstWord[qHash(cs == Qt::CaseInsensitive ? first.toLower() : first)].append({ literal, cs, role });
        };
        add(p.email, Qt::CaseInsensitive);
        add(p.name, Qt::CaseSensitive);
        for (const QString &part : p.name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (partCounts.value(part) == 1 && part != p.name)
                add(part, Qt::CaseSensitive);
    }
    for (QList<Literal> &list : m_byFirstWord)
        std::stable_sort(list.begin(), list.end(), [](const Literal &a, const Literal &b) { return a.text.size() > b.text.size(); });
}

// The longest name or email that starts at `at` and ends a word.
const Literal *Blameless::longestAt(const QString &text, qsizetype at) const
{
    const QStringView word = wordAt(text, at);
    const size_t asWritten = qHash(word);
    const size_t lower = lowerCaseHash(word, asWritten);
    const Literal *best = nullptr;
    for (const size_t key : { asWritten, lower }) {
        const auto it = m_byFirstWord.constFind(key);
        if (it == m_byFirstWord.cend())
            continue;
        for (const Literal &l : *it) {
            if (best && best->text.size() >= l.text.size())
                break;
            const qsizetype end = at + l.text.size();
            if (QStringView(text).mid(at).startsWith(l.text, l.cs)
                && (end >= text.size() || !(isWordChar(text.at(end)) || text.at(end) == QLatin1Char('@')))) {
                best = &l;
                break;
            }
        }
    }
    return best;
}

// One pass over the text: at each place a word starts, the longest name or
// email that starts there is replaced. (It used to be one regular
// expression per name, run over the whole text: with a thousand people,
// 70 ms per report.)
QString Blameless::apply(const QString &text) const
{
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    qsizetype kept = 0; // text before this is in `out`; text after it is copied at the next match
    while (at < text.size()) {
        const QChar c = text.at(at);
        const bool wordStart = isWordChar(c)
            && (at == 0 || !(isWordChar(text.at(at - 1)) || text.at(at - 1) == QLatin1Char('@') || text.at(at - 1) == QLatin1Char('.')));
        const Literal *match = wordStart ? longestAt(text, at) : nullptr;
        if (!match) {
            // Past the rest of this word (or this one character), kept as it is.
            ++at;
            if (isWordChar(c))
                while (at < text.size() && isWordChar(text.at(at)))
                    ++at;
            continue;
        }
        out += QStringView(text).mid(kept, at - kept);
        // At the start of a line or sentence the role starts with a capital.
        const QStringView before = QStringView(out).trimmed();
        const bool sentenceStart = before.isEmpty() || out.endsWith(QLatin1Char('\n')) || before.endsWith(QLatin1Char('.'))
            || out.endsWith(QLatin1String("- ")) || out.endsWith(QLatin1String("| ")) || out.endsWith(QLatin1String(": "));
        QString role = match->role;
        if (sentenceStart)
            role[0] = role[0].toUpper();
        out += role;
        at += match->text.size();
        kept = at;
    }
    out += QStringView(text).mid(kept);
    return out;
}

QString blamelessText(const QString &text, const CoeChoices &names)
{
    return Blameless(names).apply(text);
}

QString coeReport(const Coe &coe, const QList<ActionItem> &items, const CoeChoices &names, ReportAudience audience)
{
    if (audience == ReportAudience::Team)
        return coeToMarkdown(coe, items, names);
    const Blameless blameless(names);
    return coeReport(coe, items, names, &blameless);
}

QString coeReport(const Coe &coe, const QList<ActionItem> &items, const CoeChoices &names, const Blameless *blameless)
{
    const QString markdown = coeToMarkdown(coe, items, names);
    return blameless ? blameless->apply(markdown) : markdown;
}

} // namespace closeloop
