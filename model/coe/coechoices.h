#pragma once

#include "actions/duepolicy.h"
#include "domain/ids.h"
#include "domain/result.h"

#include <QList>
#include <QString>

namespace closeloop {

class Database;

// The records a COE form can point at, with the names to show for them.
struct Choice {
    Id id = 0;
    QString name;
    QString detail; // a team, a service tier, an axiom statement
    QString role; // people only: the role key ("engineer", "reviewer"...)
    QString email; // people only
};

struct CoeChoices {
    QList<Choice> people;
    QList<Choice> services;
    QList<Choice> axioms; // current versions, named "KEY: statement"
    DueDatePolicy duePolicy; // default due dates of new action items

    QString personName(const OptionalId &id) const;
    QString serviceName(const OptionalId &id) const;
    QString axiomName(const OptionalId &id) const;

    static Result<CoeChoices> load(Database &db);
};

} // namespace closeloop
