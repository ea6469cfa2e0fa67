#pragma once

#include "domain/coe.h"
#include "domain/result.h"

#include <optional>

namespace closeloop {

class Database;
namespace listquery {
class Where;
}

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

    // The ids of every COE the query lets through, in its order; only the
    // first `limit` when limit is not negative.
    Result<QList<Id>> ids(const CoeListQuery &query, int limit = -1);
    // How many COEs the query lets through.
    Result<int> count(const CoeListQuery &query);
    // Every row the query lets through, read in batches.
    Result<QList<CoeSummary>> all(const CoeListQuery &query);
    // The list's row of each of these COEs, in the order given; ids no
    // longer stored are left out.
    Result<QList<CoeSummary>> rows(const QList<Id> &ids);

private:
    void filter(const CoeListQuery &query, listquery::Where &where);
    Database &m_db;
};

} // namespace closeloop
