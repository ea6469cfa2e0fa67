#include "wheeldraw.h"

#include "storage/wheelrepository.h"

#include <QCoreApplication>

namespace closeloop {

Result<WheelDraw> drawWheel(Database &db, int count, quint32 seed, bool record)
{
    auto services = ServiceRepository(db).list();
    if (!services)
        return services.error();
    auto history = WheelRepository(db).history();
    if (!history)
        return history.error();
    if (services->isEmpty())
        return Error { QCoreApplication::translate("closeloop::WheelDraw", "There are no services to pick from; add them first.") };
    QList<QPair<Id, QString>> names;
    QHash<Id, ServiceSummary> byId;
    for (const ServiceSummary &sum : services.value()) {
        names.append({ sum.service.id, sum.service.name });
        byId.insert(sum.service.id, sum);
    }
    WheelDraw draw;
    draw.seed = seed;
    draw.candidates = wheelCandidates(names, history.value());
    for (const WheelCandidate &c : spinWheel(draw.candidates, count, seed))
        draw.picked.append(WheelPick { c, byId.value(c.serviceId) });
    if (record) {
        WheelSpin spin { 0, QDateTime::currentDateTimeUtc(), seed, {} };
        for (const WheelPick &p : std::as_const(draw.picked))
            spin.picked.append(p.candidate.serviceId);
        if (auto r = WheelRepository(db).record(spin); !r)
            return Error { r.errorMessage() + QCoreApplication::translate("closeloop::WheelDraw", " The spin was not recorded.") };
        draw.recorded = true;
    }
    return draw;
}

} // namespace closeloop
