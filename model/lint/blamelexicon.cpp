#include "blamelexicon.h"
#include "domain/translate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace closeloop::lint {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::BlameLexicon", text);
}

// Fuzzy matching needs long words: shorter ones have too many one-letter
// neighbours that are real words. Per list, because people's roles
// ("intern", "intent") collide more than labels do.
constexpr int kLabelFuzzy = 5;
constexpr int kWordFuzzy = 6;
constexpr int kRoleFuzzy = 7;

} // namespace

void PhraseSet::add(const QString &phrase, int fuzzyMinLength)
{
    const QStringList words = phraseWords(phrase);
    if (words.isEmpty())
        return;
    QList<QStringList> &list = m_byFirst[words.first()];
    if (!list.contains(words))
        list.append(words);
    if (fuzzyMinLength > 0 && words.size() == 1 && words.first().size() >= fuzzyMinLength)
        m_fuzzy.insert(words.first());
}

void PhraseSet::collectWords(QSet<QString> &into) const
{
    for (const QList<QStringList> &phrases : m_byFirst)
        for (const QStringList &phrase : phrases)
            for (const QString &w : phrase)
                into.insert(w);
}

bool PhraseSet::containsWord(const QString &word) const
{
    const auto it = m_byFirst.constFind(word);
    return it != m_byFirst.cend() && std::any_of(it->cbegin(), it->cend(), [](const QStringList &p) { return p.size() == 1; });
}

int PhraseSet::matchAt(const QList<Token> &tokens, int at, int end) const
{
    if (at >= end || tokens[at].kind != Token::Kind::Word)
        return 0;
    const auto it = m_byFirst.constFind(tokens[at].text);
    if (it == m_byFirst.cend())
        return 0;
    int best = 0;
    for (const QStringList &phrase : *it) {
        const int n = int(phrase.size());
        if (n <= best || at + n > end)
            continue;
        bool ok = true;
        for (int k = 1; k < n && ok; ++k)
            ok = tokens[at + k].kind == Token::Kind::Word && tokens[at + k].text == phrase[k];
        if (ok)
            best = n;
    }
    return best;
}

// Looks up the word's one-letter deletions and the entries' one-letter
// deletions, which between them find every single insertion, deletion,
// substitution and transposition; the edit distance then confirms.
QString BlameLexicon::correct(const QString &word) const
{
    if (m_fuzzy.isEmpty() || word.size() < 4 || m_index.value(word).known)
        return {};
    auto confirm = [&word](const QString &entry) { return editDistance(word, entry, 1) <= 1 ? entry : QString(); };
    if (const auto it = m_deletions.constFind(word); it != m_deletions.cend())
        return confirm(it.value());
    QString shorter;
    for (qsizetype i = 0; i < word.size(); ++i) {
        shorter = word;
        shorter.remove(i, 1);
        if (m_fuzzy.contains(shorter))
            return shorter;
        if (const auto it = m_deletions.constFind(shorter); it != m_deletions.cend())
            if (const QString e = confirm(it.value()); !e.isEmpty())
                return e;
    }
    return {};
}

const BlameLexicon &BlameLexicon::standard()
{
    static const BlameLexicon lexicon = [] {
        auto built = builtIn();
        BlameLexicon l = built ? std::move(built).value() : BlameLexicon();
        const QDir dir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/closeloop/lint"));
        for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
            if (auto s = l.mergeFile(dir.filePath(name)); !s)
                qWarning("%s", qPrintable(s.errorMessage()));
        return l;
    }();
    return lexicon;
}

Result<BlameLexicon> BlameLexicon::builtIn()
{
    BlameLexicon l;
    if (auto s = l.mergeFile(QStringLiteral(":/closeloop/templates/blame-lexicon.json")); !s)
        return s.error();
    return l;
}

Status BlameLexicon::mergeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("Cannot read the word list %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()) };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error { tr("The word list %1 is not a JSON object (%2 at byte %3). Fix the file or remove it.")
                           .arg(QDir::toNativeSeparators(path), error.errorString())
                           .arg(error.offset) };
    return merge(doc.object(), path);
}

Status BlameLexicon::merge(const QJsonObject &object, const QString &origin)
{
    struct Slot {
        const char *group;
        const char *key;
        PhraseSet BlameLexicon::*set;
        int fuzzy;
    };
    static const Slot slots[] = {
        { "labels", "heads", &BlameLexicon::labelHeads, kLabelFuzzy },
        { "labels", "tails", &BlameLexicon::labelTails, kLabelFuzzy },
        { "labels", "phrases", &BlameLexicon::labelPhrases, kWordFuzzy },
        { "labels", "blockers", &BlameLexicon::labelBlockers, 0 },
        { "people", "roles", &BlameLexicon::roles, kRoleFuzzy },
        { "people", "notPeople", &BlameLexicon::notPeople, 0 },
        { "people", "mentalStates", &BlameLexicon::mentalStates, 0 },
        { "people", "weakPronouns", &BlameLexicon::weakPronouns, 0 },
        { "people", "relative", &BlameLexicon::relativePeople, 0 },
        { "people", "negativeSubjects", &BlameLexicon::negativeSubjects, 0 },
        { "people", "names", &BlameLexicon::names, 0 },
        { "people", "capitalisedNames", &BlameLexicon::capitalisedNames, 0 },
        { "people", "titles", &BlameLexicon::titles, 0 },
        { "slips", "words", &BlameLexicon::slips, kWordFuzzy },
        { "slips", "nouns", &BlameLexicon::slipNouns, kWordFuzzy },
        { "judgements", "words", &BlameLexicon::judgements, kWordFuzzy },
        { "judgements", "procedures", &BlameLexicon::procedures, 0 },
        { "humanActs", "intrinsic", &BlameLexicon::intrinsicActs, 0 },
        { "humanActs", "withManner", &BlameLexicon::mannerActs, 0 },
        { "humanActs", "whenNegated", &BlameLexicon::negatedActs, 0 },
        { "humanActs", "manner", &BlameLexicon::manner, 0 },
        { "system", "enablers", &BlameLexicon::enablers, 0 },
        { "system", "deprivation", &BlameLexicon::deprivation, 0 },
        { "system", "stative", &BlameLexicon::stative, 0 },
        { "system", "deficiency", &BlameLexicon::deficiency, 0 },
        { "system", "conditions", &BlameLexicon::conditions, 0 },
        { "system", "vague", &BlameLexicon::vague, 0 },
        { "grammar", "determiners", &BlameLexicon::determiners, 0 },
        { "grammar", "prepositions", &BlameLexicon::prepositions, 0 },
        { "grammar", "auxiliaries", &BlameLexicon::auxiliaries, 0 },
        { "grammar", "passiveAuxiliaries", &BlameLexicon::passiveAuxiliaries, 0 },
        { "grammar", "negators", &BlameLexicon::negators, 0 },
        { "grammar", "denialFillers", &BlameLexicon::denialFillers, 0 },
        { "grammar", "adverbs", &BlameLexicon::adverbs, 0 },
        { "grammar", "causeMarkers", &BlameLexicon::causeMarkers, 0 },
        { "grammar", "effectMarkers", &BlameLexicon::effectMarkers, 0 },
        { "grammar", "concessiveMarkers", &BlameLexicon::concessiveMarkers, 0 },
        { "grammar", "contrastMarkers", &BlameLexicon::contrastMarkers, 0 },
        { "grammar", "relativeMarkers", &BlameLexicon::relativeMarkers, 0 },
        { "grammar", "timeMarkers", &BlameLexicon::timeMarkers, 0 },
        { "grammar", "denialFrames", &BlameLexicon::denialFrames, 0 },
    };
    // Check the whole file before taking anything from it: a half-merged
    // list would lint differently from both the old and the new file.
    for (const Slot &slot : slots) {
        const QJsonValue group = object.value(QLatin1String(slot.group));
        if (group.isUndefined())
            continue;
        if (!group.isObject())
            return Error { tr("In the word list %1, \"%2\" must be an object of lists.").arg(origin, QLatin1String(slot.group)) };
        const QJsonValue list = group.toObject().value(QLatin1String(slot.key));
        if (list.isUndefined())
            continue;
        if (!list.isArray())
            return Error { tr("In the word list %1, \"%2.%3\" must be a list of strings.")
                               .arg(origin, QLatin1String(slot.group), QLatin1String(slot.key)) };
        for (const QJsonValue &v : list.toArray())
            if (!v.isString())
                return Error { tr("In the word list %1, \"%2.%3\" holds something that is not a string.")
                                   .arg(origin, QLatin1String(slot.group), QLatin1String(slot.key)) };
    }
    for (const char *key : { "verbs", "irregularVerbs", "notVerbs", "realWords" }) {
        const QJsonValue v = object.value(QStringLiteral("grammar")).toObject().value(QLatin1String(key));
        if (!v.isUndefined() && !v.isArray())
            return Error { tr("In the word list %1, \"grammar.%2\" must be a list of strings.").arg(origin, QLatin1String(key)) };
    }

    for (const Slot &slot : slots)
        for (const QJsonValue &v : object.value(QLatin1String(slot.group)).toObject().value(QLatin1String(slot.key)).toArray())
            (this->*slot.set).add(v.toString(), slot.fuzzy);

    const QJsonObject grammar = object.value(QStringLiteral("grammar")).toObject();
    for (const QJsonValue &v : grammar.value(QStringLiteral("verbs")).toArray()) {
        const QString b = v.toString().toLower();
        if (b.isEmpty())
            continue;
        const QChar last = b.back();
        const bool endsE = last == QLatin1Char('e');
        const QString stem = endsE ? b.chopped(1) : b;
        QStringList past { b + QStringLiteral("ed"), stem + QStringLiteral("ed") };
        QStringList forms { b, b + QStringLiteral("s"), b + QStringLiteral("es"), b + QStringLiteral("ing"), stem + QStringLiteral("ing") };
        if (last == QLatin1Char('y') && b.size() > 2) {
            past << b.chopped(1) + QStringLiteral("ied");
            forms << b.chopped(1) + QStringLiteral("ies");
        }
        if (!QStringLiteral("aeiouwxy").contains(last) && b.size() > 2) { // stop → stopped, commit → committed
            past << b + last + QStringLiteral("ed");
            forms << b + last + QStringLiteral("ing");
        }
        for (const QString &f : std::as_const(forms))
            verbForms.insert(f);
        for (const QString &p : std::as_const(past)) {
            verbForms.insert(p);
            participles.insert(p);
        }
    }
    for (const QJsonValue &v : grammar.value(QStringLiteral("irregularVerbs")).toArray()) {
        verbForms.insert(v.toString().toLower());
        participles.insert(v.toString().toLower());
    }
    for (const QJsonValue &v : grammar.value(QStringLiteral("notVerbs")).toArray())
        notVerbs.insert(v.toString().toLower());
    for (const QJsonValue &v : grammar.value(QStringLiteral("realWords")).toArray())
        realWords.insert(v.toString().toLower());
    finish();
    return {};
}

void BlameLexicon::addPeopleNames(const QStringList &fullNames)
{
    for (const QString &full : fullNames) {
        const QStringList words = phraseWords(full);
        if (words.isEmpty())
            continue;
        names.add(full, 0);
        // A first or last name alone: written with a capital only when it is
        // also an ordinary word ("Will", "Rose").
        for (const QString &w : words) {
            if (w.size() < 2)
                continue;
            names.add(w, 0);
            if (isVerbForm(w) || conditions.containsWord(w) || determiners.containsWord(w) || auxiliaries.containsWord(w))
                capitalisedNames.add(w, 0);
        }
    }
    finish();
}

QList<PhraseSet *> BlameLexicon::allSets()
{
    return { &labelHeads, &labelTails, &labelPhrases, &labelBlockers, &roles, &notPeople, &mentalStates, &weakPronouns, &relativePeople,
             &negativeSubjects, &names, &capitalisedNames, &titles, &slips, &slipNouns, &judgements, &procedures,
             &intrinsicActs, &mannerActs, &negatedActs, &manner, &enablers, &deprivation, &stative, &deficiency, &conditions,
             &vague, &determiners, &prepositions, &auxiliaries, &passiveAuxiliaries, &negators, &denialFillers,
             &adverbs, &causeMarkers, &effectMarkers, &concessiveMarkers, &contrastMarkers, &relativeMarkers,
             &timeMarkers, &denialFrames };
}

// Builds the word index and the typo index. Fuzzy matching must never turn
// one real word into another ("missed" into "misses"), so every word the
// lexicon knows is matched exactly only.
void BlameLexicon::finish()
{
    m_index.clear();
    m_deletions.clear();
    m_fuzzy.clear();
    const QList<PhraseSet *> sets = allSets();
    Q_ASSERT(sets.size() <= 64);
    for (qsizetype n = 0; n < sets.size(); ++n) {
        const quint64 bit = quint64(1) << n;
        sets[n]->setBit(bit);
        for (auto it = sets[n]->phrases().cbegin(); it != sets[n]->phrases().cend(); ++it) {
            WordInfo &info = m_index[it.key()];
            info.first |= bit;
            if (std::any_of(it->cbegin(), it->cend(), [](const QStringList &p) { return p.size() == 1; }))
                info.single |= bit;
        }
        QSet<QString> words;
        sets[n]->collectWords(words);
        for (const QString &w : std::as_const(words))
            m_index[w].known = true;
        m_fuzzy.unite(sets[n]->fuzzyEntries());
    }
    for (const QString &w : std::as_const(verbForms)) {
        WordInfo &info = m_index[w];
        info.verbForm = info.known = true;
    }
    for (const QString &w : std::as_const(participles))
        m_index[w].participle = true;
    for (const QString &w : std::as_const(notVerbs)) {
        WordInfo &info = m_index[w];
        info.notVerb = info.known = true;
    }
    for (const QString &w : std::as_const(realWords))
        m_index[w].known = true;
    for (const QString &w : std::as_const(m_fuzzy))
        for (qsizetype i = 0; i < w.size(); ++i)
            m_deletions.insert(QString(w).remove(i, 1), w);
}

} // namespace closeloop::lint
