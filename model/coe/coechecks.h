#pragma once

#include "coefields.h"
#include "domain/actionitem.h"
#include "domain/coe.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace closeloop {

// One thing the form or a reviewer would point out, tied to the field that
// fixes it, so that clicking the finding can take the author there.
struct CoeCheck {
    enum class Level { Blocking, Advice };
    CoeSection section = CoeSection::Header;
    CoeField field = CoeField::Title;
    Level level = Level::Blocking;
    QString message;
};

// Problems in what has been typed so far, shown at the field while
// editing, in any state: times out of order or in the future, more
// customers affected than exist, a data loss without detail.
QList<CoeCheck> validateCoeFields(const Coe &coe, const QDateTime &nowUtc);

// Everything a reviewer will ask for before the COE can go to review:
// the field checks plus every section complete, the thought experiments
// answered concretely and followed up, the monitoring and runbook gaps
// turned into action items. Ordered by section, then by field.
QList<CoeCheck> completenessCheck(const Coe &coe, const QList<ActionItem> &items, const QDateTime &nowUtc);

bool hasBlocking(const QList<CoeCheck> &checks);

// Action items the COE's own answers call for and that do not exist yet:
// monitoring after a customer-detected incident, a runbook when none
// existed. The author accepts them with one click.
QList<ActionItem> proposedActionItems(const Coe &coe, const QList<ActionItem> &items);

} // namespace closeloop
