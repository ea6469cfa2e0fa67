#pragma once

#include "database.h"
#include "domain/ids.h"
#include "domain/result.h"

#include <QList>
#include <QString>

namespace closeloop {

struct SearchHit {
    Id coeId = 0;
    QString title;
    QString status;   // stored form, e.g. "in_review"
    QString service;  // empty when the COE has none
    QString snippet;  // the best matching passage; matches between «»
    QString impactStart; // UTC text as stored, or empty
};

// Turns what a person types into an FTS5 query: every word must match, as
// a prefix ("fail" finds "failover"); "quoted words" must match as a
// phrase. Operators and punctuation are taken as plain text, so no input is
// a syntax error. Empty when nothing searchable was typed.
QString fullTextQuery(const QString &typed);
// What was typed as words and phrases, for any dialect's query.
QList<SearchTerm> searchTerms(const QString &typed);

// The passage of `text` around the first word that starts like one typed,
// about `wordsAround` words long, with the matching words between «»;
// empty when no word matches.
QString searchSnippet(const QString &text, const QString &typed, int wordsAround = 14);

// Full-text search over COEs (title, summary and everything written in
// them). Up to `rankAtMost` matches are ranked by relevance (bm25: a hit in
// the title counts most, then the summary, then the rest). Past that, a
// query is too general for relevance to mean much and ranking every match
// would be slow: the newest COEs whose title matches come first, then
// summary, then the rest.
class SearchRepository final {
public:
    explicit SearchRepository(Database &db, int rankAtMost = 10000) : m_db(db), m_rankAtMost(rankAtMost) { }

    Result<QList<SearchHit>> searchCoes(const QString &typed, int limit = 50);

private:
    Result<QList<Id>> rankedIds(const QList<SearchTerm> &terms, int limit);

    Database &m_db;
    int m_rankAtMost;
};

} // namespace closeloop
