#include "organisationgenerator.h"
#include "domain/translate.h"

#include "actions/actionrules.h"

#include "domain/instant.h"
#include "orr/axiomlibrary.h"
#include "storage/axiomrepository.h"
#include "storage/bulkwriter.h"
#include "storage/databasestats.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::OrganisationGenerator", text);
}

// Vocabulary: enough variety that search and similarity have real work.
const QStringList kSystems { QStringLiteral("payments"), QStringLiteral("checkout"), QStringLiteral("identity"),
    QStringLiteral("search"), QStringLiteral("catalog"), QStringLiteral("ledger"), QStringLiteral("shipping"),
    QStringLiteral("inventory"), QStringLiteral("notifications"), QStringLiteral("billing"), QStringLiteral("pricing"),
    QStringLiteral("recommendations"), QStringLiteral("media"), QStringLiteral("messaging"), QStringLiteral("storage") };
const QStringList kParts { QStringLiteral("api"), QStringLiteral("worker"), QStringLiteral("gateway"), QStringLiteral("store"),
    QStringLiteral("scheduler"), QStringLiteral("indexer"), QStringLiteral("cache"), QStringLiteral("stream") };
const QStringList kFaults { QStringLiteral("expired certificate"), QStringLiteral("retry storm"), QStringLiteral("connection pool exhaustion"),
    QStringLiteral("stale DNS record"), QStringLiteral("full disk"), QStringLiteral("replica lag"), QStringLiteral("cache stampede"),
    QStringLiteral("throttled dependency"), QStringLiteral("bad configuration push"), QStringLiteral("memory leak"),
    QStringLiteral("clock skew"), QStringLiteral("quota exhaustion"), QStringLiteral("poison message"), QStringLiteral("failed failover"),
    QStringLiteral("hot partition"), QStringLiteral("leaked file descriptors") };
const QStringList kTriggers { QStringLiteral("config_push"), QStringLiteral("binary_push"), QStringLiteral("capacity_management"),
    QStringLiteral("hardware"), QStringLiteral("dependency"), QStringLiteral("traffic_surge"), QStringLiteral("expiry") };
const QStringList kCategories { QStringLiteral("deployment"), QStringLiteral("capacity"), QStringLiteral("dependency"),
    QStringLiteral("configuration"), QStringLiteral("data"), QStringLiteral("security"), QStringLiteral("network") };
const QStringList kRegions { QStringLiteral("us-east-1"), QStringLiteral("us-west-2"), QStringLiteral("eu-west-1"),
    QStringLiteral("eu-central-1"), QStringLiteral("ap-south-1"), QStringLiteral("ap-northeast-1") };
const QStringList kFirst { QStringLiteral("Asha"), QStringLiteral("Bo"), QStringLiteral("Chen"), QStringLiteral("Dara"),
    QStringLiteral("Emeka"), QStringLiteral("Fatima"), QStringLiteral("Goran"), QStringLiteral("Hana"), QStringLiteral("Ines"),
    QStringLiteral("Jonas"), QStringLiteral("Kiri"), QStringLiteral("Lena"), QStringLiteral("Mateo"), QStringLiteral("Nia"),
    QStringLiteral("Omar"), QStringLiteral("Priya"), QStringLiteral("Quinn"), QStringLiteral("Ravi"), QStringLiteral("Sofia"),
    QStringLiteral("Tomás") };
const QStringList kLast { QStringLiteral("Rao"), QStringLiteral("Lindqvist"), QStringLiteral("Wei"), QStringLiteral("Okafor"),
    QStringLiteral("Haddad"), QStringLiteral("Novak"), QStringLiteral("Sato"), QStringLiteral("Moreau"), QStringLiteral("Silva"),
    QStringLiteral("Kowalski"), QStringLiteral("Nguyen"), QStringLiteral("Schulz"), QStringLiteral("Álvarez"), QStringLiteral("Mensah"),
    QStringLiteral("Ivanova"), QStringLiteral("Brennan") };
const QStringList kTimelineKinds { QStringLiteral("deployment"), QStringLiteral("alarm"), QStringLiteral("escalation"),
    QStringLiteral("observation"), QStringLiteral("mitigation"), QStringLiteral("communication"), QStringLiteral("event") };

class Rng {
public:
    explicit Rng(quint32 seed) : m_gen(seed) { }
    int below(int n) { return n <= 1 ? 0 : int(m_gen.bounded(n)); }
    const QString &pick(const QStringList &list) { return list.at(below(int(list.size()))); }
    bool chance(int percent) { return below(100) < percent; }

private:
    QRandomGenerator m_gen;
};

QString stamp(const QDateTime &utc)
{
    return toStorageText(utc);
}

} // namespace

Result<GeneratedCounts> generateOrganisation(Database &db, const GeneratorOptions &options,
                                             const std::function<void(int, int)> &progress)
{
    if (options.coes < 0 || options.coes > 5'000'000)
        return Error { tr("The number of COEs must be between 0 and 5,000,000; %1 was asked for.").arg(options.coes) };
    const auto counts = countEntities(db);
    if (!counts)
        return counts.error();
    for (const EntityCount &c : counts.value())
        if ((c.entity == QLatin1String("coes") || c.entity == QLatin1String("services")) && c.count > 0)
            return Error { tr("%1 already holds COEs or services. Generate into a new, empty database, so nothing of "
                              "yours is mixed with made-up data.").arg(db.path()) };
    BulkWriter out(db);
    if (auto s = out.begin(); !s)
        return s.error();
    // The shipped axiom library, for the ORR reviews. It joins the bulk
    // transaction, so a generation that fails leaves the database empty.
    const auto library = installBuiltInAxiomLibrary(db);
    if (!library)
        return library.error();
    const auto axioms = AxiomRepository(db).current(library.value().setId);
    if (!axioms)
        return axioms.error();

    Rng rng(options.seed);
    GeneratedCounts made;
    const QDateTime anchor(options.asOf, QTime(12, 0), Qt::UTC);
    const QString anchorText = stamp(anchor.addYears(-10));

    // An organisation grows with its COEs: about one service per 300 COEs.
    const int serviceCount = qBound(20, options.coes / 300, 2000);
    const int peopleCount = serviceCount * 3;
    const QStringList personColumns { QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("team"), QStringLiteral("role"),
                                      QStringLiteral("created_at"), QStringLiteral("updated_at") };
    QList<Id> people, reviewers;
    for (int i = 0; i < peopleCount; ++i) {
        const QString name = QStringLiteral("%1 %2 %3").arg(kFirst.at(i % kFirst.size()), kLast.at((i / kFirst.size()) % kLast.size())).arg(i + 1);
        const bool reviewer = i % 7 == 0;
        auto id = out.insert(QStringLiteral("people"), personColumns,
                             { name, QStringLiteral("person%1@example.com").arg(i + 1), QStringLiteral("team-%1").arg(i % serviceCount),
                               reviewer ? QStringLiteral("reviewer") : QStringLiteral("engineer"), anchorText, anchorText });
        if (!id)
            return id.error();
        people << id.value();
        if (reviewer)
            reviewers << id.value();
    }
    made.people = peopleCount;

    const QStringList serviceColumns { QStringLiteral("name"), QStringLiteral("team"), QStringLiteral("tier"), QStringLiteral("description"),
                                       QStringLiteral("owner_id"), QStringLiteral("created_at"), QStringLiteral("updated_at") };
    const QStringList zoneColumns { QStringLiteral("service_id"), QStringLiteral("position"), QStringLiteral("region"), QStringLiteral("zone") };
    QList<Id> services;
    QStringList serviceNames;
    for (int s = 0; s < serviceCount; ++s) {
        const QString name = QStringLiteral("%1-%2-%3").arg(kSystems.at(s % kSystems.size()), kParts.at((s / kSystems.size()) % kParts.size())).arg(s + 1);
        auto id = out.insert(QStringLiteral("services"), serviceColumns,
                             { name, QStringLiteral("team-%1").arg(s), 1 + s % 4,
                               QStringLiteral("Serves %1 for the %2 platform.").arg(kParts.at(s % kParts.size()), kSystems.at(s % kSystems.size())),
                               people.at(s * 3), anchorText, anchorText });
        if (!id)
            return id.error();
        services << id.value();
        serviceNames << name;
        const QString region = kRegions.at(s % kRegions.size());
        for (int z = 0; z < 3; ++z)
            if (auto r = out.insert(QStringLiteral("service_zones"), zoneColumns, { id.value(), z, region, region + QLatin1Char('a' + z) }, false); !r)
                return r.error();
    }
    made.services = serviceCount;

    const QStringList coeColumns { QStringLiteral("title"), QStringLiteral("service_id"), QStringLiteral("severity"), QStringLiteral("category"),
        QStringLiteral("trigger_kind"), QStringLiteral("status"), QStringLiteral("author_id"), QStringLiteral("reviewer_id"),
        QStringLiteral("summary"), QStringLiteral("impact"), QStringLiteral("impact_start_at"), QStringLiteral("impact_start_offset"),
        QStringLiteral("detected_at"), QStringLiteral("detected_offset"), QStringLiteral("engaged_at"), QStringLiteral("engaged_offset"),
        QStringLiteral("mitigated_at"), QStringLiteral("mitigated_offset"), QStringLiteral("resolved_at"), QStringLiteral("resolved_offset"),
        QStringLiteral("detection_method"), QStringLiteral("detection_source"), QStringLiteral("halve_ttd_answer"), QStringLiteral("resolution"),
        QStringLiteral("runbook_url"), QStringLiteral("customers_affected"), QStringLiteral("customers_total"),
        QStringLiteral("failed_request_share"), QStringLiteral("impact_duration_minutes"), QStringLiteral("halve_blast_answer"),
        QStringLiteral("lessons"), QStringLiteral("no_axiom_exists"), QStringLiteral("axiom_proposal"), QStringLiteral("created_at"),
        QStringLiteral("updated_at"), QStringLiteral("submitted_at"), QStringLiteral("approved_at"), QStringLiteral("closed_at") };
    const QStringList tagColumns { QStringLiteral("coe_id"), QStringLiteral("tag") };
    const QStringList scopeColumns { QStringLiteral("coe_id"), QStringLiteral("position"), QStringLiteral("kind"), QStringLiteral("name") };
    const QStringList eventColumns { QStringLiteral("coe_id"), QStringLiteral("at"), QStringLiteral("at_offset"), QStringLiteral("kind"), QStringLiteral("text") };
    const QStringList whyColumns { QStringLiteral("coe_id"), QStringLiteral("parent_id"), QStringLiteral("position"), QStringLiteral("question"), QStringLiteral("answer") };
    const QStringList itemColumns { QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("owner_id"), QStringLiteral("due_on"),
        QStringLiteral("priority"), QStringLiteral("status"), QStringLiteral("status_reason"), QStringLiteral("type"), QStringLiteral("done_on"),
        QStringLiteral("coe_id"), QStringLiteral("addresses"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
        QStringLiteral("strength") };
    const QStringList detectionMethods { QStringLiteral("alarm"), QStringLiteral("alarm"), QStringLiteral("automated_check"),
                                         QStringLiteral("internal_report"), QStringLiteral("customer_report") };
    const QStringList itemTypes { QStringLiteral("prevent"), QStringLiteral("detect"), QStringLiteral("mitigate"), QStringLiteral("process") };
    const QStringList itemTargets { QStringLiteral("root_cause"), QStringLiteral("halve_ttd"), QStringLiteral("halve_blast_radius"),
                                    QStringLiteral("detection_gap"), QStringLiteral("runbook_gap") };
    const qint64 spanSecs = qint64(3650) * 86400;
    QList<Id> coeIds;
    coeIds.reserve(options.coes);
    for (int i = 0; i < options.coes; ++i) {
        const int svc = rng.below(serviceCount);
        const QString &fault = rng.pick(kFaults);
        const QString &other = rng.pick(kFaults);
        const QString &region = kRegions.at(svc % kRegions.size());
        const QString &service = serviceNames.at(svc);
        // Older COEs first, so ids grow with time as they do in real life.
        const QDateTime start = anchor.addSecs(-spanSecs + spanSecs * i / qMax(1, options.coes) - rng.below(86400));
        const int offset = (svc % 5 - 2) * 60;
        const QDateTime detected = start.addSecs(60 * (2 + rng.below(90)));
        const QDateTime engaged = detected.addSecs(60 * (1 + rng.below(15)));
        const QDateTime mitigated = engaged.addSecs(60 * (5 + rng.below(180)));
        const QDateTime resolved = mitigated.addSecs(60 * (10 + rng.below(600)));
        const qint64 ageDays = start.daysTo(anchor);
        const QString status = ageDays > 120 ? QStringLiteral("closed") : ageDays > 60 ? QStringLiteral("approved")
                             : ageDays > 20 ? QStringLiteral("in_review") : QStringLiteral("draft");
        const bool reviewed = status == QLatin1String("approved") || status == QLatin1String("closed");
        const Id author = people.at(svc * 3 + rng.below(3));
        const Id reviewer = reviewers.at(rng.below(int(reviewers.size())));
        const int customers = 1000 + rng.below(2'000'000);
        const QString created = stamp(resolved.addSecs(3600));
        const bool noAxiom = rng.chance(10);
        auto id = out.insert(QStringLiteral("coes"), coeColumns, {
            QStringLiteral("%1 in %2 (%3)").arg(QString(fault).replace(0, 1, fault.at(0).toUpper()), service, region),
            services.at(svc), 1 + rng.below(5), rng.pick(kCategories), rng.pick(kTriggers), status, author, reviewer,
            QStringLiteral("A %1 in %2 caused errors for customers in %3; the %4 made it worse.").arg(fault, service, region, other),
            QStringLiteral("%1% of requests to %2 failed for %3 minutes.").arg(1 + rng.below(60)).arg(service).arg(start.secsTo(mitigated) / 60),
            stamp(start), offset, stamp(detected), offset, stamp(engaged), offset, stamp(mitigated), offset, stamp(resolved), offset,
            rng.pick(detectionMethods), QStringLiteral("%1-error-rate").arg(service),
            QStringLiteral("An alarm on the %1 signal with a one-minute period would have fired at once.").arg(fault),
            QStringLiteral("Shifted traffic away from %1 and rolled back the last change.").arg(region),
            QStringLiteral("https://runbooks.example.com/%1/%2").arg(service, QString(fault).replace(QLatin1Char(' '), QLatin1Char('-'))),
            customers / (2 + rng.below(20)), customers, double(1 + rng.below(60)) / 100.0, int(start.secsTo(resolved) / 60),
            QStringLiteral("Cell-based routing would have kept the %1 to one cell of %2.").arg(fault, region),
            QStringLiteral("Watch for %1 before it reaches customers; stage every change one AZ at a time.").arg(fault),
            noAxiom ? 1 : 0, noAxiom ? QStringLiteral("Every change to %1 is staged one AZ at a time.").arg(service) : QStringLiteral(""),
            created, created, stamp(resolved.addSecs(86400)), reviewed ? stamp(resolved.addSecs(3 * 86400)) : QVariant(),
            status == QLatin1String("closed") ? stamp(resolved.addSecs(60 * 86400)) : QVariant() });
        if (!id)
            return id.error();
        const Id coe = id.value();
        coeIds << coe;
        for (const QString &tag : { QString(fault).section(QLatin1Char(' '), -1), region })
            if (auto r = out.insert(QStringLiteral("coe_tags"), tagColumns, { coe, tag }, false); !r)
                return r.error();
        if (auto r = out.insert(QStringLiteral("coe_blast_scopes"), scopeColumns, { coe, 0, QStringLiteral("region"), region }, false); !r)
            return r.error();
        const int events = 8 + rng.below(5);
        const qint64 window = qMax<qint64>(60, start.secsTo(resolved));
        for (int e = 0; e < events; ++e) {
            const QString &kind = kTimelineKinds.at(e == 0 ? 0 : e == 1 ? 1 : rng.below(int(kTimelineKinds.size())));
            if (auto r = out.insert(QStringLiteral("timeline_events"), eventColumns,
                                    { coe, stamp(start.addSecs(window * e / events)), offset, kind,
                                      QStringLiteral("%1: %2 on %3 (step %4)").arg(kind, e % 2 ? fault : other, service).arg(e + 1) }, false); !r)
                return r.error();
        }
        // A five-level chain from the symptom to a cause the team can fix.
        QVariant parent;
        const QStringList answers {
            QStringLiteral("Requests to %1 timed out because of a %2.").arg(service, fault),
            QStringLiteral("The %1 started when the %2 reached the fleet.").arg(fault, other),
            QStringLiteral("The change went to every AZ of %1 at once.").arg(region),
            QStringLiteral("The pipeline for %1 has no staged rollout.").arg(service),
            QStringLiteral("Staged rollouts were never required for tier %1 services.").arg(1 + svc % 4) };
        for (int w = 0; w < answers.size(); ++w) {
            auto why = out.insert(QStringLiteral("whys"), whyColumns, { coe, parent, 0, QStringLiteral("Why?"), answers.at(w) });
            if (!why)
                return why.error();
            parent = why.value();
        }
        const int items = 3 + rng.below(5);
        for (int k = 0; k < items; ++k) {
            const QDate due = start.date().addDays(14 + rng.below(120));
            // Most items are finished around their due date; stragglers are
            // closed in later clean-ups, so a decade leaves a few percent
            // overdue, as in a team that follows up, not one item in seven.
            const qint64 late = due.daysTo(options.asOf);
            const bool done = rng.chance(late < 0 ? 20 : late < 60 ? 50 : late < 365 ? 90 : 98);
            const QDate doneOn = std::min(due.addDays(-rng.below(10)), options.asOf);
            const QString itemTitle = QStringLiteral("%1: guard against %2").arg(itemTypes.at(k % 4), k % 2 ? fault : other);
            const QString itemText = QStringLiteral("Found by the COE on %1.").arg(service);
            const ActionType itemType = enumFromKey<ActionType>(itemTypes.at(k % 4)).value_or(ActionType::Prevent);
            if (auto r = out.insert(QStringLiteral("action_items"), itemColumns, {
                    itemTitle, itemText, people.at(rng.below(peopleCount)), due.toString(Qt::ISODate),
                    rng.below(4), done ? QStringLiteral("done") : QStringLiteral("open"), QStringLiteral(""), itemTypes.at(k % 4),
                    done ? QVariant(doneOn.toString(Qt::ISODate)) : QVariant(), coe,
                    itemTargets.at(k % itemTargets.size()), created, created,
                    enumKey(strengthOf(itemTitle, itemText, itemType)) }, false); !r)
                return r.error();
            ++made.actionItems;
        }
        made.timelineEvents += events;
        made.whys += int(answers.size());
        if (progress && (i + 1) % 1000 == 0)
            progress(i + 1, options.coes);
    }
    made.coes = options.coes;

    // One signed annual review per service, answered against the library.
    const QStringList reviewColumns { QStringLiteral("service_id"), QStringLiteral("set_id"), QStringLiteral("kind"), QStringLiteral("status"),
        QStringLiteral("reviewer_id"), QStringLiteral("review_date"), QStringLiteral("decision"), QStringLiteral("signed_at"),
        QStringLiteral("created_at"), QStringLiteral("updated_at") };
    const QStringList answerColumns { QStringLiteral("review_id"), QStringLiteral("axiom_id"), QStringLiteral("state"), QStringLiteral("notes"),
                                      QStringLiteral("answered_at") };
    for (int s = 0; s < serviceCount; ++s) {
        const QDate date = options.asOf.addDays(-rng.below(400));
        const QString when = stamp(QDateTime(date, QTime(15, 0), Qt::UTC));
        auto review = out.insert(QStringLiteral("orr_reviews"), reviewColumns,
                                 { services.at(s), library.value().setId, QStringLiteral("annual"), QStringLiteral("signed_off"),
                                   reviewers.at(s % reviewers.size()), date.toString(Qt::ISODate), QStringLiteral("go"), when, when, when });
        if (!review)
            return review.error();
        for (const Axiom &axiom : axioms.value())
            if (auto r = out.insert(QStringLiteral("orr_answers"), answerColumns,
                                    { review.value(), axiom.id, rng.chance(92) ? QStringLiteral("met") : QStringLiteral("not_applicable"),
                                      QStringLiteral("Checked in the annual review."), when }, false); !r)
                return r.error();
        ++made.reviews;
    }

    // Findings: recurring faults the working group noticed.
    const QStringList findingColumns { QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("status"),
                                       QStringLiteral("created_at"), QStringLiteral("updated_at") };
    const QStringList linkColumns { QStringLiteral("finding_id"), QStringLiteral("coe_id") };
    const int findingCount = coeIds.isEmpty() ? 0 : qMax(1, options.coes / 1000);
    for (int f = 0; f < findingCount; ++f) {
        const QString &fault = kFaults.at(f % kFaults.size());
        auto finding = out.insert(QStringLiteral("findings"), findingColumns,
                                  { QStringLiteral("Recurring %1").arg(fault), QStringLiteral("COEs keep citing %1.").arg(fault),
                                    QStringLiteral("open"), anchorText, anchorText });
        if (!finding)
            return finding.error();
        QSet<Id> linked;
        for (int k = 0; k < 3; ++k) {
            const Id coe = coeIds.at(rng.below(int(coeIds.size())));
            if (linked.contains(coe))
                continue;
            if (auto r = out.insert(QStringLiteral("finding_coes"), linkColumns, { finding.value(), coe }, false); !r)
                return r.error();
            linked.insert(coe);
        }
        ++made.findings;
    }

    if (auto s = out.finish(); !s)
        return s.error();
    return made;
}

} // namespace closeloop
