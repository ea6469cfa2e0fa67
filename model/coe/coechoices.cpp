#include "coechoices.h"

#include "storage/axiomrepository.h"
#include "storage/personrepository.h"
#include "storage/servicerepository.h"

namespace closeloop {

namespace {

QString nameIn(const QList<Choice> &choices, const OptionalId &id)
{
    if (!id)
        return {};
    for (const Choice &c : choices)
        if (c.id == *id)
            return c.name;
    return QStringLiteral("#%1").arg(*id);
}

} // namespace

QString CoeChoices::personName(const OptionalId &id) const { return nameIn(people, id); }
QString CoeChoices::serviceName(const OptionalId &id) const { return nameIn(services, id); }
QString CoeChoices::axiomName(const OptionalId &id) const { return nameIn(axioms, id); }

Result<CoeChoices> CoeChoices::load(Database &db)
{
    CoeChoices choices;
    // A damaged due-date setting must not keep anyone from opening a COE:
    // the form falls back to the built-in defaults, and `closeloop-cli
    // settings` names the bad value.
    if (auto policy = DueDatePolicy::load(db))
        choices.duePolicy = policy.value();
    else
        qWarning("%s", qPrintable(policy.errorMessage()));
    auto people = PersonRepository(db).list();
    if (!people)
        return people.error();
    for (const Person &p : people.value())
        choices.people.append({ p.id, p.name, p.team, enumKey(p.role), p.email });
    auto services = ServiceRepository(db).list();
    if (!services)
        return services.error();
    for (const ServiceSummary &s : services.value())
        choices.services.append({ s.service.id, s.service.name, s.ownerName, {}, {} });
    AxiomRepository axioms(db);
    auto sets = axioms.listSets();
    if (!sets)
        return sets.error();
    for (const AxiomSet &set : sets.value()) {
        auto current = axioms.current(set.id);
        if (!current)
            return current.error();
        for (const Axiom &a : current.value())
            choices.axioms.append({ a.id, a.key + QStringLiteral(": ") + a.statement, set.name, {}, {} });
    }
    return choices;
}

} // namespace closeloop
