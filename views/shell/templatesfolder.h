#pragma once

#include "domain/result.h"

namespace closeloop {

// File > Open Report Templates Folder: copies the shipped templates into
// the user's template folder as a starting point (never overwriting one the
// user already has) and opens the folder in the file manager. Returns what
// to tell the person: where the folder is, and any template that is broken.
Result<QString> openTemplatesFolder();

} // namespace closeloop
