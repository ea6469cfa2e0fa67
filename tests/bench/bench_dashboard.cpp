// Benchmark: the working group's dashboard over 10,000 COEs with 20,000
// action items: reading the facts, computing every figure, refiltering,
// and building the similarity index and asking it once. Prints table rows
// for scripts/bench.sh.
#include "benchdata.h"
#include "storage/workinggrouprepository.h"
#include "workinggroup/dashboard.h"
#include "workinggroup/dashboardsource.h"
#include "workinggroup/similarity.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace closeloop;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    auto opened = bench::openDatabase(dir);
    if (!opened)
        return 2;
    Database &db = *opened;
    const QDate today(2026, 11, 22);
    if (auto s = bench::seedCoes(db, bench::scaled(10000), today, 2); !s) {
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
