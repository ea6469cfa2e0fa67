#pragma once

#include "database.h"
#include "domain/coe.h"
#include "domain/result.h"

#include <QList>

namespace closeloop {

class CoeRepository final {
public:
    explicit CoeRepository(Database &db) : m_db(db) { }

    // Stores the COE with every section; sets ids of the COE and its new
    // child rows (timeline events, whys keep their temporary → real mapping).
    Result<Id> create(Coe &coe);
    // Saves every section. Refused, with nothing written, when the COE was
    // changed by someone else since it was loaded.
    Status update(Coe &coe);
    // Moves the COE to another workflow state, recorded as a transition.
    Status setStatus(Coe &coe, CoeStatus status);
    Status remove(const Coe &coe);
    Result<Coe> load(Id id);
    // Many COEs at once, in the order asked; ids not stored are left out.
    Result<QList<Coe>> loadMany(const QList<Id> &ids);
    Result<QList<CoeSummary>> list();

private:
    Status saveChildren(Coe &coe);
    Database &m_db;
};

} // namespace closeloop
