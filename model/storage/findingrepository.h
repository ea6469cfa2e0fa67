#pragma once

#include "database.h"
#include "domain/finding.h"
#include "domain/result.h"

#include <QList>

namespace closeloop {

struct FindingSummary {
    Finding finding;
    QString axiomKey; // of the axiom the finding produced, if any
};

class FindingRepository final {
public:
    explicit FindingRepository(Database &db) : m_db(db) { }

    Result<Id> create(Finding &finding);
    Status update(Finding &finding);
    Status remove(const Finding &finding);
    Result<Finding> load(Id id);
    Result<QList<FindingSummary>> list();

private:
    Status saveLinks(const Finding &finding);
    Database &m_db;
};

} // namespace closeloop
