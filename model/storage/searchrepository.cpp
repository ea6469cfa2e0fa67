#include "searchrepository.h"

#include "sql.h"

#include <QRegularExpression>

namespace closeloop {

QList<SearchTerm> searchTerms(const QString &typed)
{
    QList<SearchTerm> terms;
    // Quoted phrases first, then single words; anything that is not a
    // letter or digit separates words, as FTS5's unicode61 tokenizer does.
    static const QRegularExpression piece(QStringLiteral("\"([^\"]*)\"|([^\\s\"]+)"));
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    for (auto it = piece.globalMatch(typed); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const bool phrase = m.capturedLength(1) > 0;
        const QStringList words = (phrase ? m.captured(1) : m.captured(2)).split(nonWord, Qt::SkipEmptyParts);
        if (!words.isEmpty())
            terms.append({ words, phrase });
    }
    return terms;
}

QString fullTextQuery(const QString &typed)
{
    return SqliteDialect().searchQuery(searchTerms(typed), SearchField::Any);
}

namespace {

// The words a person typed, for marking them in a passage: quoted phrases
// as their words, everything lower case; each marks words it starts.
QStringList markedWords(const QString &typed)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList words = typed.toLower().split(nonWord, Qt::SkipEmptyParts);
    words.removeDuplicates();
    return words;
}

} // namespace

QString searchSnippet(const QString &text, const QString &typed, int wordsAround)
{
    const QStringList wanted = markedWords(typed);
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    struct Token { qsizetype start, end; bool hit; };
    QList<Token> tokens;
    qsizetype firstHit = -1;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString w = m.captured().toLower();
        const bool hit = std::any_of(wanted.cbegin(), wanted.cend(), [&w](const QString &p) { return w.startsWith(p); });
        if (hit && firstHit < 0)
            firstHit = tokens.size();
        tokens.append({ m.capturedStart(), m.capturedEnd(), hit });
    }
    if (firstHit < 0)
        return {};
    // A few words before the first hit, the rest after it.
    const qsizetype from = std::max<qsizetype>(0, firstHit - wordsAround / 3);
    const qsizetype to = std::min<qsizetype>(tokens.size(), from + wordsAround);
    QString out = from > 0 ? QStringLiteral("…") : QString();
    qsizetype at = tokens.at(from).start;
    for (qsizetype i = from; i < to; ++i) {
        const Token &t = tokens.at(i);
        out += text.mid(at, t.start - at);
        out += t.hit ? QStringLiteral("«") + text.mid(t.start, t.end - t.start) + QStringLiteral("»") : text.mid(t.start, t.end - t.start);
        at = t.end;
    }
    // Past the last word: its full stop, if the passage ends there.
    out += to < tokens.size() ? QStringLiteral("…") : text.mid(at);
    return out.simplified();
}

Result<QList<SearchHit>> SearchRepository::searchCoes(const QString &typed, int limit)
{
    QList<SearchHit> hits;
    const QList<SearchTerm> terms = searchTerms(typed);
    if (terms.isEmpty())
        return hits;
    auto ids = rankedIds(terms, limit);
    if (!ids)
        return ids.error();
    if (ids.value().isEmpty())
        return hits;
    // Details for the chosen few only: the passages are cut here, not by
    // FTS5's snippet(), which would run for every match before the LIMIT.
    QStringList idList;
    for (Id id : ids.value())
        idList << QString::number(id);
    auto q = sql::exec(m_db,
        QStringLiteral("SELECT c.id, c.title, c.status, coalesce(s.name, ''), coalesce(c.impact_start_at, ''), f.summary, f.body "
                       "FROM coes c JOIN coe_search f ON f.%2 = c.id "
                       "LEFT JOIN services s ON s.id = c.service_id "
                       "WHERE c.id IN (%1)").arg(idList.join(QLatin1Char(',')), m_db.dialect().searchKey()));
    if (!q)
        return q.error();
    QHash<Id, SearchHit> byId;
    QSqlQuery &rows = q.value();
    while (rows.next()) {
        SearchHit h { rows.value(0).toLongLong(), rows.value(1).toString(), rows.value(2).toString(), rows.value(3).toString(), {},
                      rows.value(4).toString() };
        h.snippet = searchSnippet(rows.value(5).toString(), typed);
        if (h.snippet.isEmpty())
            h.snippet = searchSnippet(rows.value(6).toString(), typed);
        if (h.snippet.isEmpty())
            h.snippet = searchSnippet(h.title, typed);
        byId.insert(h.coeId, h);
    }
    for (Id id : ids.value())
        if (byId.contains(id))
            hits.append(byId.value(id));
    return hits;
}

Result<QList<Id>> SearchRepository::rankedIds(const QList<SearchTerm> &terms, int limit)
{
    const SqlDialect &dialect = m_db.dialect();
    const QString query = dialect.searchQuery(terms, SearchField::Any);
    const QString key = dialect.searchKey();
    QList<Id> ids;
    auto collect = [&](const QString &statement, const QString &match) -> Status {
        auto q = sql::exec(m_db, statement, { { QStringLiteral("query"), match }, { QStringLiteral("limit"), limit } });
        if (!q)
            return q.error();
        while (q.value().next() && ids.size() < limit) {
            const Id id = q.value().value(0).toLongLong();
            if (!ids.contains(id))
                ids << id;
        }
        return {};
    };
    // Ranking by bm25 costs time for every match; finding matches does not.
    auto counted = sql::exec(m_db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM coe_search WHERE %1 LIMIT :most) m")
                                       .arg(dialect.searchMatch()),
                             { { QStringLiteral("query"), query }, { QStringLiteral("most"), m_rankAtMost + 1 } });
    if (!counted)
        return counted.error();
    counted.value().next();
    if (counted.value().value(0).toInt() <= m_rankAtMost) {
        if (auto s = collect(QStringLiteral("SELECT %1 FROM coe_search WHERE %2 ORDER BY %3, %1 DESC LIMIT :limit")
                                 .arg(key, dialect.searchMatch(), dialect.searchRankOrder()), query); !s)
            return s.error();
        return ids;
    }
    // So many COEs match that the words say little about any one of them:
    // the newest whose title matches, then summary, then anything written.
    const QString newest = QStringLiteral("SELECT %1 FROM coe_search WHERE %2 ORDER BY %1 DESC LIMIT :limit")
                               .arg(key, dialect.searchMatch());
    for (SearchField field : { SearchField::Title, SearchField::Summary, SearchField::Any })
        if (auto s = collect(newest, dialect.searchQuery(terms, field)); !s)
            return s.error();
    return ids;
}

} // namespace closeloop
