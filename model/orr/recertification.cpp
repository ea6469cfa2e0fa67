#include "recertification.h"
#include "domain/translate.h"

#include "storage/axiomrepository.h"
#include "storage/orrreviewrepository.h"
#include "storage/servicerepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::Recertification", text);
}

QDate signedOn(const OrrReview &r)
{
    return r.signedAt.isValid() ? r.signedAt.date() : r.reviewDate;
}

} // namespace

QList<RecertificationDue> recertificationDue(const QList<Service> &services, const QList<OrrReview> &signedReviews,
                                             const QHash<Id, Axiom> &axioms, const QDate &today)
{
    QList<RecertificationDue> out;
    for (const Service &s : services) {
        RecertificationDue d;
        d.serviceId = s.id;
        d.serviceName = s.name;
        const OrrReview *last = nullptr;
        for (const OrrReview &r : signedReviews)
            if (r.serviceId == s.id && r.status == ReviewStatus::SignedOff && (!last || signedOn(r) > signedOn(*last)))
                last = &r;
        if (!last) {
            d.due = today;
            d.reason = tr("no ORR signed off yet");
            out.append(d);
            continue;
        }
        d.lastReviewId = last->id;
        d.lastSignedOn = signedOn(*last);
        d.due = d.lastSignedOn->addDays(s.recertIntervalDays > 0 ? s.recertIntervalDays : 365);
        d.reason = s.recertIntervalDays == 365 || s.recertIntervalDays <= 0 ? tr("annual recertification")
                                                                              : tr("recertification every %1 days").arg(s.recertIntervalDays);
        for (const OrrAnswer &a : last->answers) {
            const Axiom axiom = axioms.value(a.axiomId);
            if (a.state == AnswerState::Waived && a.waiver && a.waiver->expiresOn < d.due) {
                d.due = a.waiver->expiresOn;
                d.reason = tr("the waiver of %1 expires").arg(axiom.key);
            }
            if (a.state != AnswerState::Met || !axiom.maxEvidenceAgeDays)
                continue;
            // The freshest evidence counts; without dated evidence, the answer's date.
            QDate newest = a.answeredAt.isValid() ? a.answeredAt.date() : *d.lastSignedOn;
            for (const Evidence &e : a.evidence)
                if (e.collectedOn && *e.collectedOn > newest)
                    newest = *e.collectedOn;
            const QDate stale = newest.addDays(*axiom.maxEvidenceAgeDays);
            if (stale < d.due) {
                d.due = stale;
                d.reason = tr("evidence for %1 passes its maximum age of %2 days").arg(axiom.key).arg(*axiom.maxEvidenceAgeDays);
            }
        }
        out.append(d);
    }
    std::stable_sort(out.begin(), out.end(), [](const RecertificationDue &a, const RecertificationDue &b) { return a.due < b.due; });
    return out;
}

Result<QList<RecertificationDue>> recertificationDue(Database &db, const QDate &today)
{
    auto services = ServiceRepository(db).all();
    if (!services)
        return services.error();
    // Only each service's latest signed-off review decides when it is due.
    auto latest = OrrReviewRepository(db).latestSignedOff();
    if (!latest)
        return latest.error();
    auto reviews = OrrReviewRepository(db).forRecertification(latest.value());
    if (!reviews)
        return reviews.error();
    QHash<Id, Axiom> axioms;
    AxiomRepository axiomRepo(db);
    for (const OrrReview &review : std::as_const(reviews.value()))
        for (const OrrAnswer &a : review.answers) {
            if (axioms.contains(a.axiomId))
                continue;
            auto axiom = axiomRepo.load(a.axiomId);
            if (!axiom)
                return axiom.error();
            axioms.insert(a.axiomId, axiom.value());
        }
    return recertificationDue(services.value(), reviews.value(), axioms, today);
}

} // namespace closeloop
