// Benchmark: the working group's dashboard over 10,000 COEs with 20,000
// action items: reading the facts, computing every figure, refiltering,
// and building the similarity index and asking it once. Prints table rows
// for scripts/bench.sh.
#include "storage/actionitemrepository.h"
#include "storage/coerepository.h"
#include "storage/servicerepository.h"
#include "storage/transaction.h"
#include "storage/workinggrouprepository.h"
#include "workinggroup/dashboard.h"
#include "workinggroup/dashboardsource.h"
#include "workinggroup/similarity.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace closeloop;

namespace {

const char *const Triggers[] = { "config_push", "binary_push", "capacity_management", "hardware", "dependency" };
const char *const Words[] = { "certificate", "retry", "throttle", "failover", "replica", "cache", "queue", "dns", "quota", "deploy" };

Status seed(Database &db, int coeCount, const QDate &today)
{
    Transaction tx(db);
    QList<Id> services;
    for (int s = 0; s < 40; ++s) {
        Service service;
        service.name = QStringLiteral("service-%1").arg(s);
        service.team = QStringLiteral("team-%1").arg(s % 8);
        if (auto r = ServiceRepository(db).create(service); !r)
            return r.error();
        services.append(service.id);
    }
    for (int i = 0; i < coeCount; ++i) {
        Coe c;
        const QString word = QString::fromLatin1(Words[i % 10]), other = QString::fromLatin1(Words[(i / 10) % 10]);
        c.title = QStringLiteral("%1 trouble after %2 change %3").arg(word, other).arg(i);
        c.summary = QStringLiteral("The %1 of shard %2 failed while the %3 was changing.").arg(word).arg(i % 97).arg(other);
        c.serviceId = services.at(i % services.size());
        c.severity = 1 + i % 5;
        c.trigger = QString::fromLatin1(Triggers[i % 5]);
        c.category = QStringLiteral("category-%1").arg(i % 7);
        c.tags = { word, QStringLiteral("cell-%1").arg(i % 13) };
        const QDateTime start = QDateTime(today.addDays(-(i % 720)), QTime(10, 0), Qt::UTC);
        c.impactStart = Instant::fromUtc(start, 60);
        c.detected = Instant::fromUtc(start.addSecs(60 * (1 + i % 45)), 60);
        c.mitigated = Instant::fromUtc(start.addSecs(60 * (20 + i % 200)), 60);
        c.detectionMethod = i % 4 == 0 ? DetectionMethod::CustomerReport : DetectionMethod::Alarm;
        c.whys = { WhyNode { -1, std::nullopt, 0, QStringLiteral("Why did the %1 fail?").arg(word), QStringLiteral("Because the %1 was stale.").arg(other), {}, {} },
                   WhyNode { -2, -1, 0, QStringLiteral("Why was it stale?"), QStringLiteral("No alarm watched the %1 age.").arg(other), {}, {} } };
        if (auto r = CoeRepository(db).create(c); !r)
            return r.error();
        for (int k = 0; k < 2; ++k) {
            ActionItem a;
            a.title = k ? QStringLiteral("Automate the %1 rotation").arg(word) : QStringLiteral("Add an alarm on %1 age").arg(other);
            a.sourceId = c.id;
            a.due = today.addDays(i % 90 - 45);
            a.addresses = k ? ActionTarget::HalveBlastRadius : ActionTarget::HalveTtd;
            if (i % 3 == 0) {
                a.status = ActionStatus::Done;
                a.doneOn = today;
            }
            if (auto r = ActionItemRepository(db).create(a); !r)
                return r.error();
        }
    }
    return tx.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    OpenOptions options;
    options.path = dir.filePath(QStringLiteral("bench.db"));
    options.create = true;
    auto opened = Database::openSqlite(options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 2;
    }
    Database &db = *opened.value();
    const QDate today(2026, 11, 22);
    if (auto s = seed(db, 10000, today); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 2;
    }

    QElapsedTimer t;
    t.start();
    auto facts = loadDashboardFacts(db, today);
    if (!facts)
        return 2;
    const double loadMs = t.nsecsElapsed() / 1e6;

    t.restart();
    const Dashboard all = computeDashboard(facts.value(), DashboardFilter {}, today);
    const double computeMs = t.nsecsElapsed() / 1e6;

    DashboardFilter filter = defaultFilter(today);
    filter.teams = { QStringLiteral("team-3") };
    filter.severities = { 1, 2 };
    t.restart();
    const Dashboard some = computeDashboard(facts.value(), filter, today);
    const double refilterMs = t.nsecsElapsed() / 1e6;

    t.restart();
    auto texts = WorkingGroupRepository(db).coeTexts();
    if (!texts)
        return 2;
    const SimilarityIndex index(texts.value());
    const double indexMs = t.nsecsElapsed() / 1e6;
    t.restart();
    const QList<SimilarCoe> similar = index.similarTo(texts.value().at(42));
    const double queryMs = t.nsecsElapsed() / 1e6;

    std::printf("dashboard: read facts of 10,000 COEs\t%.0f\tms\t(whole-table queries)\n", loadMs);
    std::printf("dashboard: compute over 10,000 COEs\t%.1f\tms\t< 200 ms\n", computeMs);
    std::printf("dashboard: refilter (team, severity)\t%.1f\tms\t< 200 ms\n", refilterMs);
    std::printf("similar COEs: index 10,000 COEs\t%.0f\tms\t(once per page load)\n", indexMs);
    std::printf("similar COEs: one query\t%.1f\tms\t< 100 ms (as the author types)\n", queryMs);
    std::fprintf(stderr, "(%lld COEs in all, %lld after the filter, %lld similar)\n", static_cast<long long>(all.coeIds.size()),
                 static_cast<long long>(some.coeIds.size()), static_cast<long long>(similar.size()));
    return 0;
}
