#pragma once

#include "database.h"
#include "domain/result.h"
#include "domain/service.h"

#include <QDate>
#include <QList>

namespace closeloop {

struct ServiceSummary {
    Service service;
    QString ownerName;
    int coeCount = 0;
    int openActionItems = 0;
    QDate lastReviewDate; // last signed-off ORR, invalid if none
};

class ServiceRepository final {
public:
    explicit ServiceRepository(Database &db) : m_db(db) { }

    Result<Id> create(Service &service);
    Status update(Service &service);
    Status remove(const Service &service);
    Result<Service> load(Id id);
    Result<QList<ServiceSummary>> list();
    // Every service with its footprint, without the counts list() adds.
    Result<QList<Service>> all();

private:
    Database &m_db;
};

} // namespace closeloop
