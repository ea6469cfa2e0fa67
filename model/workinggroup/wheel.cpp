#include "wheel.h"

#include <QHash>
#include <QRandomGenerator>

namespace closeloop {

double WheelCandidate::weight() const
{
    const double wait = 1.0 + spinsWaited;
    return wait * wait;
}

QList<WheelCandidate> wheelCandidates(const QList<QPair<Id, QString>> &services, const QList<WheelSpin> &history)
{
    QHash<Id, int> lastPicked; // index of the spin that last picked the service
    for (int i = 0; i < history.size(); ++i)
        for (Id id : history.at(i).picked)
            lastPicked.insert(id, i);
    const int spins = int(history.size());
    QList<WheelCandidate> out;
    for (const auto &[id, name] : services) {
        WheelCandidate c;
        c.serviceId = id;
        c.name = name;
        c.spinsWaited = lastPicked.contains(id) ? spins - 1 - lastPicked.value(id) : spins + 1;
        out.append(c);
    }
    return out;
}

QList<WheelCandidate> spinWheel(const QList<WheelCandidate> &candidates, int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<WheelCandidate> pool = candidates;
    QList<WheelCandidate> picked;
    while (int(picked.size()) < count && !pool.isEmpty()) {
        double total = 0;
        for (const WheelCandidate &c : std::as_const(pool))
            total += c.weight();
        double ticket = random.generateDouble() * total;
        qsizetype chosen = pool.size() - 1; // guards against rounding at the very end
        for (qsizetype i = 0; i < pool.size(); ++i) {
            ticket -= pool.at(i).weight();
            if (ticket < 0) {
                chosen = i;
                break;
            }
        }
        picked.append(pool.takeAt(chosen));
    }
    return picked;
}

} // namespace closeloop
