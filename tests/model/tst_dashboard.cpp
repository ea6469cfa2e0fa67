// The working group's dashboard on a small data set whose every figure was
// worked out by hand (see the comments beside each expectation).
#include "actions/actionrules.h"
#include "coe/coemetrics.h"
#include "demo/demodata.h"
#include "demo/organisationgenerator.h"
#include "domain/instant.h"
#include "storage/actionitemrepository.h"
#include "storage/coerepository.h"
#include "storage/sql.h"
#include "testsupport.h"
#include "workinggroup/axiomeffectiveness.h"
#include "workinggroup/dashboardsource.h"
#include "workinggroup/dashboard.h"
#include "workinggroup/statistics.h"
#include "workinggroup/weeklyagenda.h"

#include <QSqlQuery>
#include <QTest>

using namespace closeloop;

namespace {

const QDate Today(2026, 7, 15);

CoeFact coe(Id id, Id service, int severity, QDate date, DetectionMethod how, std::optional<qint64> ttd,
            std::optional<qint64> ttm, QString trigger, QString category, QStringList tags)
{
    CoeFact f;
    f.id = id;
    f.title = QStringLiteral("COE %1").arg(id);
    f.serviceId = service;
    f.serviceName = service == 1 ? QStringLiteral("checkout") : QStringLiteral("search");
    f.team = service == 1 ? QStringLiteral("payments") : QStringLiteral("discovery");
    f.severity = severity;
    f.date = date;
    f.detection = how;
    f.ttdSeconds = ttd;
    f.ttmSeconds = ttm;
    f.trigger = std::move(trigger);
    f.category = std::move(category);
    f.tags = std::move(tags);
    return f;
}

ActionFact action(Id id, ActionSource source, Id coeId, Id service, QDate opened, ActionStatus status,
                  std::optional<QDate> done, std::optional<QDate> due, ActionTarget target, bool strong)
{
    ActionFact f;
    f.id = id;
    f.source = source;
    f.coeId = coeId;
    f.serviceId = service;
    f.team = service == 1 ? QStringLiteral("payments") : service == 2 ? QStringLiteral("discovery") : QString();
    f.opened = opened;
    f.status = status;
    f.doneOn = done;
    f.due = due;
    f.addresses = target;
    f.strong = strong;
    return f;
}

DashboardFacts facts()
{
    using D = DetectionMethod;
    DashboardFacts f;
    const QString config = QStringLiteral("config push"), binary = QStringLiteral("binary push");
    const QString dns = QStringLiteral("dns"), cfg = QStringLiteral("config");
    f.coes = {
        coe(1, 1, 2, QDate(2026, 1, 10), D::CustomerReport, 600, 3600, config, QStringLiteral("software"), { dns, cfg }),
        coe(2, 1, 2, QDate(2026, 1, 20), D::Alarm, 300, 1200, config, QStringLiteral("software"), { dns }),
        coe(3, 2, 3, QDate(2026, 2, 5), D::CustomerReport, 1200, 7200, binary, QStringLiteral("capacity"), {}),
        coe(4, 2, 1, QDate(2026, 2, 25), D::Alarm, 60, std::nullopt, binary, {}, { cfg }),
        coe(5, 1, 4, QDate(2026, 5, 2), D::Alarm, 100, 500, {}, {}, {}),
        coe(6, 2, 3, QDate(2025, 12, 30), D::CustomerReport, 9999, 9999, binary, {}, {}), // before the period
        coe(7, 1, 3, QDate(2026, 7, 1), D::CustomerReport, 9999, 9999, config, {}, {}),   // after it
    };
    f.coes[4].preventingAxiomKey = QStringLiteral("CAP-1");
    f.coes[2].noAxiomExists = true;
    f.coes[2].axiomProposal = QStringLiteral("Keep 30% headroom in every zone");
    using S = ActionStatus;
    using T = ActionTarget;
    f.actions = {
        action(1, ActionSource::Coe, 1, 1, QDate(2026, 1, 12), S::Done, QDate(2026, 1, 22), std::nullopt, T::HalveTtd, true),
        action(2, ActionSource::Coe, 1, 1, QDate(2026, 1, 12), S::Open, std::nullopt, QDate(2026, 7, 1), T::HalveBlastRadius, false),
        action(3, ActionSource::Coe, 3, 2, QDate(2026, 2, 6), S::Done, QDate(2026, 3, 8), std::nullopt, T::HalveTtd, true),
        action(4, ActionSource::Coe, 4, 2, QDate(2026, 2, 26), S::Done, QDate(2026, 3, 1), std::nullopt, T::General, false),
        action(5, ActionSource::OrrAnswer, 0, 2, QDate(2026, 4, 1), S::Open, std::nullopt, QDate(2026, 12, 1), T::AxiomNotMet, false),
        action(6, ActionSource::Coe, 6, 2, QDate(2025, 12, 31), S::Done, QDate(2026, 1, 5), std::nullopt, T::General, false),
        action(7, ActionSource::Finding, 0, 0, QDate(2026, 6, 1), S::Open, std::nullopt, std::nullopt, T::General, true),
        // Recorded on 20 June as done on 10 June: closed at once, never in negative days.
        action(8, ActionSource::Finding, 0, 0, QDate(2026, 6, 20), S::Done, QDate(2026, 6, 10), std::nullopt, T::General, false),
    };
    f.actions[4].launchBlocking = true;
    for (ActionFact &item : f.actions) // as the store reads it: the COE's severity with the item
        for (const CoeFact &c : std::as_const(f.coes))
            if (item.source == ActionSource::Coe && c.id == item.coeId)
                item.coeSeverity = c.severity;
    f.openGroups = openItemGroups(f.actions, Today);
    RecertificationDue checkout;
    checkout.serviceId = 1;
    checkout.serviceName = QStringLiteral("checkout");
    checkout.due = QDate(2026, 6, 1);
    RecertificationDue search = checkout;
    search.serviceId = 2;
    search.serviceName = QStringLiteral("search");
    search.due = QDate(2027, 1, 1);
    f.recertifications = { checkout, search };
    f.serviceTeams = { { 1, QStringLiteral("payments") }, { 2, QStringLiteral("discovery") } };
    f.waivers = {
        WaiverFact { 1, QStringLiteral("checkout"), QStringLiteral("payments"), 10, QStringLiteral("CAP-1"), QDate(2026, 8, 1) },
        WaiverFact { 2, QStringLiteral("search"), QStringLiteral("discovery"), 11, QStringLiteral("OBS-2"), QDate(2026, 7, 1) },
    };
    f.passes = {
        AxiomPassFact { 2, QStringLiteral("OBS-2"), QStringLiteral("Alarm on errors"), QDate(2026, 1, 1), false },
        AxiomPassFact { 1, QStringLiteral("CAP-1"), QStringLiteral("Keep 50% of peak"), QDate(2026, 1, 15), false },
        AxiomPassFact { 2, QStringLiteral("CAP-1"), QStringLiteral("Keep 50% of peak"), QDate(2026, 3, 1), true },
    };
    return f;
}

DashboardFilter firstHalf()
{
    DashboardFilter filter;
    filter.from = QDate(2026, 1, 1);
    filter.to = QDate(2026, 6, 30);
    return filter;
}

QStringList terms(const QList<TermCount> &counts)
{
    QStringList out;
    for (const TermCount &c : counts)
        out << QStringLiteral("%1=%2").arg(c.term).arg(c.total());
    return out;
}

} // namespace

class TestDashboard : public QObject {
    Q_OBJECT
    // A generated organisation of `coes` COEs up to `asOf` (null on failure).
    static std::unique_ptr<Database> generated(const QTemporaryDir &dir, int coes, const QDate &asOf)
    {
        auto db = test::openFresh(dir);
        GeneratorOptions options;
        options.coes = coes;
        options.asOf = asOf;
        return generateOrganisation(*db, options) ? std::move(db) : nullptr;
    }

private Q_SLOTS:
    void medianAndPercentile()
    {
        QCOMPARE(median({ 5, 1, 3 }).value(), 3.0);
        QCOMPARE(median({ 4, 1, 3, 2 }).value(), 2.5); // even count: mean of the middle two
        QVERIFY(!median({}).has_value());
        QList<double> tens;
        for (int i = 10; i >= 1; --i)
            tens << i;
        QCOMPARE(percentile(tens, 90).value(), 9.0); // rank ceil(9.0) = 9
        QCOMPARE(percentile({ 1, 2, 3, 4 }, 90).value(), 4.0); // rank ceil(3.6) = 4
        QCOMPARE(percentile({ 1, 2, 3, 4 }, 50).value(), 2.0);
        QCOMPARE(percentile({ 7 }, 90).value(), 7.0);
        QVERIFY(!percentile({}, 90).has_value());
    }

    void coesPerMonthBySeverity()
    {
        const Dashboard d = computeDashboard(facts(), firstHalf(), Today);
        QCOMPARE(d.coeIds, (QList<Id> { 1, 2, 3, 4, 5 }));
        QCOMPARE(d.months.size(), 6); // January to June, the empty months too
        QCOMPARE(d.months.at(0).month, QDate(2026, 1, 1));
        QCOMPARE(d.months.at(0).bySeverity[1], (QList<Id> { 1, 2 }));
        QCOMPARE(d.months.at(1).bySeverity[0], (QList<Id> { 4 }));
        QCOMPARE(d.months.at(1).bySeverity[2], (QList<Id> { 3 }));
        QCOMPARE(d.months.at(2).total(), 0);
        QCOMPARE(d.months.at(3).total(), 0);
        QCOMPARE(d.months.at(4).bySeverity[3], (QList<Id> { 5 }));
        QCOMPARE(d.months.at(5).total(), 0);
    }

    void customerDetectedShare()
    {
        const Dashboard d = computeDashboard(facts(), firstHalf(), Today);
        QCOMPARE(d.customerDetected, (QList<Id> { 1, 3 }));
        QCOMPARE(d.customerDetectedShare().value(), 0.4); // 2 of 5
        QCOMPARE(d.quarters.at(0).customerDetected, (QList<Id> { 1, 3 }));
        QVERIFY(d.quarters.at(1).customerDetected.isEmpty());
    }

    void responseTimesPerQuarter()
    {
        const Dashboard d = computeDashboard(facts(), firstHalf(), Today);
        QCOMPARE(d.quarters.size(), 2);
        const QuarterBucket &q1 = d.quarters.at(0);
        QCOMPARE(q1.label, QStringLiteral("2026 Q1"));
        QCOMPARE(q1.coeIds, (QList<Id> { 1, 2, 3, 4 }));
        // TTD 60, 300, 600, 1200: median (300 + 600) / 2, p90 rank ceil(3.6) = 4.
        QCOMPARE(q1.ttdCount, 4);
        QCOMPARE(q1.ttdMedian.value(), 450.0);
        QCOMPARE(q1.ttdP90.value(), 1200.0);
        // TTM 1200, 3600, 7200 (COE 4 was never mitigated: left out, not zero).
        QCOMPARE(q1.ttmCount, 3);
        QCOMPARE(q1.ttmMedian.value(), 3600.0);
        QCOMPARE(q1.ttmP90.value(), 7200.0);
        const QuarterBucket &q2 = d.quarters.at(1);
        QCOMPARE(q2.label, QStringLiteral("2026 Q2"));
        QCOMPARE(q2.ttdMedian.value(), 100.0);
        QCOMPARE(q2.ttmP90.value(), 500.0);
    }

    void triggersCategoriesTagsAndRecurrence()
    {
        const Dashboard d = computeDashboard(facts(), firstHalf(), Today);
        QCOMPARE(terms(d.triggers), (QStringList { QStringLiteral("binary push=2"), QStringLiteral("config push=2") }));
        QCOMPARE(d.triggers.at(1).perQuarter, (QList<int> { 2, 0 }));
        QCOMPARE(d.triggers.at(1).coeIds, (QList<Id> { 1, 2 }));
        QCOMPARE(terms(d.categories), (QStringList { QStringLiteral("software=2"), QStringLiteral("capacity=1") }));
        QCOMPARE(terms(d.tags), (QStringList { QStringLiteral("config=2"), QStringLiteral("dns=2") }));
        QCOMPARE(terms(d.services), (QStringList { QStringLiteral("checkout=3"), QStringLiteral("search=2") }));
        QCOMPARE(terms(recurring(d.categories)), (QStringList { QStringLiteral("software=2") }));
        QCOMPARE(terms(recurring(d.services, 3)), (QStringList { QStringLiteral("checkout=3") }));
    }

    void actionItems()
    {
        const Dashboard d = computeDashboard(facts(), firstHalf(), Today);
        QCOMPARE(d.actions.opened, 7); // all but item 6, opened in December
        QCOMPARE(d.actions.strongOpened, 3);
        QCOMPARE(d.actions.strongShare().value(), 3.0 / 7.0);
        QCOMPARE(d.actions.closed, 5); // items 1, 3, 4, 8, and 6 done in January
        QCOMPARE(d.actions.medianDaysToClose.value(), 5.0); // 0, 3, 5, 10, 30
        QCOMPARE(d.actions.overdue, 1);
        QCOMPARE(d.actions.overdueCoeIds, (QList<Id> { 1 }));
        QCOMPARE(d.months.at(0).opened, 2);
        QCOMPARE(d.months.at(0).closed, 2);
        QCOMPARE(d.months.at(0).openedCoeIds, (QList<Id> { 1 })); // items 1 and 2, both of COE 1
        QCOMPARE(d.months.at(0).closedCoeIds, (QList<Id> { 1, 6 }));
        QVERIFY(d.months.at(3).openedCoeIds.isEmpty()); // April's only item is an ORR item
        QCOMPARE(d.months.at(1).opened, 2);
        QCOMPARE(d.months.at(2).closed, 2);
        QCOMPARE(d.months.at(3).opened, 1);
        QCOMPARE(d.months.at(5).opened, 2);
        QCOMPARE(d.months.at(5).closed, 1);
    }

    void halvingQuestionsThatLedToWork()
    {
        const Dashboard d = computeDashboard(facts(), firstHalf(), Today);
        QCOMPARE(d.halving.coes, 5);
        QCOMPARE(d.halving.ttdWithActions, (QList<Id> { 1, 3 }));
        QCOMPARE(d.halving.blastWithActions, (QList<Id> { 1 }));
    }

    void orrHealth()
    {
        const Dashboard d = computeDashboard(facts(), firstHalf(), Today);
        QCOMPARE(d.orr.overdue.size(), 1);
        QCOMPARE(d.orr.overdue.at(0).serviceName, QStringLiteral("checkout"));
        QCOMPARE(d.orr.openLaunchBlocking, 1);
        QCOMPARE(d.orr.activeWaivers.size(), 1);
        QCOMPARE(d.orr.activeWaivers.at(0).axiomKey, QStringLiteral("CAP-1"));
        QCOMPARE(d.orr.expiredWaivers.size(), 1);
        QCOMPARE(d.orr.expiredWaivers.at(0).axiomKey, QStringLiteral("OBS-2"));
    }

    void proposals()
    {
        const Dashboard d = computeDashboard(facts(), firstHalf(), Today);
        QCOMPARE(d.proposals.size(), 1);
        QCOMPARE(d.proposals.at(0).coeId, Id(3));
        QCOMPARE(d.proposals.at(0).proposal, QStringLiteral("Keep 30% headroom in every zone"));
    }

    void serviceTeamAndSeverityFilters()
    {
        DashboardFilter byService = firstHalf();
        byService.serviceIds = { 1 };
        Dashboard d = computeDashboard(facts(), byService, Today);
        QCOMPARE(d.coeIds, (QList<Id> { 1, 2, 5 }));
        QCOMPARE(d.actions.opened, 2); // items 1 and 2; the finding's item has no service
        QCOMPARE(d.actions.closed, 1);
        QCOMPARE(d.actions.medianDaysToClose.value(), 10.0);
        QCOMPARE(d.orr.overdue.size(), 1);
        QCOMPARE(d.orr.expiredWaivers.size(), 0);

        DashboardFilter byTeam = firstHalf();
        byTeam.teams = { QStringLiteral("discovery") };
        d = computeDashboard(facts(), byTeam, Today);
        QCOMPARE(d.coeIds, (QList<Id> { 3, 4 }));
        QCOMPARE(d.orr.overdue.size(), 0);
        QCOMPARE(d.orr.expiredWaivers.size(), 1);
        QCOMPARE(d.orr.openLaunchBlocking, 1);

        DashboardFilter bySeverity = firstHalf();
        bySeverity.severities = { 2 };
        d = computeDashboard(facts(), bySeverity, Today);
        QCOMPARE(d.coeIds, (QList<Id> { 1, 2 }));
        QCOMPARE(d.actions.opened, 2); // only the items of severity-2 COEs
        QCOMPARE(d.orr.openLaunchBlocking, 0);
        QCOMPARE(d.quarters.at(0).ttdMedian.value(), 450.0); // 300 and 600
    }

    void emptyPeriod()
    {
        DashboardFilter filter;
        filter.from = QDate(2027, 1, 1);
        filter.to = QDate(2027, 3, 31);
        const Dashboard d = computeDashboard(facts(), filter, Today);
        QVERIFY(d.coeIds.isEmpty());
        QCOMPARE(d.months.size(), 3);
        QCOMPARE(d.months.at(1).total(), 0);
        QCOMPARE(d.quarters.size(), 1);
        QVERIFY(!d.quarters.at(0).ttdMedian.has_value());
        QVERIFY(!d.quarters.at(0).ttmP90.has_value());
        QVERIFY(!d.customerDetectedShare().has_value());
        QCOMPARE(d.actions.opened, 0);
        QVERIFY(!d.actions.strongShare().has_value());
        QVERIFY(!d.actions.medianDaysToClose.has_value());
        QCOMPARE(d.actions.overdue, 1); // overdue is about today, whatever the period
        QVERIFY(d.triggers.isEmpty());
    }

    void defaultPeriodIsTwelveWholeMonths()
    {
        const DashboardFilter f = defaultFilter(QDate(2026, 11, 22));
        QCOMPARE(f.from, QDate(2025, 12, 1));
        QCOMPARE(f.to, QDate(2026, 11, 30));
        QCOMPARE(quarterLabel(QDate(2026, 11, 22)), QStringLiteral("2026 Q4"));
        QCOMPARE(quarterStart(QDate(2026, 11, 22)), QDate(2026, 10, 1));
    }

    void axiomEffectivenessCountsCoesSincePassing()
    {
        const QList<AxiomEffectiveness> all = axiomEffectiveness(facts());
        QCOMPARE(all.size(), 2);
        const AxiomEffectiveness &cap = all.at(0); // the one a COE names comes first
        QCOMPARE(cap.axiomKey, QStringLiteral("CAP-1"));
        QCOMPARE(cap.servicesPassed, (QList<Id> { 1 }));
        QCOMPARE(cap.servicesWaived, (QList<Id> { 2 }));
        // checkout passed on 15 January: COEs 2, 5 and 7 came after; COE 1 before.
        // search waived on 1 March: its COEs were all earlier.
        QCOMPARE(cap.coesSince, (QList<Id> { 2, 5, 7 }));
        QCOMPARE(cap.coesNamingIt, (QList<Id> { 5 }));
        const AxiomEffectiveness &obs = all.at(1);
        QCOMPARE(obs.axiomKey, QStringLiteral("OBS-2"));
        QCOMPARE(obs.coesSince, (QList<Id> { 3, 4 }));
        QVERIFY(obs.coesNamingIt.isEmpty());
    }

    void weeklyAgenda()
    {
        // The seven days ending Sunday 25 January: item 1 (strong, done on
        // the 22nd) is a quick win; COE 2 (the 20th) is the week's COE.
        const WeeklyAgenda agenda = closeloop::weeklyAgenda(facts(), QDate(2026, 1, 25));
        QCOMPARE(agenda.from, QDate(2026, 1, 19));
        QCOMPARE(agenda.quickWins.size(), 1);
        QCOMPARE(agenda.quickWins.at(0).id, Id(1));
        QCOMPARE(agenda.coes.size(), 1);
        QCOMPARE(agenda.coes.at(0).id, Id(2));
        // A week later: item 1 is old news, and COE 2 no longer this week's.
        const WeeklyAgenda later = closeloop::weeklyAgenda(facts(), QDate(2026, 2, 1));
        QVERIFY(later.quickWins.isEmpty());
        QVERIFY(later.coes.isEmpty());
    }

    void loadsWhatTheDatabaseHolds()
    {
        QTemporaryDir dir;
        auto db = test::openFresh(dir);
        QVERIFY(seedDemoData(*db, QDate(2026, 11, 22)));
        auto loaded = loadDashboardFacts(*db, QDate(2026, 11, 22));
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        const DashboardFacts f = loaded.value();
        auto coes = CoeRepository(*db).list();
        auto items = ActionItemRepository(*db).list();
        QVERIFY(coes && items);
        QCOMPARE(f.coes.size(), coes.value().size());
        QCOMPARE(f.actions.size(), items.value().size());
        QVERIFY(!f.recertifications.isEmpty());
        for (const CoeFact &fact : f.coes) {
            auto coe = CoeRepository(*db).load(fact.id);
            QVERIFY(coe);
            const CoeDurations durations = computeDurations(coe.value());
            QCOMPARE(fact.ttdSeconds, durations.ttdSeconds);
            QCOMPARE(fact.ttmSeconds, durations.ttmSeconds);
            QCOMPARE(fact.tags, coe.value().tags);
            QCOMPARE(fact.severity, coe.value().severity);
            if (coe.value().impactStart)
                QCOMPARE(fact.date, coe.value().impactStart->local().date());
        }
        int strong = 0;
        for (const ActionFact &item : f.actions)
            strong += item.strong ? 1 : 0;
        QVERIFY(strong > 0); // the demo has automated and removed hazards
        const Dashboard d = computeDashboard(f, DashboardFilter {}, QDate(2026, 11, 22));
        QCOMPARE(d.coeIds.size(), f.coes.size()); // no filter: everything
    }

    // Reading only a period's facts gives the same dashboard as reading
    // everything, for any period and filter: a large organisation's
    // dashboard reads a year, not a decade.
    void periodFactsGiveTheSameDashboard()
    {
        QTemporaryDir dir;
        const QDate asOf(2026, 11, 1);
        auto db = generated(dir, 600, asOf);
        QVERIFY(db);
        auto everything = loadDashboardFacts(*db, asOf);
        QVERIFY(everything);
        QList<DashboardFilter> filters { defaultFilter(asOf) };
        DashboardFilter older { QDate(2019, 2, 10), QDate(2020, 8, 3), {}, {}, {} };
        DashboardFilter team = defaultFilter(asOf);
        team.teams = { everything->coes.first().team };
        team.severities = { 1, 2 };
        DashboardFilter oneDay { QDate(2024, 5, 17), QDate(2024, 5, 17), {}, {}, {} };
        filters << older << team << oneDay;
        for (const DashboardFilter &f : std::as_const(filters)) {
            auto scoped = loadDashboardFacts(*db, asOf, f);
            QVERIFY(scoped);
            QVERIFY(scoped->coes.size() < everything->coes.size());
            QVERIFY(scoped->actions.size() < everything->actions.size());
            const Dashboard a = computeDashboard(everything.value(), f, asOf);
            const Dashboard b = computeDashboard(scoped.value(), f, asOf);
            QCOMPARE(b.coeIds, a.coeIds);
            QCOMPARE(b.customerDetected, a.customerDetected);
            QCOMPARE(b.months.size(), a.months.size());
            for (int m = 0; m < a.months.size(); ++m) {
                QCOMPARE(b.months.at(m).total(), a.months.at(m).total());
                QCOMPARE(b.months.at(m).opened, a.months.at(m).opened);
                QCOMPARE(b.months.at(m).closed, a.months.at(m).closed);
                QCOMPARE(b.months.at(m).openedCoeIds, a.months.at(m).openedCoeIds);
            }
            QCOMPARE(b.quarters.size(), a.quarters.size());
            for (int q = 0; q < a.quarters.size(); ++q) {
                QCOMPARE(b.quarters.at(q).coeIds, a.quarters.at(q).coeIds);
                QCOMPARE(b.quarters.at(q).ttdMedian, a.quarters.at(q).ttdMedian);
            }
            QCOMPARE(b.triggers.size(), a.triggers.size());
            QCOMPARE(b.actions.opened, a.actions.opened);
            QCOMPARE(b.actions.closed, a.actions.closed);
            QCOMPARE(b.actions.strongOpened, a.actions.strongOpened);
            QCOMPARE(b.actions.overdue, a.actions.overdue);
            QCOMPARE(b.actions.overdueCoeIds, a.actions.overdueCoeIds);
            QCOMPARE(b.actions.medianDaysToClose, a.actions.medianDaysToClose);
            QCOMPARE(b.halving.ttdWithActions, a.halving.ttdWithActions);
            QCOMPARE(b.halving.blastWithActions, a.halving.blastWithActions);
            QCOMPARE(b.orr.openLaunchBlocking, a.orr.openLaunchBlocking);
            QCOMPARE(b.proposals.size(), a.proposals.size());
        }
        // Counted in SQL as from the list of every item.
        auto key = [](const OpenItemGroup &g) { return std::tuple(g.serviceId, g.fromCoe, g.severity); };
        QList<OpenItemGroup> inSql = everything->openGroups, inMemory = openItemGroups(everything->actions, asOf);
        std::sort(inSql.begin(), inSql.end(), [&](const auto &a, const auto &b) { return key(a) < key(b); });
        std::sort(inMemory.begin(), inMemory.end(), [&](const auto &a, const auto &b) { return key(a) < key(b); });
        QCOMPARE(inSql.size(), inMemory.size());
        QVERIFY(inSql.size() > 10);
        for (int i = 0; i < inSql.size(); ++i) {
            QCOMPARE(key(inSql.at(i)), key(inMemory.at(i)));
            QCOMPARE(inSql.at(i).team, inMemory.at(i).team);
            QCOMPARE(inSql.at(i).overdue, inMemory.at(i).overdue);
            QCOMPARE(inSql.at(i).launchBlocking, inMemory.at(i).launchBlocking);
            QCOMPARE(inSql.at(i).overdueCoeIds, inMemory.at(i).overdueCoeIds);
        }
        const Dashboard year = computeDashboard(everything.value(), defaultFilter(asOf), asOf);
        QVERIFY2(year.coeIds.size() > 20 && year.actions.opened > 50 && year.actions.closed > 20, "the year must have something to compare");
    }

    // The dashboard reads its items as numbers (an enum's position, a day
    // as a Julian day number) on a second connection: each must come back
    // as the item stored, on either database.
    // The axiom passes read with shared keys and statements and the day as
    // a number are the signed-off answers as stored, row for row.
    void passesAreTheSignedOffAnswers()
    {
        QTemporaryDir dir;
        auto db = test::openFresh(dir);
        QVERIFY(seedDemoData(*db, QDate(2026, 11, 22))); // the generator waives nothing; the demo does
        auto facts = loadDashboardFacts(*db, QDate(2026, 11, 22));
        QVERIFY(facts);
        auto stored = sql::exec(*db, QStringLiteral(
            "SELECT r.service_id, a.axiom_key, a.statement, r.signed_at, an.state"
            " FROM orr_answers an JOIN orr_reviews r ON r.id = an.review_id JOIN axioms a ON a.id = an.axiom_id"
            " WHERE r.status = 'signed_off' AND an.state IN ('met', 'waived') ORDER BY a.axiom_key, r.signed_at"));
        QVERIFY(stored);
        qsizetype i = 0;
        int waived = 0;
        for (QSqlQuery q = std::move(stored).value(); q.next(); ++i) {
            QVERIFY(i < facts->passes.size());
            const AxiomPassFact &pass = facts->passes.at(i);
            QCOMPARE(pass.serviceId, q.value(0).toLongLong());
            QCOMPARE(pass.axiomKey, q.value(1).toString());
            QCOMPARE(pass.statement, q.value(2).toString());
            QCOMPARE(pass.signedOn, fromStorageText(q.value(3).toString()).date());
            QCOMPARE(pass.waived, q.value(4).toString() == QLatin1String("waived"));
            waived += pass.waived ? 1 : 0;
        }
        QCOMPARE(facts->passes.size(), i);
        QVERIFY2(i >= 5 && waived > 0 && waived < i, "the demo's reviews must both meet and waive axioms");
    }

    void actionFactsAreTheStoredItems()
    {
        QTemporaryDir dir;
        const QDate asOf(2026, 11, 1);
        auto db = generated(dir, 150, asOf);
        QVERIFY(db);
        auto stored = ActionItemRepository(*db).list();
        QVERIFY(stored);
        QHash<Id, ActionItemSummary> byId;
        for (const ActionItemSummary &s : stored.value())
            byId.insert(s.item.id, s);
        auto facts = loadDashboardFacts(*db, asOf);
        QVERIFY(facts);
        QCOMPARE(facts->actions.size(), byId.size());
        QSet<ActionStatus> statuses;
        QSet<ActionTarget> targets;
        int strong = 0, done = 0;
        for (const ActionFact &f : std::as_const(facts->actions)) {
            QVERIFY(byId.contains(f.id));
            const ActionItem &item = byId.value(f.id).item;
            QCOMPARE(f.status, item.status);
            QCOMPARE(f.type, item.type);
            QCOMPARE(f.addresses, item.addresses);
            QCOMPARE(f.source, item.source);
            QCOMPARE(f.due, item.due);
            QCOMPARE(f.doneOn, item.doneOn);
            QCOMPARE(f.opened, item.createdAt.toUTC().date());
            if (item.source == ActionSource::Coe)
                QCOMPARE(f.coeId, item.sourceId);
            QCOMPARE(f.strong, strengthOf(item.title, item.description, item.type) == ActionStrength::Strong);
            statuses.insert(f.status);
            targets.insert(f.addresses);
            strong += f.strong ? 1 : 0;
            done += f.doneOn ? 1 : 0;
        }
        QVERIFY2(statuses.size() >= 2 && targets.size() >= 3 && strong > 0 && done > 0,
                 "the generated items must vary enough to tell a wrong reading");
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
