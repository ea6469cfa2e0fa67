#include "actionrules.h"
#include "domain/translate.h"

#include "lint/blamelexicon.h"
#include "wordlists.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::ActionRules", text);
}

struct Level {
    QStringList verbs;
    QStringList words;
};

struct Lists {
    Level strong, medium, weak;
    QStringList verbs, vagueVerbs, vagueWords, improveVerbs;
};

const Lists &lists()
{
    static const Lists l = [] {
        Lists out;
        const QJsonObject o = builtInWordLists(QStringLiteral("action-words.json"));
        auto level = [&o](const char *key) {
            const QJsonObject g = o.value(QLatin1String(key)).toObject();
            return Level { lowercaseWords(g.value(QStringLiteral("verbs"))), lowercaseWords(g.value(QStringLiteral("words"))) };
        };
        out.strong = level("strong");
        out.medium = level("medium");
        out.weak = level("weak");
        out.verbs = lowercaseWords(o.value(QStringLiteral("verbs")));
        out.vagueVerbs = lowercaseWords(o.value(QStringLiteral("vagueVerbs")));
        out.vagueWords = lowercaseWords(o.value(QStringLiteral("vagueWords")));
        out.improveVerbs = lowercaseWords(o.value(QStringLiteral("improveVerbs")));
        return out;
    }();
    return l;
}

// The text as " word word word ", lowercase, so that an entry matches at
// the start of a word with a plain search.
QString spaced(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}\\-]+"));
    return QLatin1Char(' ') + text.toLower().split(separators, Qt::SkipEmptyParts).join(QLatin1Char(' ')) + QLatin1Char(' ');
}

// Short entries ("cap", "page", "ask") match a whole word with an
// inflection only: "cap" is not "capture". Longer ones match a word start.
bool wordMatches(QStringView word, const QString &entry)
{
    if (!word.startsWith(entry))
        return false;
    if (entry.size() > 4)
        return true;
    // Compared in place: this runs for every word of every action item
    // listed, 500,000 of them in a large organisation.
    static const QStringList endings { QString(), QStringLiteral("s"), QStringLiteral("es"), QStringLiteral("ed"),
                                       QStringLiteral("d"), QStringLiteral("ing"), QStringLiteral("ped"), QStringLiteral("ping") };
    const QStringView rest = word.mid(entry.size());
    return std::any_of(endings.cbegin(), endings.cend(), [&rest](const QString &e) { return rest == e; });
}

// `words` is spacedText split at its spaces, split once by the caller.
QString findIn(const QString &spacedText, const QStringList &words, const QStringList &entries)
{
    for (const QString &entry : entries) {
        if (entry.contains(QLatin1Char(' '))) {
            if (spacedText.contains(QLatin1Char(' ') + entry))
                return entry;
            continue;
        }
        for (const QString &word : words)
            if (wordMatches(word, entry))
                return word;
    }
    return {};
}

QString leadMatch(const QString &spacedText, const QStringList &entries)
{
    const QString lead = spacedText.section(QLatin1Char(' '), 1, 1);
    for (const QString &entry : entries) {
        if (entry.contains(QLatin1Char(' '))) {
            if (spacedText.startsWith(QLatin1Char(' ') + entry))
                return entry;
        } else if (wordMatches(lead, entry)) {
            return lead;
        }
    }
    return {};
}

} // namespace

namespace {

// What decided an item's strength: a word, or the type the author chose.
enum class Basis { Word, TypedDetect, TypedProcess, NoWord };
struct Decision {
    ActionStrength strength;
    Basis basis;
    QString word;
};

// The classification without its explanation: lists and the store need
// only the verdict, for every one of half a million items.
Decision decide(const QString &title, const QString &description, ActionType type)
{
    const Lists &l = lists();
    const QString t = spaced(title);
    // The first verb says what will be done: "Document the rate limit" adds
    // no limit.
    if (QString w = leadMatch(t, l.weak.verbs); !w.isEmpty())
        return { ActionStrength::Weak, Basis::Word, w };
    if (QString w = leadMatch(t, l.strong.verbs); !w.isEmpty())
        return { ActionStrength::Strong, Basis::Word, w };
    if (QString w = leadMatch(t, l.medium.verbs); !w.isEmpty())
        return { ActionStrength::Medium, Basis::Word, w };

    const QString all = spaced(title + QLatin1Char(' ') + description);
    const QStringList words = all.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (QString w = findIn(all, words, l.strong.words); !w.isEmpty())
        return { ActionStrength::Strong, Basis::Word, w };
    if (QString w = findIn(all, words, l.medium.words); !w.isEmpty())
        return { ActionStrength::Medium, Basis::Word, w };
    if (QString w = findIn(all, words, l.weak.words); !w.isEmpty())
        return { ActionStrength::Weak, Basis::Word, w };

    // No word decides: fall back on the type the author chose.
    switch (type) {
    case ActionType::Detect:
        return { ActionStrength::Medium, Basis::TypedDetect, {} };
    case ActionType::Process:
        return { ActionStrength::Weak, Basis::TypedProcess, {} };
    case ActionType::Prevent:
    case ActionType::Mitigate:
        break;
    }
    return { ActionStrength::Medium, Basis::NoWord, {} };
}

} // namespace

ActionStrength strengthOf(const QString &title, const QString &description, ActionType type)
{
    return decide(title, description, type).strength;
}

StrengthVerdict classifyStrength(const QString &title, const QString &description, ActionType type)
{
    const Decision d = decide(title, description, type);
    QString reason;
    switch (d.basis) {
    case Basis::Word:
        switch (d.strength) {
        case ActionStrength::Strong:
            reason = tr("\u201C%1\u201D changes the system so the hazard is removed or handled automatically.").arg(d.word);
            break;
        case ActionStrength::Medium:
            reason = tr("\u201C%1\u201D detects the hazard; it does not remove it.").arg(d.word);
            break;
        case ActionStrength::Weak:
            reason = tr("\u201C%1\u201D asks people to act differently; the system stays as it was.").arg(d.word);
            break;
        }
        break;
    case Basis::TypedDetect:
        reason = tr("Typed as detection, and no word says it removes the hazard.");
        break;
    case Basis::TypedProcess:
        reason = tr("Typed as process, and no word says it changes the system.");
        break;
    case Basis::NoWord:
        reason = tr("No word says how it changes the system; name the mechanism (a limit, a validation, automation) to rate it strong.");
        break;
    }
    return { d.strength, reason, d.word };
}

ActionabilityCheck checkActionable(const QString &title)
{
    const Lists &l = lists();
    const QString t = spaced(title);
    const QStringList words = t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (const QString w = leadMatch(t, l.vagueVerbs); !w.isEmpty())
        return { false, tr("\u201C%1\u201D has no done state. Name the change that will follow, or make the outcome the item: "
                           "“Decide whether to shard the queue, and file the change”.").arg(w) };
    if (words.size() < 3)
        return { false, tr("Say what will be done to what, starting with a verb: “Add an alarm on queue depth”.") };
    // "Monitoring gaps in search": a gerund names a topic, not an action.
    if (words.first().endsWith(QLatin1String("ing")))
        return { false, tr("Start with a verb that says what will be done: \u201C%1\u201D names a topic.").arg(title.section(QLatin1Char(' '), 0, 0)) };
    if (const QString w = findIn(t, t.split(QLatin1Char(' '), Qt::SkipEmptyParts), l.vagueWords); !w.isEmpty())
        return { false, tr("\u201C%1\u201D is too vague to know when the item is done. Say exactly what changes.").arg(w) };
    if (const QString w = leadMatch(t, l.improveVerbs); !w.isEmpty()) {
        static const QRegularExpression number(QStringLiteral("\\d"));
        if (!title.contains(number))
            return { false, tr("\u201C%1\u201D has no clear done state. Say what changes, or by how much (\u201Cto under 5 minutes\u201D).").arg(w) };
        return {};
    }
    const QString lead = words.first();
    const auto &lex = lint::BlameLexicon::standard();
    const bool knownVerb = lex.isVerbForm(lead) || std::any_of(l.verbs.cbegin(), l.verbs.cend(), [&lead](const QString &v) { return wordMatches(lead, v); })
        || !leadMatch(t, l.strong.verbs).isEmpty() || !leadMatch(t, l.medium.verbs).isEmpty() || !leadMatch(t, l.weak.verbs).isEmpty();
    if (!knownVerb)
        return { false, tr("Start with a verb that says what will be done: \u201C%1\u201D is not one.").arg(title.section(QLatin1Char(' '), 0, 0)) };
    return {};
}

QString checkTrackerRef(const QString &ref)
{
    const QString r = ref.trimmed();
    if (r.isEmpty())
        return {};
    const QString shown = r.left(60);
    const bool looksLikeLink = r.contains(QLatin1String("://")) || r.startsWith(QLatin1String("www."), Qt::CaseInsensitive)
        || r.startsWith(QLatin1String("http"), Qt::CaseInsensitive) || r.contains(QLatin1Char('/'));
    if (looksLikeLink) {
        const QUrl url(r, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty()
            || r.contains(QLatin1Char(' ')))
            return tr(
                       "“%1” is not a web address the tracker link can open. Use the full address, starting with "
                       "https:// (e.g. https://tracker.example.com/browse/OPS-123), or just the key (OPS-123).")
                .arg(shown);
        return {};
    }
    if (r.length() > 64 || r.contains(QRegularExpression(QStringLiteral("\\s"))))
        return tr(
                   "“%1” is not a tracker key: a key is one word such as OPS-123 or #412. Put a description in "
                   "the item's description, and a full address (https://…) here if the tracker has one.")
            .arg(shown);
    return {};
}

} // namespace closeloop
