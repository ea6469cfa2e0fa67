#pragma once

#include "database.h"
#include "domain/person.h"
#include "domain/result.h"

#include <QList>

namespace closeloop {

class PersonRepository final {
public:
    explicit PersonRepository(Database &db) : m_db(db) { }

    Result<Id> create(Person &person);
    Status update(Person &person);
    Status remove(const Person &person);
    Result<Person> load(Id id);
    Result<QList<Person>> list();
    // Every person's id and name, by name: read from the index on names
    // alone, for lists that show nothing else (a thousand people in well
    // under a millisecond, where whole rows take several).
    Result<QList<PersonName>> names();
    // The person with this exact name, if any.
    Result<std::optional<Person>> findByName(const QString &name);
    // The person whose sign-in on a shared server this is.
    Result<std::optional<Person>> findByLogin(const QString &login);

private:
    Result<std::optional<Person>> findBy(const QString &column, const QString &value);

    Database &m_db;
};

} // namespace closeloop
