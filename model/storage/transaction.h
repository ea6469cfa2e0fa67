#pragma once

#include "database.h"

namespace closeloop {

// Scoped transaction: rolls back unless commit() succeeded. Nested scopes
// join the outer transaction; a rollback anywhere dooms the whole of it.
class Transaction final {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    Status commit();

private:
    Database &m_db;
    bool m_active = false;
    bool m_done = false;
};

} // namespace closeloop
