#pragma once

#include "database.h"
#include "domain/result.h"

#include <QHash>
#include <QString>

namespace closeloop {

// Settings shared by everyone using the database, as text by key. A key
// not stored has its built-in default, decided by whoever reads it.
class SettingsRepository final {
public:
    explicit SettingsRepository(Database &db) : m_db(db) { }

    Result<QHash<QString, QString>> all();
    // Writes all of them in one transaction, or none.
    Status set(const QHash<QString, QString> &values);

private:
    Database &m_db;
};

} // namespace closeloop
