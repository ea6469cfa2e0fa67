#pragma once

#include "postmortem.h"

#include "domain/coe.h"
#include "domain/ids.h"
#include "domain/result.h"
#include "storage/database.h"

namespace closeloop {

// What an imported postmortem becomes: a draft COE. Only full instants (a
// date, a time and a zone) become times; everything the import could not
// place (unrecognised sections, timeline lines without a full time, the
// warnings) goes into the COE's notes, as written.
Coe coeFromPostmortem(const ImportedPostmortem &pm);

// Saves every postmortem as a draft COE in one transaction, with its
// service (an existing one of the same name, else a new one), its action
// items and their owners (existing people by name, else new people).
// Returns the new COE ids in the order given.
Result<QList<Id>> saveImportedPostmortems(Database &db, const QList<ImportedPostmortem> &postmortems);

} // namespace closeloop
