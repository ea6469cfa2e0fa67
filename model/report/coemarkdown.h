#pragma once

#include "coe/coechoices.h"
#include "domain/actionitem.h"
#include "domain/coe.h"
#include "domain/result.h"
#include "storage/database.h"

#include <QList>
#include <QHash>

#include <functional>
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

// Replaces people's names and emails with their roles, in one pass over a
// text. Built once from the people and used for many reports.
class Blameless {
public:
    explicit Blameless(const CoeChoices &names);
    QString apply(const QString &text) const;

    struct Literal {
        QString text;
        Qt::CaseSensitivity cs;
        QString role;
    };

private:
    const Literal *longestAt(const QString &text, qsizetype at) const;
    // By the hash of their first word (qHash of a view equals that of the
    // string, so looking up needs no copy): names as written, emails in
    // lower case. Collisions are harmless; every candidate is compared.
    QHash<size_t, QList<Literal>> m_byFirstWord;
};

QString coeReport(const Coe &coe, const QList<ActionItem> &items, const CoeChoices &names, ReportAudience audience);
QString coeReport(const Coe &coe, const QList<ActionItem> &items, const CoeChoices &names, const Blameless *blameless);
// A stored COE's report, and its title for a file or page name.
struct StoredReport {
    QString title;
    QString markdown;
    Id id = 0; // the record reported on
};
Result<StoredReport> storedCoeReport(Database &db, Id coeId, ReportAudience audience);
// The same with the names (people, services, axioms) already loaded: many
// reports in a row read them once, not once per COE.
Result<StoredReport> storedCoeReport(Database &db, Id coeId, ReportAudience audience, const CoeChoices &names);
// For many reports for outside the team: the names' replacements built once.
Result<StoredReport> storedCoeReport(Database &db, Id coeId, const CoeChoices &names, const Blameless *blameless);
using ReportStep = std::function<Status(const StoredReport &)>;
// Reports of many stored COEs, in the order of `ids`, read a batch at a
// time and rendered on every core. `take` gets each report on the calling
// thread, in order. `alongside`, when given, runs on the rendering threads
// as each report is rendered (writing it to a file of its own, say), so it
// must be safe on several threads at once. Stops at the first id not
// stored, or at the first failure of either step in the order of `ids`.
Status forEachCoeReport(Database &db, const QList<Id> &ids, const CoeChoices &names, const Blameless *blameless,
                        const ReportStep &take, const ReportStep &alongside = {});

QString blamelessText(const QString &text, const CoeChoices &names);

} // namespace closeloop
