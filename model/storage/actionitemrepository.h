#pragma once

#include "database.h"
#include "domain/actionitem.h"
#include "domain/result.h"

#include <QList>

#include <QHash>

namespace closeloop {

class ActionItemRepository final {
public:
    explicit ActionItemRepository(Database &db) : m_db(db) { }

    Result<Id> create(ActionItem &item);
    Status update(ActionItem &item);
    // Many items in one transaction: all are written or none is. Each is
    // checked and revision-checked as update() does; a refusal names the
    // item. Revisions in `items` move on only when everything committed.
    Status updateAll(QList<ActionItem> &items);
    Status remove(const ActionItem &item);
    Result<ActionItem> load(Id id);
    // Every item, with owner, service and source names for lists.
    Result<QList<ActionItemSummary>> list();
    Result<QList<ActionItem>> forSource(ActionSource source, Id sourceId);
    // The items of many COEs at once, by COE id.
    Result<QHash<Id, QList<ActionItem>>> forCoes(const QList<Id> &coeIds);
    // Works out the stored strength of items that have none (written before
    // schema version 9, or imported without it); returns how many.
    Result<int> classifyUnrated();

private:
    Database &m_db;
};

} // namespace closeloop
