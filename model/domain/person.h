#pragma once

#include "enumtable.h"
#include "ids.h"

#include <QString>

namespace closeloop {

enum class PersonRole { Engineer, Reviewer, Leader, WorkingGroup, Admin };

CLOSELOOP_ENUM_TABLE(PersonRole,
    { PersonRole::Engineer, "engineer", QT_TRANSLATE_NOOP("closeloop::Enum", "Engineer") },
    { PersonRole::Reviewer, "reviewer", QT_TRANSLATE_NOOP("closeloop::Enum", "Reviewer (bar raiser)") },
    { PersonRole::Leader, "leader", QT_TRANSLATE_NOOP("closeloop::Enum", "Leader") },
    { PersonRole::WorkingGroup, "working_group", QT_TRANSLATE_NOOP("closeloop::Enum", "Working group") },
    { PersonRole::Admin, "admin", QT_TRANSLATE_NOOP("closeloop::Enum", "Administrator") })

struct Person {
    Id id = 0;
    int revision = 0;
    QString name;
    QString email;
    QString team;
    PersonRole role = PersonRole::Engineer;
    // The person's sign-in on a shared server (empty on a local file): how
    // the server knows who approves.
    QString login = {};
};

// What a choice of people shows: who, and the id a choice stands for.
struct PersonName {
    Id id = 0;
    QString name;
};

} // namespace closeloop
