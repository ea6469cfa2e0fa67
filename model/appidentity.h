#pragma once

namespace closeloop {

// Names the application so that QStandardPaths and QSettings resolve to the
// same places for the GUI and the CLI. Call right after creating the
// Q*Application.
void setApplicationIdentity();

} // namespace closeloop
