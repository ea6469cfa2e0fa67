#include "demodata.h"
#include "domain/translate.h"

#include "democoes.h"
#include "storage/actionitemrepository.h"
#include "storage/axiomrepository.h"
#include "storage/coerepository.h"
#include "storage/findingrepository.h"
#include "storage/orrreviewrepository.h"
#include "storage/personrepository.h"
#include "storage/servicerepository.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::DemoData", text);
}

struct DemoAxiom {
    const char *key, *area, *statement, *evidence;
    bool blocking;
    const char *checkKind;
};

// A few axioms from the readiness practice, enough for the demo reviews.
const DemoAxiom kAxioms[] = {
    { "CAP-1", "Capacity and static stability",
      "With only the capacity already running, losing any one Availability Zone at forecast peak leaves enough "
      "capacity to serve peak. With three evenly used AZs, each holds at least 50% of peak.",
      "Per-AZ capacity, forecast peak and margin", true, "calculator" },
    { "CAP-2", "Capacity and static stability",
      "Every tier runs in at least two Availability Zones (three recommended); nothing on the critical path is a "
      "single instance.", "Deployment inventory per AZ", true, "yes_no" },
    { "DEP-2", "Deployment safety",
      "Every change type (code, infrastructure, configuration, feature flags) goes to one box, then one AZ, then "
      "one Region, then waves, in automated stages with bake time.", "Pipeline definition", true, "yes_no" },
    { "DEP-3", "Deployment safety",
      "Each stage bakes longer than the evaluation time of the alarms that would roll it back.",
      "Bake times and alarm periods", false, "calculator" },
    { "DEP-4", "Deployment safety",
      "Deployments stop and roll back automatically when customer-facing alarms fire.",
      "A recent automatic rollback", true, "yes_no" },
    { "MON-4", "Monitoring and alarms",
      "Synthetic canaries exercise every critical journey through the customer endpoint every minute in every "
      "Region and page within 5 minutes.", "Canary list and alarm configuration", true, "yes_no" },
    { "MON-7", "Monitoring and alarms",
      "Errors and latency are measured and alarmed per Availability Zone.", "Per-AZ dashboards and alarms",
      false, "yes_no" },
    { "MON-9", "Monitoring and alarms",
      "Every expiring material (certificates, keys, tokens, domains) is inventoried with owner and expiry and "
      "alarms at least 30 days ahead.", "Inventory and alarm", true, "recency" },
    { "OVL-3", "Overload protection",
      "Retries use capped exponential backoff with jitter, happen at one layer only, and are bounded.",
      "Client configuration", true, "calculator" },
    { "OPS-1", "Incident response",
      "Every paging alarm links to a runbook.", "Alarm list with runbook links", true, "coverage" },
};

Instant at(const QDate &day, int hour, int minute, int offsetMinutes, int plusMinutes)
{
    const QDateTime local(day, QTime(hour, minute), QTimeZone(offsetMinutes * 60));
    return Instant::fromLocal(local.addSecs(qint64(plusMinutes) * 60));
}

QList<ImpactSample> impactSeries(const Instant &start, const demo::DemoCoe &d)
{
    QList<ImpactSample> series;
    if (d.failedShare <= 0)
        return series;
    for (int minute = -15; minute <= d.mitigateAfter + 15; minute += 5) {
        // A gently rising baseline, as traffic does over an hour.
        const double expected = 1200.0 + 4.0 * (minute + 15);
        const bool impacted = minute >= 0 && minute < d.mitigateAfter;
        series.append({ start.utc.addSecs(qint64(minute) * 60), expected,
                        impacted ? expected * (1.0 - d.failedShare) : expected });
    }
    return series;
}

} // namespace

Status seedDemoData(Database &db, const QDate &today)
{
    auto existing = sql::exec(db, QStringLiteral("SELECT (SELECT COUNT(*) FROM coes) + (SELECT COUNT(*) FROM services)"));
    if (!existing)
        return existing.error();
    QSqlQuery count = std::move(existing).value();
    if (count.next() && count.value(0).toLongLong() > 0)
        return Error { tr("The database %1 already holds data; the demo set is only added to an empty database. "
                          "Create a new one with \"closeloop-cli --db NEW.db seed-demo\".").arg(db.path()) };

    Transaction tx(db);

    PersonRepository people(db);
    const struct { const char *name, *email, *team; PersonRole role; } demoPeople[] = {
        { "Priya Raman", "priya.raman@example.com", "Payments", PersonRole::Engineer },
        { "Tomás Okafor", "tomas.okafor@example.com", "Principal engineers", PersonRole::Reviewer },
        { "Mei Chen", "mei.chen@example.com", "Search", PersonRole::Engineer },
        { "Jonas Berg", "jonas.berg@example.com", "Storefront", PersonRole::Leader },
        { "Aisha Kamau", "aisha.kamau@example.com", "Deployment Safety Working Group", PersonRole::WorkingGroup },
        { "Diego Álvarez", "diego.alvarez@example.com", "Identity", PersonRole::Engineer },
        { "Hannah Schulz", "hannah.schulz@example.com", "Principal engineers", PersonRole::Reviewer },
        { "Sam Whitfield", "sam.whitfield@example.com", "Storage", PersonRole::Engineer },
    };
    QList<Id> personIds;
    for (const auto &p : demoPeople) {
        Person person { 0, 0, QString::fromUtf8(p.name), QString::fromLatin1(p.email), QString::fromUtf8(p.team), p.role };
        auto id = people.create(person);
        if (!id)
            return id.error();
        personIds.append(id.value());
    }

    ServiceRepository services(db);
    const auto zones = [](const char *region, std::initializer_list<const char *> azs) {
        QList<ServiceZone> list;
        for (const char *az : azs)
            list.append({ QString::fromLatin1(region), QString::fromLatin1(az) });
        return list;
    };
    QList<Service> demoServices = {
        { 0, 0, QStringLiteral("payments-api"), QStringLiteral("Payments"), 1,
          QStringLiteral("Authorises and captures card payments for every storefront."), personIds[0], 365,
          zones("eu-central-1", { "euc1-az1", "euc1-az2", "euc1-az3" }) },
        { 0, 0, QStringLiteral("checkout-web"), QStringLiteral("Storefront"), 1,
          QStringLiteral("The checkout pages and cart."), personIds[3], 365,
          zones("eu-central-1", { "euc1-az1", "euc1-az2", "euc1-az3" }) + zones("us-east-1", { "use1-az1", "use1-az2", "use1-az4" }) },
        { 0, 0, QStringLiteral("identity"), QStringLiteral("Identity"), 1,
          QStringLiteral("Sign-in, sessions and enterprise single sign-on."), personIds[5], 365,
          zones("ap-south-1", { "aps1-az1", "aps1-az3" }) + zones("eu-west-1", { "euw1-az1", "euw1-az2" }) },
        { 0, 0, QStringLiteral("search-indexer"), QStringLiteral("Search"), 2,
          QStringLiteral("Keeps the product search index up to date."), personIds[2], 365,
          zones("eu-west-1", { "euw1-az1", "euw1-az2", "euw1-az3" }) },
        { 0, 0, QStringLiteral("object-archive"), QStringLiteral("Storage"), 2,
          QStringLiteral("Durable storage of invoices, receipts and uploads."), personIds[7], 365,
          zones("eu-central-1", { "euc1-az1", "euc1-az2", "euc1-az3" }) },
    };
    QList<Id> serviceIds;
    for (Service &s : demoServices) {
        auto id = services.create(s);
        if (!id)
            return id.error();
        serviceIds.append(id.value());
    }

    AxiomRepository axioms(db);
    AxiomSet set { 0, 0, QStringLiteral("closeloop-demo"), QStringLiteral("Demo readiness axioms"),
                   QStringLiteral("A small set of axioms for the demo reviews."), QStringLiteral("2026.1") };
    if (auto id = axioms.createSet(set); !id)
        return id.error();
    QHash<QString, Id> axiomIds;
    for (const DemoAxiom &d : kAxioms) {
        Axiom a;
        a.setId = set.id;
        a.key = QString::fromLatin1(d.key);
        a.area = QString::fromLatin1(d.area);
        a.statement = QString::fromUtf8(d.statement);
        a.evidenceExpected = QString::fromLatin1(d.evidence);
        a.launchBlocking = d.blocking;
        a.checkKind = enumFromKey<CheckKind>(QString::fromLatin1(d.checkKind)).value_or(CheckKind::YesNo);
        a.maxEvidenceAgeDays = 365;
        auto id = axioms.add(a);
        if (!id)
            return id.error();
        axiomIds.insert(a.key, id.value());
    }

    CoeRepository coes(db);
    ActionItemRepository actions(db);
    QList<Id> coeIds;
    for (const demo::DemoCoe &d : demo::demoCoes()) {
        Coe c;
        c.title = QString::fromUtf8(d.title);
        c.serviceId = serviceIds[d.service];
        c.severity = d.severity;
        c.category = QString::fromLatin1(d.category);
        c.trigger = QString::fromLatin1(d.trigger);
        c.tags = d.tags;
        c.status = enumFromKey<CoeStatus>(QString::fromLatin1(d.status)).value_or(CoeStatus::Draft);
        c.authorId = personIds[d.author];
        c.reviewerId = personIds[d.reviewer];
        c.summary = QString::fromUtf8(d.summary);
        c.impact = QString::fromUtf8(d.impact);
        const QDate day = today.addDays(-d.daysAgo);
        const Instant start = at(day, d.startHour, d.startMinute, d.offsetMinutes, 0);
        c.impactStart = start;
        c.detected = at(day, d.startHour, d.startMinute, d.offsetMinutes, d.detectAfter);
        c.engaged = at(day, d.startHour, d.startMinute, d.offsetMinutes, d.engageAfter);
        c.mitigated = at(day, d.startHour, d.startMinute, d.offsetMinutes, d.mitigateAfter);
        c.resolved = at(day, d.startHour, d.startMinute, d.offsetMinutes, d.resolveAfter);
        c.detectionMethod = enumFromKey<DetectionMethod>(QString::fromLatin1(d.detectionMethod)).value_or(DetectionMethod::Other);
        c.detectionSource = QString::fromUtf8(d.detectionSource);
        c.halveTtdAnswer = QString::fromUtf8(d.halveTtd);
        c.resolution = QString::fromUtf8(d.resolution);
        c.runbookUrl = QString::fromLatin1(d.runbook);
        c.noRunbook = c.runbookUrl.isEmpty();
        if (d.customersTotal > 0) {
            c.customersAffected = d.customersAffected;
            c.customersTotal = d.customersTotal;
        }
        c.failedRequestShare = d.failedShare;
        for (const QString &r : d.regions)
            c.blastScopes.append({ BlastScopeKind::Region, r });
        for (const QString &z : d.zones)
            c.blastScopes.append({ BlastScopeKind::AvailabilityZone, z });
        for (const QString &s : d.dependents)
            c.blastScopes.append({ BlastScopeKind::DependentService, s });
        c.dataLost = d.dataLost;
        c.dataLossDetail = QString::fromUtf8(d.dataLossDetail);
        c.impactDurationMinutes = d.mitigateAfter;
        c.halveBlastAnswer = QString::fromUtf8(d.halveBlast);
        c.lessons = QString::fromUtf8(d.lessons);
        c.impactSeries = impactSeries(start, d);

        Id tempId = 0;
        Id previous = 0;
        for (const QString &answer : d.whyChain) {
            WhyNode w;
            w.id = --tempId;
            if (previous != 0)
                w.parentId = previous;
            w.answer = answer;
            c.whys.append(w);
            previous = w.id;
        }
        for (const QString &answer : d.whyBranch) {
            WhyNode w;
            w.id = --tempId;
            w.parentId = c.whys.size() > 1 ? std::optional<Id>(c.whys[1].id) : std::nullopt;
            w.position = 1;
            w.answer = answer;
            c.whys.append(w);
        }
        for (const demo::DemoEvent &e : d.events) {
            TimelineEvent ev;
            ev.id = --tempId;
            ev.at = at(day, d.startHour, d.startMinute, d.offsetMinutes, e.minute);
            ev.kind = enumFromKey<TimelineKind>(QString::fromLatin1(e.kind)).value_or(TimelineKind::Event);
            ev.text = QString::fromUtf8(e.text);
            c.timeline.append(ev);
        }

        const QDateTime resolvedAt = c.resolved->utc;
        if (c.status != CoeStatus::Draft)
            c.submittedAt = resolvedAt.addDays(2);
        if (c.status == CoeStatus::Approved || c.status == CoeStatus::Closed) {
            c.approvedAt = resolvedAt.addDays(5);
            for (const char *question : { "data_complete", "impact_complete", "root_cause_deep", "actions_strong" })
                c.reviewChecks.append({ QString::fromLatin1(question), true, QString(), c.reviewerId, c.approvedAt });
        }
        if (c.status == CoeStatus::Closed)
            c.closedAt = resolvedAt.addDays(d.daysAgo / 2);
        // The lesson each demo incident teaches, as the axiom that would have prevented it.
        static const std::pair<const char *, const char *> preventedBy[] = {
            { "Checkout latency", "OVL-3" }, { "Payments API errors", "DEP-2" }, { "Sign-in failures", "MON-9" },
            { "Search results stale", "MON-4" }, { "Archive writes failing", "MON-7" }, { "Checkout outage", "DEP-4" },
        };
        for (const auto &[prefix, key] : preventedBy)
            if (QString::fromUtf8(d.title).startsWith(QLatin1String(prefix)))
                c.preventingAxiomId = axiomIds.value(QString::fromLatin1(key));
        if (QString::fromUtf8(d.title).startsWith(QLatin1String("Duplicate payment"))) {
            c.noAxiomExists = true;
            c.axiomProposal = QStringLiteral("Every stateful component is failed over in the pre-production "
                                             "pipeline, and the test checks for duplicated or lost work.");
        }

        auto id = coes.create(c);
        if (!id)
            return id.error();
        coeIds.append(id.value());

        for (const demo::DemoAction &da : d.actions) {
            ActionItem a;
            a.title = QString::fromUtf8(da.title);
            a.type = enumFromKey<ActionType>(QString::fromLatin1(da.type)).value_or(ActionType::Prevent);
            a.priority = da.priority;
            a.due = today.addDays(da.dueInDays);
            a.status = enumFromKey<ActionStatus>(QString::fromLatin1(da.status)).value_or(ActionStatus::Open);
            a.ownerId = personIds[da.owner];
            a.source = ActionSource::Coe;
            a.sourceId = id.value();
            a.addresses = enumFromKey<ActionTarget>(QString::fromLatin1(da.addresses)).value_or(ActionTarget::General);
            a.trackerRef = QStringLiteral("OPS-%1").arg(4100 + coeIds.size() * 10 + int(&da - d.actions.constData()));
            if (a.status == ActionStatus::Done) {
                a.doneOn = a.due->addDays(-3);
                a.closureEvidence = QStringLiteral("Merged and deployed; verified in production.");
            } else if (a.status == ActionStatus::WontDo) {
                a.statusReason = QStringLiteral("A reminder changes nothing; the retry defaults were fixed in the shared client instead.");
            }
            if (auto s = actions.create(a); !s)
                return s.error();
        }
    }

    // Last year's signed-off review of payments-api and this year's review of
    // object-archive, half answered.
    OrrReviewRepository reviews(db);
    OrrReview signedReview;
    signedReview.serviceId = serviceIds[0];
    signedReview.setId = set.id;
    signedReview.kind = ReviewKind::Annual;
    signedReview.status = ReviewStatus::SignedOff;
    signedReview.reviewerId = personIds[1];
    signedReview.reviewDate = today.addDays(-335);
    signedReview.decision = ReviewDecision::Go;
    signedReview.decisionOwnerId = personIds[3];
    signedReview.decisionNotes = QStringLiteral("Go. The canary gap is waived until the new checkout canary ships.");
    signedReview.signedAt = QDateTime(signedReview.reviewDate, QTime(16, 0), Qt::UTC);
    signedReview.participantIds = { personIds[0], personIds[1], personIds[3] };
    Id tempAnswer = 0;
    for (const DemoAxiom &d : kAxioms) {
        OrrAnswer a;
        a.id = --tempAnswer;
        a.axiomId = axiomIds.value(QString::fromLatin1(d.key));
        a.state = AnswerState::Met;
        a.answeredAt = signedReview.signedAt.addDays(-2);
        a.answeredBy = personIds[0];
        a.evidence.append({ 0, EvidenceKind::Link, QString(), QStringLiteral("https://wiki.example.com/payments/orr/%1").arg(QString::fromLatin1(d.key).toLower()),
                            QString(), QString(), QByteArray(), signedReview.reviewDate.addDays(-7), a.answeredAt });
        if (qstrcmp(d.key, "MON-4") == 0) {
            a.state = AnswerState::Waived;
            a.evidence.clear();
            a.waiver = Waiver { 0, QStringLiteral("The payment canary covers authorisation only; capture is covered from next quarter."),
                                personIds[6], today.addDays(20), QStringLiteral("Hourly synthetic capture job with an alarm."), a.answeredAt };
        } else if (qstrcmp(d.key, "MON-9") == 0) {
            a.state = AnswerState::NotApplicable;
            a.evidence.clear();
            a.naReason = QStringLiteral("payments-api holds no certificates of its own; TLS terminates at the shared load balancer.");
        }
        signedReview.answers.append(a);
    }
    if (auto s = reviews.create(signedReview); !s)
        return s.error();

    OrrReview openReview;
    openReview.serviceId = serviceIds[4];
    openReview.setId = set.id;
    openReview.kind = ReviewKind::PostIncident;
    openReview.reviewerId = personIds[6];
    openReview.reviewDate = today.addDays(-5);
    openReview.participantIds = { personIds[7], personIds[6] };
    int index = 0;
    Id notMetAnswer = 0;
    for (const DemoAxiom &d : kAxioms) {
        OrrAnswer a;
        a.id = --tempAnswer;
        a.axiomId = axiomIds.value(QString::fromLatin1(d.key));
        if (index < 4) {
            a.state = AnswerState::Met;
            a.answeredBy = personIds[7];
            a.answeredAt = QDateTime(today.addDays(-4), QTime(10, 0), Qt::UTC);
            a.evidence.append({ 0, EvidenceKind::Text, QStringLiteral("Checked in the review meeting; see the deployment inventory."),
                                QString(), QString(), QString(), QByteArray(), today.addDays(-4), a.answeredAt });
        } else if (qstrcmp(d.key, "MON-7") == 0) {
            a.state = AnswerState::NotMet;
            a.notes = QStringLiteral("Per-AZ alarms exist for writes only, with 5-minute periods.");
            a.answeredBy = personIds[7];
            a.answeredAt = QDateTime(today.addDays(-4), QTime(10, 30), Qt::UTC);
            notMetAnswer = a.id;
        }
        openReview.answers.append(a);
        ++index;
    }
    if (auto s = reviews.create(openReview); !s)
        return s.error();
    for (const OrrAnswer &a : std::as_const(openReview.answers)) {
        if (a.state != AnswerState::NotMet)
            continue;
        Q_UNUSED(notMetAnswer)
        ActionItem item;
        item.title = QStringLiteral("Add per-AZ read and write latency alarms with 1-minute periods");
        item.type = ActionType::Detect;
        item.priority = 1;
        item.due = today.addDays(-1);
        item.ownerId = personIds[7];
        item.source = ActionSource::OrrAnswer;
        item.sourceId = a.id;
        item.addresses = ActionTarget::AxiomNotMet;
        if (auto s = actions.create(item); !s)
            return s.error();
    }

    FindingRepository findings(db);
    Finding decided;
    decided.title = QStringLiteral("Changes outside the code pipeline skip staged rollout");
    decided.description = QStringLiteral("Two severe COEs this year came from changes that did not go through the staged "
                                         "pipeline: a configuration value deployed to every AZ at once, and a script run by hand "
                                         "against production.");
    decided.status = FindingStatus::Decided;
    decided.outcome = FindingOutcome::AutomatedCheck;
    decided.outcomeNotes = QStringLiteral("The pipeline rejects configuration deployments that target more than one AZ in the first stage.");
    decided.createdBy = personIds[4];
    decided.decidedAt = QDateTime(today.addDays(-6), QTime(15, 0), Qt::UTC);
    decided.axiomId = axiomIds.value(QStringLiteral("DEP-2"));
    decided.coeIds = { coeIds[0], coeIds[5] };
    if (auto s = findings.create(decided); !s)
        return s.error();
    ActionItem check;
    check.title = QStringLiteral("Add a pipeline check that blocks configuration deployments to more than one AZ at once");
    check.type = ActionType::Prevent;
    check.priority = 1;
    check.due = today.addDays(24);
    check.status = ActionStatus::InProgress;
    check.ownerId = personIds[4];
    check.source = ActionSource::Finding;
    check.sourceId = decided.id;
    if (auto s = actions.create(check); !s)
        return s.error();

    Finding open;
    open.title = QStringLiteral("Retries stacked across layers turn slow dependencies into outages");
    open.description = QStringLiteral("Retry amplification appears in the checkout latency COE and contributed to the webhook duplicates.");
    open.createdBy = personIds[4];
    open.coeIds = { coeIds[1], coeIds[6] };
    if (auto s = findings.create(open); !s)
        return s.error();

    return tx.commit();
}

} // namespace closeloop
