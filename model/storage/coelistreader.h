#pragma once

#include "domain/coe.h"
#include "domain/result.h"

#include <optional>

namespace closeloop {

class Database;

// What the COE list asks for: filtered and ordered in SQL, so a list of
// 100,000 COEs never needs them all in memory.
struct CoeListQuery {
    enum class Order { ById, ByTitle, ByService, BySeverity, ByStatus, ByImpactStart, ByAuthor, ByOpenActions };
    QString text; // every word in the title, service, author, or the id
    std::optional<CoeStatus> status;
    Order order = Order::ByImpactStart;
    bool descending = true;
};

class CoeListReader final {
public:
    explicit CoeListReader(Database &db) : m_db(db) { }

    // The ids of every COE the query lets through, in its order.
    Result<QList<Id>> ids(const CoeListQuery &query);
    // Every row the query lets through, read in batches.
    Result<QList<CoeSummary>> all(const CoeListQuery &query);
    // The list's row of each of these COEs, in the order given; ids no
    // longer stored are left out.
    Result<QList<CoeSummary>> rows(const QList<Id> &ids);

private:
    Database &m_db;
};

} // namespace closeloop
