#pragma once

#include "coe/coechoices.h"
#include "domain/actionitem.h"
#include "domain/coe.h"

#include <QList>
#include <QString>

namespace closeloop {

// The COE as a Markdown report, from the Mustache template
// templates/coe.md.mustache, so that the preview, the CLI and exports all
// produce the same text. Sections keep a stable order so reports diff well.
// maxFieldChars > 0 shortens each typed text to that many characters with
// a note saying how much was left out: the on-screen preview uses it so
// that a megabyte pasted into one field cannot stall the window.
QString coeToMarkdown(const Coe &coe, const QList<ActionItem> &items, const CoeChoices &names, int maxFieldChars = 0);

} // namespace closeloop
