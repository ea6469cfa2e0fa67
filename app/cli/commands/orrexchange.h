#pragma once

#include "../command.h"
#include "orr/axiomlibrary.h"

namespace closeloop::cli {

// The parts of `closeloop-cli orr` that move data in and out: the review
// report and axiom sets as Well-Architected custom lenses.
int orrReport(const QStringList &args, Context &ctx, const Command &command);
int orrLensExport(const QStringList &args, Context &ctx, const Command &command);
int orrLensImport(const QStringList &args, Context &ctx, const Command &command);
// Installs or updates a set and says what changed, for `orr install` too.
int installLibrary(Database &db, const AxiomLibrary &library, Context &ctx, const QString &subcommand);
void printUpdate(Context &ctx, const AxiomLibrary &library, const LibraryUpdate &update);

} // namespace closeloop::cli
