#include "axiomeffectiveness.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace closeloop {

QList<AxiomEffectiveness> axiomEffectiveness(const DashboardFacts &facts)
{
    struct Since {
        QDate first; // the first sign-off that passed or waived it
        bool waived = false; // in the latest such review
        QDate latest;
    };
    QMap<QString, QHash<Id, Since>> byAxiom;
    QHash<QString, QString> statements;
    for (const AxiomPassFact &pass : facts.passes) {
        Since &since = byAxiom[pass.axiomKey][pass.serviceId];
        if (!since.first.isValid() || pass.signedOn < since.first)
            since.first = pass.signedOn;
        if (!since.latest.isValid() || pass.signedOn >= since.latest) {
            since.latest = pass.signedOn;
            since.waived = pass.waived;
        }
        statements.insert(pass.axiomKey, pass.statement); // passes are ordered oldest first: the newest wording wins
    }
    QHash<Id, QList<const CoeFact *>> coesByService;
    for (const CoeFact &coe : facts.coes)
        coesByService[coe.serviceId].append(&coe);

    QList<AxiomEffectiveness> out;
    for (auto axiom = byAxiom.cbegin(); axiom != byAxiom.cend(); ++axiom) {
        AxiomEffectiveness e { axiom.key(), statements.value(axiom.key()), {}, {}, {}, {} };
        QList<Id> serviceIds = axiom->keys();
        std::sort(serviceIds.begin(), serviceIds.end());
        for (Id serviceId : std::as_const(serviceIds)) {
            const Since since = axiom->value(serviceId);
            (since.waived ? e.servicesWaived : e.servicesPassed).append(serviceId);
            for (const CoeFact *coe : coesByService.value(serviceId))
                if (coe->date >= since.first) {
                    e.coesSince.append(coe->id);
                    if (coe->preventingAxiomKey == axiom.key())
                        e.coesNamingIt.append(coe->id);
                }
        }
        std::sort(e.coesSince.begin(), e.coesSince.end());
        std::sort(e.coesNamingIt.begin(), e.coesNamingIt.end());
        out.append(std::move(e));
    }
    std::stable_sort(out.begin(), out.end(), [](const AxiomEffectiveness &a, const AxiomEffectiveness &b) {
        if (a.coesNamingIt.size() != b.coesNamingIt.size())
            return a.coesNamingIt.size() > b.coesNamingIt.size();
        return a.coesSince.size() > b.coesSince.size();
    });
    return out;
}

} // namespace closeloop
