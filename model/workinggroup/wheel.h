#pragma once

#include "domain/ids.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace closeloop {

// "Spin the wheel" at the weekly operations review: a few services are
// picked at random to present their metrics. Random, so no team can
// prepare for being skipped; weighted, so every team gets its turn.

struct WheelSpin {
    Id id = 0;
    QDateTime spunAt;
    quint32 seed = 0;
    QList<Id> picked; // in the order drawn
};

struct WheelCandidate {
    Id serviceId = 0;
    QString name;
    // Spins since this service was last picked; for a service never picked,
    // every spin so far plus one, so it ranks above anyone already heard.
    int spinsWaited = 0;
    double weight() const;
};

// Each service's wait, from the spins so far (oldest first).
QList<WheelCandidate> wheelCandidates(const QList<QPair<Id, QString>> &services, const QList<WheelSpin> &history);

// Draws `count` different services, each with probability proportional to
// its weight (the square of one plus its wait), so a service just heard is
// unlikely but possible and one long skipped is nearly certain. The same
// seed and candidates give the same draw.
QList<WheelCandidate> spinWheel(const QList<WheelCandidate> &candidates, int count, quint32 seed);

} // namespace closeloop
