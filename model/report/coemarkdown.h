#pragma once

#include "coe/coechoices.h"
#include "domain/actionitem.h"
#include "domain/coe.h"
#include "domain/result.h"
#include "storage/database.h"

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

// Who a report is for. Reports shared outside the team are blameless by
// default: every name and email address of a person in the database is
// replaced by their role ("an engineer", "the reviewer"), in the header
// fields and in every typed text alike.
enum class ReportAudience { Team, Outside };

QString coeReport(const Coe &coe, const QList<ActionItem> &items, const CoeChoices &names, ReportAudience audience);
// A stored COE's report, and its title for a file or page name.
struct StoredReport {
    QString title;
    QString markdown;
};
Result<StoredReport> storedCoeReport(Database &db, Id coeId, ReportAudience audience);
// The same with the names (people, services, axioms) already loaded: many
// reports in a row read them once, not once per COE.
Result<StoredReport> storedCoeReport(Database &db, Id coeId, ReportAudience audience, const CoeChoices &names);

QString blamelessText(const QString &text, const CoeChoices &names);

} // namespace closeloop
