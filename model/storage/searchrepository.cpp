#include "searchrepository.h"

#include "sql.h"

#include <QRegularExpression>

namespace closeloop {

QString fullTextQuery(const QString &typed)
{
    QStringList terms;
    // Quoted phrases first, then single words; anything that is not a
    // letter or digit separates words, as FTS5's unicode61 tokenizer does.
    static const QRegularExpression piece(QStringLiteral("\"([^\"]*)\"|([^\\s\"]+)"));
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    for (auto it = piece.globalMatch(typed); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const bool phrase = m.capturedLength(1) > 0;
        const QStringList words = (phrase ? m.captured(1) : m.captured(2)).split(nonWord, Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        if (phrase)
            terms << QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"');
        else
            for (const QString &w : words)
                terms << QLatin1Char('"') + w + QStringLiteral("\"*");
    }
    return terms.join(QStringLiteral(" AND "));
}

Result<QList<SearchHit>> SearchRepository::searchCoes(const QString &typed, int limit)
{
    QList<SearchHit> hits;
    const QString query = fullTextQuery(typed);
    if (query.isEmpty())
        return hits;
    // bm25 weights: title 10, summary 4, everything else 1.
    auto q = sql::exec(m_db,
        QStringLiteral("SELECT c.id, c.title, c.status, coalesce(s.name, ''), "
                       "       snippet(coe_search, -1, '«', '»', '…', 12), coalesce(c.impact_start_at, '') "
                       "FROM coe_search "
                       "JOIN coes c ON c.id = coe_search.rowid "
                       "LEFT JOIN services s ON s.id = c.service_id "
                       "WHERE coe_search MATCH :query "
                       "ORDER BY bm25(coe_search, 10.0, 4.0, 1.0), c.id DESC "
                       "LIMIT :limit"),
        { { QStringLiteral("query"), query }, { QStringLiteral("limit"), limit } });
    if (!q)
        return q.error();
    QSqlQuery &rows = q.value();
    while (rows.next())
        hits.append({ rows.value(0).toLongLong(), rows.value(1).toString(), rows.value(2).toString(), rows.value(3).toString(),
                      rows.value(4).toString(), rows.value(5).toString() });
    return hits;
}

} // namespace closeloop
