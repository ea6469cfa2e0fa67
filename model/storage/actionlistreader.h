#pragma once

#include "actions/actionexport.h"
#include "actions/actionfilter.h"
#include "domain/result.h"

#include <QDate>

namespace closeloop {

class Database;
namespace listquery {
class Where;
}

// What the action-item list asks for: the tracker's filter, the state
// chosen above the list ("overdue", "unfinished" or a status key), and an
// order, all answered in SQL.
struct ActionListQuery {
    enum class Order { ById, ByTitle, ByOwner, ByDue, ByStatus, ByPriority, ByType, ByStrength, ByService, BySource };
    ActionFilter filter;
    QString stateKey;
    QString text; // the list's filter box: every word in the title, description, tracker link, owner or source
    Order order = Order::ByDue;
    bool descending = false;
    QDate today;
};

class ActionListReader final {
public:
    explicit ActionListReader(Database &db) : m_db(db) { }

    // The ids of every item the query lets through, in its order; only the
    // first `limit` when limit is not negative.
    Result<QList<Id>> ids(const ActionListQuery &query, int limit = -1);
    // Rows for the list, in the order given, with owner, service and source
    // names and the stored strength.
    Result<QList<ActionItemSummary>> rows(const QList<Id> &ids);
    // Every row the query lets through, read in batches.
    Result<QList<ActionItemSummary>> all(const ActionListQuery &query);
    // For the filter bar: everyone who owns an item, every service with one.
    Result<QStringList> ownerNames();
    Result<QStringList> serviceNames();
    // The overdue summary's figures over every item, counted in SQL.
    Result<OverdueFacts> overdue(const QDate &today);

private:
    void filter(const ActionListQuery &query, listquery::Where &where);
    Database &m_db;
};

} // namespace closeloop
