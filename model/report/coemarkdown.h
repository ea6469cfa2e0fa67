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
QString coeToMarkdown(const Coe &coe, const QList<ActionItem> &items, const CoeChoices &names);

} // namespace closeloop
