#pragma once

#include "domain/person.h"
#include "domain/result.h"

#include <QString>

#include <optional>

class QWidget;

namespace closeloop {

class Database;

// Turns a typed owner name into a person. A known name (whole, any case,
// or a first name only one person has) is that person; an unknown one is
// offered to be added, never added silently. Returns nullopt when the user
// declined; an error when the database refused.
Result<std::optional<Person>> findOrOfferPerson(QWidget *parent, Database &db, const QString &name);

} // namespace closeloop
