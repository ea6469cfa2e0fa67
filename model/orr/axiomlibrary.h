#pragma once

#include "domain/orr.h"
#include "domain/result.h"
#include "storage/database.h"

#include <QByteArray>
#include <QList>

namespace closeloop {

// A set of ORR axioms as it travels in a file: templates/orr/axioms.json
// ships one, teams keep their own beside it.
struct AxiomLibrary {
    AxiomSet set;
    QList<Axiom> axioms;
};

// Reads a library file. Refuses the whole file, naming the entry and the
// field, when it is not JSON, has fields this version does not know (a
// typo would otherwise be dropped silently), repeats a key, or names a
// calculator that does not exist.
Result<AxiomLibrary> parseAxiomLibrary(const QByteArray &json, const QString &origin);
Result<AxiomLibrary> builtInAxiomLibrary();
QByteArray axiomLibraryToJson(const AxiomLibrary &library);

// An installed set with its current axioms, found by key or by name;
// nothing when no set matches.
Result<std::optional<AxiomLibrary>> installedAxiomLibrary(Database &db, const QString &keyOrName);

// What installing a library into a database did.
struct LibraryUpdate {
    Id setId = 0;
    int added = 0; // axioms new to the set
    int revised = 0; // changed axioms, stored as a new version
    int unchanged = 0;
};

// Installs the library, or brings an installed set up to date: new axioms
// are added, changed ones stored as their next version (reviews keep the
// versions they answered), unchanged ones left alone. One transaction.
Result<LibraryUpdate> installAxiomLibrary(Database &db, const AxiomLibrary &library);
// The shipped library; a new database gets it so a first review can start.
Result<LibraryUpdate> installBuiltInAxiomLibrary(Database &db);

} // namespace closeloop
