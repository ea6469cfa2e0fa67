#pragma once

#include "dashboardfacts.h"

namespace closeloop {

// Does an axiom keep the failures it was written against away? For each
// axiom: the services that passed or waived it in a signed-off review, and
// the COEs those services had on or after that day. A COE that names the
// axiom as the one that would have prevented it is the sharpest signal:
// the service passed, and the failure happened anyway.
struct AxiomEffectiveness {
    QString axiomKey;
    QString statement;
    QList<Id> servicesPassed;
    QList<Id> servicesWaived;
    QList<Id> coesSince;
    QList<Id> coesNamingIt; // among coesSince
};

// Axioms that no service has passed or waived are left out. Ordered by the
// COEs naming the axiom, then by COEs since, then by key.
QList<AxiomEffectiveness> axiomEffectiveness(const DashboardFacts &facts);

} // namespace closeloop
