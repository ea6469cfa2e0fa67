#pragma once

#include "database.h"
#include "domain/auditentry.h"
#include "domain/result.h"

#include <QList>

namespace closeloop {

class AuditLogRepository final {
public:
    explicit AuditLogRepository(Database &db) : m_db(db) { }
    // A record's history, oldest first.
    Result<QList<AuditEntry>> history(const QString &entity, Id id);

private:
    Database &m_db;
};

} // namespace closeloop
