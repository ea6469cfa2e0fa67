#pragma once

#include "axiomlibrary.h"
#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace closeloop {

// AWS Well-Architected custom lens JSON (schemaVersion "2021-11-01"), so
// ORR checklists travel between Closeloop and the Well-Architected Tool.
//
// An area is a pillar and an axiom a question whose id is the axiom key.
// The question's description holds the full statement (its title is
// limited to 128 characters), its helpful resource the rationale. Two
// choices: "<key>_met" (helpful resource: the evidence expected;
// improvement plan: the guidance) and "<key>_not_met". The risk rules say
// met is NO_RISK and anything else HIGH_RISK for a launch-blocking axiom,
// MEDIUM_RISK otherwise.
//
// What the format cannot hold (maximum evidence age, tiers, calculators,
// the set's key and version) is not written; on import into an existing
// set, those fields keep the values of that set's axiom with the same key.
QByteArray axiomLibraryToLens(const AxiomLibrary &library);

// Reads a lens. Refuses the whole file, naming where, when it is not
// JSON, has fields the 2021-11-01 format does not define, has another
// schema version, or repeats a question id. `existing` is the installed
// set the lens updates, if any (see above). The set key is taken from
// `existing`, or else made from the lens name.
Result<AxiomLibrary> axiomLibraryFromLens(const QByteArray &json, const QString &origin, const AxiomLibrary *existing = nullptr);

// What importing a lens into a database did.
struct LensImport {
    AxiomLibrary library; // as installed
    LibraryUpdate update;
};
// Reads the lens and installs it: into the set of the same name when one
// is installed (see above), else as a new set. One transaction; a file
// that is refused installs nothing.
Result<LensImport> importLens(Database &db, const QByteArray &json, const QString &origin);

// The set key a lens name gets when no installed set matches it.
QString setKeyFromName(const QString &name);

} // namespace closeloop
