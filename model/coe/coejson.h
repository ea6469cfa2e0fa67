#pragma once

#include "domain/actionitem.h"
#include "domain/coe.h"
#include "domain/result.h"

#include <QByteArray>
#include <QList>

namespace closeloop {

// A COE being edited, with its action items, as JSON: the payload of an
// autosaved draft. Every field round-trips, including the revision the
// edit started from, so a recovered draft still knows what it was based on.
struct CoeSnapshot {
    Coe coe;
    QList<ActionItem> actionItems;
    friend bool operator==(const CoeSnapshot &, const CoeSnapshot &) = default;
};

QByteArray coeSnapshotToJson(const CoeSnapshot &snapshot);
Result<CoeSnapshot> coeSnapshotFromJson(const QByteArray &json);

} // namespace closeloop
