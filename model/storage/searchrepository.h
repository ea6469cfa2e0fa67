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

// Full-text search over COEs (title, summary and everything written in
// them), best matches first: a hit in the title counts most, then the
// summary, then the rest.
class SearchRepository final {
public:
    explicit SearchRepository(Database &db) : m_db(db) { }

    Result<QList<SearchHit>> searchCoes(const QString &typed, int limit = 50);

private:
    Database &m_db;
};

} // namespace closeloop
