#include "personprompt.h"

#include "prompts.h"
#include "storage/personrepository.h"

#include <QCoreApplication>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("closeloop::PersonPrompt", text);
}

} // namespace

Result<std::optional<Id>> findOrOfferPerson(QWidget *parent, Database &db, const QString &typed)
{
    const QString name = typed.simplified();
    if (name.isEmpty())
        return std::optional<Id>();
    PersonRepository people(db);
    auto all = people.list();
    if (!all)
        return all.error();
    QList<Id> firstNameMatches;
    for (const Person &p : all.value()) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return std::optional<Id>(p.id);
        if (p.name.section(QLatin1Char(' '), 0, 0).compare(name, Qt::CaseInsensitive) == 0)
            firstNameMatches.append(p.id);
    }
    if (firstNameMatches.size() == 1)
        return std::optional<Id>(firstNameMatches.first());

    const int answer = Prompts::choose(parent, tr("New person"),
        tr("“%1” is not among the people in this database. Add them, so that items can be assigned and "
           "followed up? You can fill in their team and email later.").arg(name),
        { tr("Add %1").arg(name), tr("Cancel") });
    if (answer != 0)
        return std::optional<Id>();
    Person p;
    p.name = name;
    if (auto id = people.create(p); !id)
        return id.error();
    return std::optional<Id>(p.id);
}

} // namespace closeloop
