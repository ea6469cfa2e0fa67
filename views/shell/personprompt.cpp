#include "personprompt.h"
#include "domain/translate.h"

#include "prompts.h"
#include "storage/personrepository.h"

#include <QCoreApplication>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::PersonPrompt", text);
}

} // namespace

Result<std::optional<Person>> findOrOfferPerson(QWidget *parent, Database &db, const QString &typed)
{
    const QString name = typed.simplified();
    if (name.isEmpty())
        return std::optional<Person>();
    PersonRepository people(db);
    auto all = people.list();
    if (!all)
        return all.error();
    QList<Person> firstNameMatches;
    for (const Person &p : all.value()) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return std::optional<Person>(p);
        if (p.name.section(QLatin1Char(' '), 0, 0).compare(name, Qt::CaseInsensitive) == 0)
            firstNameMatches.append(p);
    }
    if (firstNameMatches.size() == 1)
        return std::optional<Person>(firstNameMatches.first());

    const int answer = Prompts::choose(parent, tr("New person"),
        tr("“%1” is not among the people in this database. Add them, so that items can be assigned and "
           "followed up? You can fill in their team and email later.").arg(name),
        { tr("Add %1").arg(name), tr("Cancel") });
    if (answer != 0)
        return std::optional<Person>();
    Person p;
    p.name = name;
    if (auto id = people.create(p); !id)
        return id.error();
    return std::optional<Person>(p);
}

} // namespace closeloop
