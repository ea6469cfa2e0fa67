#include "blamelinter.h"
#include "domain/translate.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace closeloop {

using lint::PhraseSet;
using lint::Token;

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::BlameLinter", text);
}

// Who a clause says acted.
enum class Actor {
    Nobody, // no subject ("forgot to renew"), an existential, or a passive without agent
    Person, // "the engineer", "we", "Priya", "who"
    System, // a tool, a process, a thing
    Patient, // a person to whom something was done ("the engineer was paged")
};

// How a clause relates to the rest of the statement: an effect or a
// concession cannot excuse blame elsewhere ("...so the service had no
// limit" says what followed, not why).
enum class ClauseRole { Main, Cause, Effect, Concessive, Relative, Contrast, Time };

struct Clause {
    int begin = 0;
    int end = 0;
    ClauseRole role = ClauseRole::Main;
    std::optional<Actor> relativeActor; // the antecedent of "who"/"which"/"that"
};

struct Cue {
    int first = 0; // token range
    int last = 0; // inclusive
    LintCue kind = LintCue::Condition;
};

// Everything the rules need to know about one statement's tokens.
class Reader {
public:
    // Corrects misspelt list words ("opertor" → "operator") and looks every
    // word up once; the rules then test bits.
    Reader(const lint::BlameLexicon &lex, const QList<Token> &tokens) : m_lex(lex), m_t(tokens)
    {
        const int n = int(m_t.size());
        m_info.resize(n);
        for (int i = 0; i < n; ++i) {
            if (m_t[i].kind != Token::Kind::Word)
                continue;
            m_info[i] = lex.info(m_t[i].text);
            if (!m_info[i].known && !m_info[i].first) {
                if (const QString fixed = lex.correct(m_t[i].text); !fixed.isEmpty()) {
                    m_t[i].text = fixed;
                    m_info[i] = lex.info(fixed);
                }
            }
        }
        m_person.assign(n, 0);
        m_negativeSubject.assign(n, false);
        m_denied.assign(n, false);
        for (int i = 0; i < n; ++i)
            if (!m_person[i])
                markPeople(i);
        markDenialFrames();
    }

    int size() const { return int(m_t.size()); }
    bool isWord(int i) const { return i >= 0 && i < size() && m_t[i].kind == Token::Kind::Word; }
    const QString &text(int i) const { return m_t[i].text; }
    int match(const PhraseSet &set, int i, int end) const
    {
        return isWord(i) && (m_info[i].first & set.bit()) ? set.matchAt(m_t, i, end) : 0;
    }
    bool is(const PhraseSet &set, int i) const { return isWord(i) && (m_info[i].single & set.bit()); }
    bool isVerbForm(int i) const { return isWord(i) && m_info[i].verbForm; }
    const QList<Token> &tokens() const { return m_t; }
    bool isPerson(int i) const { return i >= 0 && i < size() && m_person[i] == 1; }
    bool isNotPerson(int i) const { return i >= 0 && i < size() && m_person[i] == 2; }
    bool isNegativeSubject(int i) const { return i >= 0 && i < size() && m_negativeSubject[i]; }
    bool isDenied(int i) const { return m_denied[i]; }
    const Token &token(int i) const { return m_t[i]; }

    bool isVerbLike(int i, int clauseBegin) const
    {
        if (!isWord(i) || isPerson(i))
            return false;
        if (is(m_lex.auxiliaries, i))
            return true;
        const QString &w = text(i);
        const bool afterDeterminer = i > clauseBegin && (is(m_lex.determiners, i - 1) || m_t[i - 1].possessive);
        if (afterDeterminer)
            return false;
        if (m_info[i].verbForm)
            return true;
        return w.size() >= 5 && w.endsWith(QLatin1String("ed")) && !m_info[i].notVerb;
    }

    bool isPastForm(int i) const
    {
        return isWord(i) && (m_info[i].participle || (text(i).endsWith(QLatin1String("ed")) && !m_info[i].notVerb));
    }

    bool isAdverb(int i) const
    {
        return isWord(i) && (is(m_lex.adverbs, i) || (text(i).size() > 4 && text(i).endsWith(QLatin1String("ly"))));
    }

    // Negated by a "not", "no" or "never" just before, with only filler
    // words between: "not caused by human error", "no operator mistake".
    bool negatedBefore(int i, int clauseBegin) const
    {
        for (int k = i - 1, steps = 0; k >= clauseBegin && steps < 7; --k, ++steps) {
            if (!isWord(k))
                return false;
            if (is(m_lex.negators, k) || match(m_lex.negators, k, i) > 0)
                return true;
            if (!is(m_lex.denialFillers, k) && !isPerson(k))
                return false;
        }
        return false;
    }

private:
    void markPeople(int i)
    {
        if (!isWord(i) || m_person[i])
            return;
        const int end = size();
        if (int n = match(m_lex.notPeople, i, end)) { // "the kubernetes operator", "user agent"
            for (int k = i; k < i + n; ++k)
                m_person[k] = 2;
            return;
        }
        if (int n = match(m_lex.negativeSubjects, i, end)) {
            for (int k = i; k < i + n; ++k) {
                m_person[k] = 1;
                m_negativeSubject[k] = true;
            }
            return;
        }
        int n = std::max(match(m_lex.roles, i, end), match(m_lex.names, i, end));
        if (n > 0 && n == match(m_lex.capitalisedNames, i, end) && n == 1) {
            // "Will", "Mark", "Rose": a name only when written as one, or
            // when it is directly followed by a verb ("rob ran the script").
            const bool followedByVerb = isWord(i + 1) && (isVerbForm(i + 1) || is(m_lex.auxiliaries, i + 1));
            if (!m_t[i].capitalised && !(followedByVerb && i == 0))
                n = 0;
            if (m_t[i].capitalised && i == 0 && !followedByVerb)
                n = 0; // "May the deploy..." at the start of a sentence
        }
        if (n == 0 && is(m_lex.titles, i) && isWord(i + 1))
            n = 2;
        for (int k = i; k < i + n; ++k)
            m_person[k] = 1;
    }

    // "It wasn't that the engineer was careless; ..." denies everything up
    // to the next sentence break or "but".
    void markDenialFrames()
    {
        for (int i = 0; i < size(); ++i) {
            const int n = match(m_lex.denialFrames, i, size());
            if (n == 0)
                continue;
            int k = i;
            for (; k < size(); ++k) {
                if (!isWord(k) && (text(k) == QLatin1String(";") || text(k) == QLatin1String(".") || text(k) == QLatin1String(":")
                                   || text(k) == QLatin1String("!") || text(k) == QLatin1String("?") || text(k) == QLatin1String("-")))
                    break;
                if (k >= i + n && (is(m_lex.contrastMarkers, k) || text(k) == QLatin1String("rather")))
                    break;
                m_denied[k] = true;
            }
            i = k;
        }
    }

    const lint::BlameLexicon &m_lex;
    QList<Token> m_t;
    std::vector<lint::WordInfo> m_info;
    std::vector<char> m_person;
    std::vector<bool> m_negativeSubject;
    std::vector<bool> m_denied;
};

struct ClauseReading {
    Actor actor = Actor::Nobody;
    int subject = -1; // head token of the subject
    int verb = -1;
    bool blame = false;
    bool strongSystemic = false; // names a condition, a deprivation, or what a system allowed
    bool systemicContent = false; // says what a thing did
    QList<Cue> cues;
};

class ClauseAnalyser {
public:
    ClauseAnalyser(const lint::BlameLexicon &lex, const Reader &r) : m_lex(lex), m_r(r) { }

    // `previous` is what the clause before said acted: a "who" clause
    // about the person a system acted on describes that person, it does
    // not make them the cause ("sent the page to an engineer who had left").
    ClauseReading read(const Clause &c, std::optional<Actor> inherited, std::optional<Actor> previous) const
    {
        ClauseReading out;
        int b = c.begin;
        while (b < c.end && m_r.isWord(b) && (m_r.text(b) == QLatin1String("and") || m_r.text(b) == QLatin1String("or")
                                               || m_r.text(b) == QLatin1String("then") || m_r.text(b) == QLatin1String("also")))
            ++b;
        const int e = c.end;
        if (b >= e)
            return out;

        out.verb = firstVerb(b, e);
        while (out.verb > b && m_r.token(out.verb).hyphenated) // "hard-coded", "fat-fingered"
            --out.verb;
        findSubject(c, b, e, inherited, out);
        if (c.role == ClauseRole::Relative && out.actor == Actor::Person && out.subject < 0 && previous == Actor::System)
            out.actor = Actor::Patient;

        // What a person was not given or could not do: "had no way to
        // see", "was not told". A stative verb ("owned", "was on call")
        // describes how work was organised rather than an act.
        bool personDescribed = false;
        if (out.actor == Actor::Person && out.verb >= 0) {
            for (int k = out.verb; k < std::min(e, out.verb + 3) && !personDescribed; ++k) {
                if (const int n = m_r.match(m_lex.deprivation, k, e)) {
                    out.strongSystemic = true;
                    out.cues.append({ k, k + n - 1, LintCue::Condition });
                    personDescribed = true;
                } else if (m_r.match(m_lex.stative, k, e)) {
                    out.systemicContent = true;
                    personDescribed = true;
                } else if (!m_r.is(m_lex.auxiliaries, k) && !m_r.isAdverb(k)) {
                    break; // only right at the verb: not "approved her own change"
                }
            }
            if (personDescribed)
                out.actor = Actor::Patient;
        }

        // The passive hides who acted: "was entered incorrectly".
        int enablerScope = e;
        if (out.verb >= 0 && !personDescribed)
            readPassive(b, e, out);

        // What a system allowed or made likely turns the rest of the
        // clause into a condition: "the tool let an engineer remove...".
        if (out.actor == Actor::System && out.verb >= 0) {
            for (int k = out.verb; k < std::min(e, out.verb + 3); ++k) {
                if (const int n = m_r.match(m_lex.enablers, k, e)) {
                    out.strongSystemic = true;
                    out.cues.append({ k, k + n - 1, LintCue::Condition });
                    enablerScope = k;
                    break;
                }
                if (!m_r.isAdverb(k) && !m_r.is(m_lex.auxiliaries, k))
                    break;
            }
        }

        for (int i = b; i < e; ++i) {
            if (!m_r.isWord(i))
                continue;
            const bool suppressed = m_r.isDenied(i) || i >= enablerScope || m_r.negatedBefore(i, b);
            if (int n = label(i, e)) {
                if (!suppressed)
                    addBlame(out, i, n, LintCue::Label);
                i += n - 1;
                continue;
            }
            if (int n = m_r.match(m_lex.judgements, i, e)) {
                if (!suppressed && !(out.verb >= 0 && m_r.isNegativeSubject(out.subject)))
                    addBlame(out, i, n, LintCue::Judgement);
                i += n - 1;
                continue;
            }
            if (int n = m_r.match(m_lex.slipNouns, i, e)) {
                const bool ownedBySystem = out.actor == Actor::System && out.subject >= 0 && out.subject < i;
                if (!suppressed && !ownedBySystem && out.actor != Actor::Patient && !m_r.isNegativeSubject(out.subject))
                    addBlame(out, i, n, LintCue::Slip);
                i += n - 1;
                continue;
            }
            if (int n = m_r.match(m_lex.slips, i, e)) {
                const bool personal = out.actor == Actor::Person || out.actor == Actor::Nobody;
                if (!suppressed && personal && !procedureDeniedByInability(i))
                    addBlame(out, i, n, LintCue::Slip);
                i += n - 1;
                continue;
            }
            if (int n = deficiency(i, e)) {
                out.strongSystemic = true;
                out.cues.append({ i, i + n - 1, LintCue::Condition });
                i += n - 1;
                continue;
            }
            if (int n = m_r.match(m_lex.conditions, i, e)) {
                out.strongSystemic = true;
                out.cues.append({ i, i + n - 1, LintCue::Condition });
                i += n - 1;
                continue;
            }
        }

        // A person as the one who acted, with no deprivation: the answer is
        // about what someone did.
        // An inherited or relative subject ("who", "..., then restarted")
        // has no word of its own here: mark the verb.
        const int who = out.subject >= 0 ? out.subject : out.verb;
        if (out.actor == Actor::Person && who >= 0 && !m_r.isDenied(who) && !m_r.negatedBefore(who, b)
            && !(m_r.isNegativeSubject(who) && (out.verb < 0 || hasCue(out, LintCue::Judgement))))
            addBlame(out, who, 1, LintCue::Person);
        if (out.actor == Actor::System && (out.verb >= 0 || out.subject >= 0))
            out.systemicContent = true;
        return out;
    }

private:
    static bool hasCue(const ClauseReading &r, LintCue kind)
    {
        return std::any_of(r.cues.cbegin(), r.cues.cend(), [kind](const Cue &c) { return c.kind == kind; });
    }

    void addBlame(ClauseReading &out, int i, int n, LintCue kind) const
    {
        out.blame = true;
        out.cues.append({ i, i + n - 1, kind });
    }

    int firstVerb(int b, int e) const
    {
        for (int i = b; i < e; ++i) {
            if (!m_r.isVerbLike(i, b))
                continue;
            // "Logging at debug level filled the disk": an -ing word that
            // opens the clause is its subject when another verb follows.
            if (i == b && m_r.text(i).endsWith(QLatin1String("ing")) && m_r.isVerbForm(i) && !m_r.is(m_lex.auxiliaries, i)) {
                bool laterVerb = false;
                for (int k = i + 1; k < e && !laterVerb; ++k)
                    laterVerb = m_r.isVerbLike(k, b) && !m_r.text(k).endsWith(QLatin1String("ing"));
                if (laterVerb)
                    continue;
            }
            // "config change was applied": a bare form followed closely by an
            // auxiliary or a past form was a noun.
            if (!m_r.is(m_lex.auxiliaries, i) && !m_r.isPastForm(i)) {
                for (int k = i + 1; k < std::min(e, i + 3); ++k)
                    if (m_r.is(m_lex.auxiliaries, k) || (m_r.isPastForm(k) && m_r.isVerbLike(k, b)))
                        return k;
            }
            return i;
        }
        return -1;
    }

    Actor actorOf(int i) const
    {
        if (i < 0)
            return Actor::Nobody;
        if (m_r.isPerson(i) || m_r.is(m_lex.relativePeople, i))
            return Actor::Person;
        if (m_r.is(m_lex.weakPronouns, i))
            return Actor::Person;
        const QString &w = m_r.text(i);
        if (w == QLatin1String("there") || w == QLatin1String("here"))
            return Actor::Nobody;
        return Actor::System;
    }

    // The head of the subject: the last word before the verb, or before the
    // first preposition when the clause opens with its subject ("an
    // engineer with admin rights ran...").
    void findSubject(const Clause &c, int b, int e, std::optional<Actor> inherited, ClauseReading &out) const
    {
        const int limit = out.verb >= 0 ? out.verb : e;
        if (c.relativeActor && (out.verb == b || out.verb < 0)) {
            out.actor = *c.relativeActor;
            return;
        }
        if (out.verb == b) {
            out.actor = inherited.value_or(Actor::Nobody);
            return;
        }
        int head = -1;
        if (!m_r.is(m_lex.prepositions, b) && !m_r.is(m_lex.timeMarkers, b)) {
            for (int k = b + 1; k < limit; ++k)
                if (m_r.is(m_lex.prepositions, k) && !m_r.isPerson(k) && m_r.isWord(k - 1)) {
                    head = k - 1;
                    break;
                }
        }
        if (head < 0) {
            head = limit - 1;
            while (head > b && (m_r.isAdverb(head) || !m_r.isWord(head)))
                --head;
        }
        // A person word followed by more of the noun phrase names a thing
        // ("the operator console"), except in multi-word roles.
        while (head > b && m_r.isPerson(head) && m_r.isPerson(head - 1) && m_r.token(head - 1).possessive)
            --head;
        if (!m_r.isWord(head))
            return;
        out.subject = head;
        out.actor = actorOf(head);
        // "The change Priya reviewed was...", "the script the engineer
        // wrote...": a person inside a reduced relative clause, after the
        // noun the sentence is about.
        const bool opensWithPhrase = m_r.is(m_lex.prepositions, b) || m_r.is(m_lex.timeMarkers, b);
        if (out.actor == Actor::Person && head > b && !opensWithPhrase) {
            const bool named = m_r.is(m_lex.names, head);
            for (int k = b; k < head; ++k) {
                const bool nounBefore = m_r.isWord(k) && !m_r.isPerson(k) && !m_r.is(m_lex.determiners, k)
                    && !m_r.is(m_lex.prepositions, k) && !m_r.is(m_lex.titles, k) && m_r.text(k) != QLatin1String("and")
                    && m_r.text(k) != QLatin1String("or") && !m_r.isNotPerson(k);
                const bool nextIsDeterminer = m_r.is(m_lex.determiners, k + 1) && k + 1 < head;
                if (nounBefore && ((named && k + 1 == head) || nextIsDeterminer)) {
                    out.subject = k;
                    out.actor = Actor::System;
                    break;
                }
            }
        }
        if (m_r.text(b).endsWith(QLatin1String("ing")) && m_r.isVerbForm(b) && out.verb > b && !m_r.isPerson(head)) {
            out.actor = Actor::Nobody; // an act without an actor: slips still count
            out.systemicContent = true;
        }
        // An unknown capitalised word as the whole subject, acting with a
        // person's state of mind ("Mehmet scaled the fleet to zero thinking
        // it was the test fleet"), is someone's name.
        if (out.actor == Actor::System && head == b && m_r.token(head).capitalised && out.verb == head + 1
            && !m_r.isNotPerson(head) && !m_r.isVerbForm(head)) {
            for (int k = out.verb; k < e; ++k)
                if (m_r.match(m_lex.mentalStates, k, e) > 0) {
                    out.actor = Actor::Person;
                    break;
                }
        }
        if (out.actor == Actor::Person && m_r.token(head).possessive)
            out.actor = Actor::System; // "the engineer's script deleted..."
        // A nominal fragment: "Human error.", "The intern.", "Missing alarm".
        if (out.verb < 0 && out.actor == Actor::System && head != b && m_r.isPerson(b) && !m_r.token(b).possessive)
            out.actor = Actor::Person;
        // "Wrong parameter passed to the script": a reduced passive.
        if (out.verb >= 0 && out.actor == Actor::System && !m_r.is(m_lex.auxiliaries, out.verb)
            && (m_r.is(m_lex.mannerActs, out.verb) || m_r.is(m_lex.intrinsicActs, out.verb))) {
            for (int k = b; k < out.verb; ++k)
                if (m_r.match(m_lex.slips, k, out.verb) > 0)
                    out.actor = Actor::Nobody;
        }
    }

    void readPassive(int b, int e, ClauseReading &out) const
    {
        int k = out.verb;
        bool sawPassiveAux = false;
        bool negated = false;
        bool modal = false;
        for (; k < e; ++k) {
            if (m_r.is(m_lex.passiveAuxiliaries, k)) {
                sawPassiveAux = true;
                continue;
            }
            if (m_r.is(m_lex.auxiliaries, k)) {
                modal = modal || m_r.text(k) == QLatin1String("should") || m_r.text(k) == QLatin1String("ought");
                continue;
            }
            if (m_r.text(k) == QLatin1String("not") || m_r.text(k) == QLatin1String("never")) {
                negated = true;
                continue;
            }
            if (m_r.isAdverb(k) || (m_r.text(k) == QLatin1String("to") && modal))
                continue;
            break;
        }
        if (!sawPassiveAux || k >= e || !m_r.isWord(k))
            return;
        const bool intrinsic = m_r.is(m_lex.intrinsicActs, k);
        const bool mannered = m_r.is(m_lex.mannerActs, k);
        const bool negatable = m_r.is(m_lex.negatedActs, k);
        if (!m_r.isPastForm(k) && !intrinsic && !mannered && !negatable)
            return; // a copula: "was slow", "were unaware"

        // The agent: "...by an engineer", "...by the deploy tool".
        for (int j = k + 1; j + 1 < e; ++j) {
            if (m_r.text(j) != QLatin1String("by") || m_r.match(m_lex.manner, j, e) > 0) // not "by mistake"
                continue;
            int h = j + 1;
            while (h + 1 < e && m_r.is(m_lex.determiners, h))
                ++h;
            // The agent's head: the last word of its noun phrase.
            int last = h;
            while (last + 1 < e && m_r.isWord(last + 1) && !m_r.isVerbLike(last + 1, h) && !m_r.is(m_lex.prepositions, last + 1))
                ++last;
            const Actor agent = m_r.isPerson(h) || m_r.isPerson(last) ? Actor::Person : actorOf(last);
            if (agent == Actor::Person && !m_r.isNegativeSubject(h)) {
                out.actor = Actor::Person;
                out.subject = m_r.isPerson(last) ? last : h;
            } else {
                out.actor = Actor::System;
            }
            return;
        }
        bool withManner = false;
        for (int j = k + 1; j < e && !withManner; ++j)
            withManner = m_r.match(m_lex.manner, j, e) > 0;
        // "The wrong certificate was uploaded": the slip is in the subject.
        for (int j = b; j < out.verb && !withManner; ++j)
            withManner = m_r.match(m_lex.manner, j, out.verb) > 0 || m_r.text(j) == QLatin1String("wrong")
                || m_r.text(j) == QLatin1String("incorrect");
        const bool humanAct = intrinsic || (mannered && (withManner || modal)) || (negatable && (negated || modal))
            || (withManner && !m_r.is(m_lex.auxiliaries, k));
        if (!humanAct) {
            if (out.actor == Actor::Person)
                out.actor = Actor::Patient; // "the on-call engineer was paged"
            return;
        }
        if (out.actor == Actor::Person && !negated && !intrinsic && !withManner && modal)
            return; // "the engineer should have been paged" reads as deprivation
        out.actor = Actor::Nobody;
        if (!m_r.isDenied(k) && !m_r.negatedBefore(out.verb, b) && !(negated && m_r.text(k) == QLatin1String("done") && !modal))
            addBlame(out, k, 1, LintCue::PassiveAct);
    }

    // "human error", "operater eror", "humanerror", "error by the operator".
    int label(int i, int e) const
    {
        if (int n = m_r.match(m_lex.labelPhrases, i, e))
            return n;
        if (int h = m_r.match(m_lex.labelHeads, i, e)) {
            int t = i + h;
            if (int n = m_r.match(m_lex.labelTails, t, e)) {
                if (m_r.isWord(t + n) && m_r.is(m_lex.labelBlockers, t + n))
                    return 0;
                // "user errors were returned" and "operator failure" of a
                // software operator are not blame; "user" alone needs the
                // singular tail.
                return h + n;
            }
        }
        // Run together: "humanerror", "operatorerror".
        const QString &w = m_r.text(i);
        if (w.size() >= 9 && w.size() <= 20) {
            for (qsizetype s = 4; s + 4 <= w.size(); ++s) {
                auto fixed = [this](const QString &part) {
                    const QString c = m_lex.correct(part);
                    return c.isEmpty() ? part : c;
                };
                if (m_lex.labelHeads.containsWord(fixed(w.left(s))) && m_lex.labelTails.containsWord(fixed(w.mid(s))))
                    return 1;
            }
        }
        // "an error by the operator", "mistake on the part of the engineer".
        if (int n = m_r.match(m_lex.labelTails, i, e)) {
            int k = i + n;
            if (k < e && (m_r.text(k) == QLatin1String("by") || m_r.text(k) == QLatin1String("of"))) {
                ++k;
                while (k < e && m_r.is(m_lex.determiners, k))
                    ++k;
                if (m_r.isPerson(k))
                    return k - i + 1;
            }
        }
        return 0;
    }

    // "no validation", "missing alarm", "without a confirmation step"; not
    // "no one", nor "without checking" (a slip), nor "lack of care" (a
    // judgement, matched earlier).
    int deficiency(int i, int e) const
    {
        const int n = m_r.match(m_lex.deficiency, i, e);
        if (n == 0)
            return 0;
        const int next = i + n;
        if (m_r.text(i) == QLatin1String("no") || m_r.text(i) == QLatin1String("without") || m_r.text(i) == QLatin1String("nothing")) {
            if (!m_r.isWord(next) && m_r.text(i) != QLatin1String("nothing"))
                return 0;
            if (m_r.isWord(next) && (m_r.isPerson(next) || m_r.text(next).endsWith(QLatin1String("ing"))
                                     || m_r.text(next) == QLatin1String("longer") || m_r.text(next) == QLatin1String("more")))
                return 0;
        }
        return n;
    }

    // "could not follow the runbook" is an inability, not a lapse.
    bool procedureDeniedByInability(int i) const
    {
        return i > 0 && m_r.isWord(i - 1) && (m_r.text(i - 1) == QLatin1String("could") || m_r.text(i - 1) == QLatin1String("can"));
    }

    const lint::BlameLexicon &m_lex;
    const Reader &m_r;
};

// Splits the statement at punctuation and at words that open a clause.
QList<Clause> splitClauses(const lint::BlameLexicon &lex, const Reader &r)
{
    QList<Clause> out;
    Clause current;
    auto close = [&out, &current](int at, ClauseRole nextRole, int nextBegin) {
        current.end = at;
        if (current.end > current.begin)
            out.append(current);
        current = Clause {};
        current.begin = nextBegin;
        current.role = nextRole;
    };
    const int n = r.size();
    for (int i = 0; i < n; ++i) {
        if (!r.isWord(i)) {
            close(i, ClauseRole::Main, i + 1);
            continue;
        }
        auto marker = [&](const PhraseSet &set, ClauseRole role) {
            const int m = r.match(set, i, n);
            if (m == 0 || r.isDenied(i))
                return false;
            close(i, role, i + m);
            i += m - 1;
            return true;
        };
        if (marker(lex.causeMarkers, ClauseRole::Cause) || marker(lex.effectMarkers, ClauseRole::Effect)
            || marker(lex.concessiveMarkers, ClauseRole::Concessive) || marker(lex.contrastMarkers, ClauseRole::Contrast)
            || marker(lex.timeMarkers, ClauseRole::Time))
            continue;
        const bool relativeWord = r.is(lex.relativeMarkers, i);
        // "that" opens a clause only when a verb follows: "a script that had
        // no dry-run mode", not "that host".
        const bool relativeThat = r.text(i) == QLatin1String("that") && i > 0 && r.isWord(i - 1)
            && r.isWord(i + 1) && (r.is(lex.auxiliaries, i + 1) || lex.isVerbForm(r.text(i + 1)));
        if ((relativeWord || relativeThat) && i > 0) {
            std::optional<Actor> antecedent;
            if (r.is(lex.relativePeople, i))
                antecedent = Actor::Person;
            else if (r.text(i) == QLatin1String("which") || r.text(i) == QLatin1String("where"))
                antecedent = Actor::System;
            else
                antecedent = r.isPerson(i - 1) ? Actor::Person : Actor::System;
            close(i, ClauseRole::Relative, i + 1);
            current.relativeActor = antecedent;
        }
    }
    close(n, ClauseRole::Main, n);
    return out;
}

struct Wording {
    QString explanation;
    QString reframe;
};

Wording wordingFor(LintCue cue, const QString &words, const QString &answerLower)
{
    const QString quoted = QStringLiteral("\u201C%1\u201D").arg(words);
    switch (cue) {
    case LintCue::Label:
        return { tr("%1 is a label, not a cause: operators cannot make up for a design that lets an error do harm.").arg(quoted),
                 tr("What made this error possible, and why did nothing catch it?") };
    case LintCue::Judgement:
        return { tr("%1 judges a person instead of describing the conditions they worked in.").arg(quoted),
                 tr("What made the safe action harder than the unsafe one?") };
    case LintCue::Slip:
        if (answerLower.contains(QLatin1String("runbook")) || answerLower.contains(QLatin1String("procedure"))
            || answerLower.contains(QLatin1String("checklist")) || answerLower.contains(QLatin1String("playbook")))
            return { tr("%1 describes a lapse. People lapse; the question is why the procedure depended on them not to.").arg(quoted),
                     tr("What made the runbook hard to follow at that moment?") };
        if (words.contains(QLatin1String("wrong"), Qt::CaseInsensitive) || words.contains(QLatin1String("incorrect"), Qt::CaseInsensitive)
            || words.contains(QLatin1String("typ"), Qt::CaseInsensitive))
            return { tr("%1 describes a slip. Slips will happen; the question is why this one could do harm.").arg(quoted),
                     tr("Why was the wrong value accepted?") };
        return { tr("%1 describes a slip. Slips will happen; the question is why this one could do harm.").arg(quoted),
                 tr("What allowed this action to have this effect?") };
    case LintCue::PassiveAct:
        if (answerLower.contains(QLatin1String("runbook")) || answerLower.contains(QLatin1String("procedure"))
            || answerLower.contains(QLatin1String("checklist")) || answerLower.contains(QLatin1String("playbook")))
            return { tr("%1 hides a person's lapse in the passive voice. Describe the step and what made it hard, not the person.").arg(quoted),
                     tr("What made the runbook hard to follow at that moment?") };
        return { tr("%1 hides a person's action in the passive voice. Describe the action and the conditions, not the person.").arg(quoted),
                 tr("Why was the wrong value accepted?") };
    case LintCue::Person:
        return { tr("The answer is about what %1 did, not about what in the system allowed it. A person is never the root cause.").arg(quoted),
                 tr("What allowed this action to have this effect?") };
    case LintCue::Condition:
        break;
    }
    return {};
}

int cueRank(LintCue cue)
{
    switch (cue) {
    case LintCue::Label: return 0;
    case LintCue::Judgement: return 1;
    case LintCue::PassiveAct: return 2;
    case LintCue::Slip: return 3;
    case LintCue::Person: return 4;
    case LintCue::Condition: return 5;
    }
    return 6;
}

} // namespace

QString lintVerdictKey(LintVerdict verdict)
{
    switch (verdict) {
    case LintVerdict::Blame: return QStringLiteral("blame");
    case LintVerdict::Systemic: return QStringLiteral("systemic");
    case LintVerdict::Unclear: return QStringLiteral("unclear");
    }
    return {};
}

QString lintVerdictLabel(LintVerdict verdict)
{
    switch (verdict) {
    case LintVerdict::Blame: return tr("Blame");
    case LintVerdict::Systemic: return tr("Systemic");
    case LintVerdict::Unclear: return tr("Unclear");
    }
    return {};
}

QString lintCueKey(LintCue cue)
{
    switch (cue) {
    case LintCue::Label: return QStringLiteral("label");
    case LintCue::Judgement: return QStringLiteral("judgement");
    case LintCue::Slip: return QStringLiteral("slip");
    case LintCue::PassiveAct: return QStringLiteral("passive_act");
    case LintCue::Person: return QStringLiteral("person");
    case LintCue::Condition: return QStringLiteral("condition");
    }
    return {};
}

BlameLinter::BlameLinter(const lint::BlameLexicon &lexicon) : m_lex(lexicon) { }

LintResult BlameLinter::lint(QStringView answer) const
{
    LintResult result;
    const QStringView trimmed = answer.trimmed();
    if (trimmed.isEmpty()) {
        result.explanation = tr("The answer is empty. Say what in the system let this happen.");
        return result;
    }
    if (answer.size() > kMaxLength) {
        result.explanation = tr("The answer is %1 characters long: that is a report, not one cause. Split it into separate causes of a few sentences each.")
                                 .arg(answer.size());
        return result;
    }

    const QList<Token> tokens = lint::tokenize(answer);
    int words = 0;
    int nonLatin = 0;
    for (const Token &t : tokens)
        if (t.kind == Token::Kind::Word) {
            ++words;
            nonLatin += t.latin ? 0 : 1;
        }
    if (words == 0) {
        result.explanation = tr("The answer has no words. Say what in the system let this happen.");
        return result;
    }

    const Reader reader(m_lex, tokens);
    if (reader.match(m_lex.vague, 0, int(tokens.size())) == words) {
        result.explanation = tr("\u201C%1\u201D does not name a cause. Say what in the system failed, was missing, or allowed this.")
                                 .arg(trimmed.toString());
        return result;
    }

    const ClauseAnalyser analyser(m_lex, reader);
    const QList<Clause> clauses = splitClauses(m_lex, reader);
    QList<ClauseReading> readings;
    std::optional<Actor> previous;
    for (const Clause &c : clauses) {
        readings.append(analyser.read(c, previous, readings.isEmpty() ? std::nullopt : std::optional<Actor>(readings.last().actor)));
        previous = readings.last().actor == Actor::Patient ? Actor::Person : readings.last().actor;
    }

    bool blame = false;
    bool rescued = false;
    bool systemic = false;
    QList<Cue> cues;
    for (qsizetype k = 0; k < readings.size(); ++k) {
        const ClauseReading &r = readings[k];
        const ClauseRole role = clauses[k].role;
        blame = blame || r.blame;
        if (!r.blame && r.strongSystemic && role != ClauseRole::Effect && role != ClauseRole::Concessive && role != ClauseRole::Time)
            rescued = true;
        // "...because the two volumes had the same name": a cause that is a
        // thing's behaviour. Not "because it was late", where "it" is
        // nothing in particular.
        if (!r.blame && role == ClauseRole::Cause && r.actor == Actor::System && r.verb >= 0 && r.subject >= 0
            && !reader.is(m_lex.determiners, r.subject) && reader.text(r.subject) != QLatin1String("it"))
            rescued = true;
        systemic = systemic || r.strongSystemic || r.systemicContent;
        cues.append(r.cues);
    }

    const QString lower = answer.toString().toLower();
    auto spanText = [&tokens, &answer](const Cue &c) {
        const int start = tokens[c.first].start;
        return answer.mid(start, tokens[c.last].start + tokens[c.last].length - start).toString();
    };
    std::sort(cues.begin(), cues.end(), [](const Cue &a, const Cue &b) { return a.first < b.first; });
    for (const Cue &c : std::as_const(cues)) {
        const int start = tokens[c.first].start;
        result.spans.append({ start, tokens[c.last].start + tokens[c.last].length - start, c.kind });
    }

    if (blame && !rescued) {
        result.verdict = LintVerdict::Blame;
        const auto primary = std::min_element(cues.cbegin(), cues.cend(), [](const Cue &a, const Cue &b) { return cueRank(a.kind) < cueRank(b.kind); });
        const Wording w = wordingFor(primary->kind, spanText(*primary), lower);
        result.explanation = w.explanation;
        result.reframe = w.reframe;
        result.spans.removeIf([](const LintSpan &s) { return s.cue == LintCue::Condition; });
        return result;
    }
    if (nonLatin * 2 > words) {
        result.spans.clear();
        result.explanation = tr("The answer is written in a script the blame word lists do not cover yet, so it cannot be checked. "
                                "A team can add its language to the lexicon.");
        return result;
    }
    if (words < 2 || (words < 3 && !rescued)) {
        result.spans.clear();
        result.explanation = tr("Too short to tell what happened. Say what in the system failed, was missing, or allowed this.");
        return result;
    }
    const auto condition = std::find_if(cues.cbegin(), cues.cend(), [](const Cue &c) { return c.kind == LintCue::Condition; });
    if (blame) {
        result.verdict = LintVerdict::Systemic;
        result.explanation = condition != cues.cend()
            ? tr("Names a condition of the system (\u201C%1\u201D). It also describes what a person did: keep the focus on the condition.").arg(spanText(*condition))
            : tr("Names a condition of the system; it also describes what a person did.");
        return result;
    }
    if (condition != cues.cend()) {
        result.verdict = LintVerdict::Systemic;
        result.explanation = tr("Names a condition of the system (\u201C%1\u201D).").arg(spanText(*condition));
        return result;
    }
    if (systemic) {
        result.verdict = LintVerdict::Systemic;
        result.explanation = tr("Describes what the system did. Check that it is a condition the team can change.");
        return result;
    }
    result.spans.clear();
    result.explanation = tr("Does not say what in the system failed, was missing, or allowed this.");
    return result;
}

} // namespace closeloop
