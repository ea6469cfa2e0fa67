// Benchmark: the parts of Closeloop that grow with the organisation, on a
// database made by `closeloop-cli seed-demo` (scripts/bench.sh makes one
// of 100,000 COEs). Measures full-text search over 20 varied queries, the
// working group's dashboard for one year, and reading and rendering every
// COE as a Markdown report. Prints table rows for scripts/bench.sh, and
// leaves in --out what the script compares against: the search's own SQL
// for the sqlite3 shell, and the words to give `grep -ril`.
#include "report/coemarkdown.h"
#include "storage/coelistreader.h"
#include "storage/searchrepository.h"
#include "storage/sql.h"
#include "workinggroup/dashboard.h"
#include "workinggroup/dashboardsource.h"
#include "memorypolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace closeloop;

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype at = std::min(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(at);
}

double median(const QList<double> &values) { return percentile(values, 0.5); }

// A statement with its values written in, for the sqlite3 shell.
QString literalSql(QString statement, const QVariantMap &binds)
{
    QStringList names = binds.keys();
    // Longest first, so that :limit is not taken for :lim plus "it".
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &name : names) {
        const QVariant v = binds.value(name);
        const bool number = v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double;
        const QString literal = number ? v.toString() : QLatin1Char('\'') + v.toString().replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
        statement.replace(QLatin1Char(':') + name, literal);
    }
    return statement;
}

// Twenty things people search for after an incident: single words,
// prefixes, phrases, mixes, rare words and misses.
const QStringList kQueries {
    QStringLiteral("certificate"), QStringLiteral("throttl"), QStringLiteral("dns"), QStringLiteral("retry storm"),
    QStringLiteral("\"staged rollout\""), QStringLiteral("quota"), QStringLiteral("failover replica"), QStringLiteral("cache"),
    QStringLiteral("deploy pipeline"), QStringLiteral("timed out"), QStringLiteral("\"every AZ\""), QStringLiteral("capacity"),
    QStringLiteral("zeppelin"), QStringLiteral("hardware"), QStringLiteral("config push"), QStringLiteral("binary"),
    QStringLiteral("tier 1"), QStringLiteral("lease"), QStringLiteral("queue backlog"), QStringLiteral("memory leak"),
};

bool runSearch(Database &db, const QString &out)
{
    SearchRepository search(db);
    QFile sqlFile(QDir(out).filePath(QStringLiteral("search.sql")));
    QFile wordFile(QDir(out).filePath(QStringLiteral("search-words.txt")));
    if (!sqlFile.open(QIODevice::WriteOnly | QIODevice::Truncate) || !wordFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QTextStream sqlOut(&sqlFile), words(&wordFile);
    // Warm the page cache once, as a person's second search would find it.
    for (const QString &q : kQueries)
        if (!search.searchCoes(q, 50))
            return false;
    QList<double> times, medians;
    int hits = 0;
    for (const QString &q : kQueries) {
        // The statements of one search, recorded as the search runs them.
        QStringList statements;
        sql::setStatementObserver([&statements](const QString &s, const QVariantMap &b) { statements << literalSql(s, b); });
        auto found = search.searchCoes(q, 50);
        sql::setStatementObserver({});
        if (!found)
            return false;
        hits += int(found->size());
        sqlOut << "-- " << q << "\n" << statements.join(QStringLiteral(";\n")) << ";\n";
        // grep gets the query as typed, without quotes: a fixed string.
        words << QString(q).remove(QLatin1Char('"')) << "\n";
        QList<double> runs;
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer t;
            t.start();
            if (!search.searchCoes(q, 50))
                return false;
            runs << t.nsecsElapsed() / 1e6;
        }
        times << runs;
        medians << median(runs);
    }
    double total = 0;
    for (double m : medians)
        total += m;
    std::printf("search_p50_ms\t%.2f\n", median(times));
    std::printf("search_p95_ms\t%.2f\n", percentile(times, 0.95));
    std::printf("search_max_ms\t%.2f\n", percentile(times, 1.0));
    std::printf("search_total_ms\t%.2f\n", total); // the 20 queries once each (medians)
    std::fprintf(stderr, "search: %d hits over %lld queries\n", hits, static_cast<long long>(kQueries.size()));
    return true;
}

bool runDashboard(Database &db, const QDate &today)
{
    const DashboardFilter year = defaultFilter(today);
    QList<double> load, compute;
    qsizetype coes = 0;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer t;
        t.start();
        auto facts = loadDashboardFacts(db, today, year);
        if (!facts) {
            std::fprintf(stderr, "%s\n", qPrintable(facts.errorMessage()));
            return false;
        }
        load << t.nsecsElapsed() / 1e6;
        t.restart();
        const Dashboard d = computeDashboard(facts.value(), year, today);
        compute << t.nsecsElapsed() / 1e6;
        coes = d.coeIds.size();
    }
    // The first round is what a person opening the dashboard waits for:
    // SQLite's cache of this connection is cold then.
    std::printf("dashboard_first_ms\t%.1f\n", load.constFirst() + compute.constFirst());
    std::printf("dashboard_year_ms\t%.1f\n", median(load) + median(compute));
    std::printf("dashboard_load_ms\t%.1f\n", median(load));
    std::printf("dashboard_compute_ms\t%.1f\n", median(compute));
    std::fprintf(stderr, "dashboard: %lld COEs in %s .. %s\n", static_cast<long long>(coes),
                 qPrintable(year.from.toString(Qt::ISODate)), qPrintable(year.to.toString(Qt::ISODate)));
    return true;
}

bool runRender(Database &db)
{
    auto ids = CoeListReader(db).ids(CoeListQuery { {}, {}, CoeListQuery::Order::ById, false });
    auto names = CoeChoices::load(db);
    if (!ids || !names)
        return false;
    const Blameless blameless(names.value());
    qint64 bytes = 0;
    QElapsedTimer t;
    t.start();
    const Status s = forEachCoeReport(db, ids.value(), names.value(), &blameless, [&bytes](const StoredReport &r) {
        bytes += r.markdown.size();
        return Status();
    });
    if (!s)
        return false;
    const double seconds = t.nsecsElapsed() / 1e9;
    std::printf("render_coes_per_s\t%.0f\n", double(ids->size()) / seconds);
    std::fprintf(stderr, "render: %lld COEs, %lld characters in %.1f s\n", static_cast<long long>(ids->size()),
                 static_cast<long long>(bytes), seconds);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    setMemoryPolicy();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The generated database."), QStringLiteral("PATH"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Where to leave search.sql and search-words.txt."), QStringLiteral("DIR"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), QStringLiteral("The generator's --as-of date."), QStringLiteral("DATE"));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("search, dashboard or render."), QStringLiteral("PART"));
    const QCommandLineOption mapped(QStringLiteral("mmap"), QStringLiteral("Read the file through a memory map, as the command line does."));
    parser.addOptions({ dbOption, outOption, asOf, only, mapped });
    parser.process(app);
    if (!parser.isSet(dbOption) || !parser.isSet(outOption)) {
        std::fprintf(stderr, "usage: bench_scale --db PATH --out DIR [--as-of YYYY-MM-DD] [--only PART]\n");
        return 2;
    }
    OpenOptions options;
    options.path = parser.value(dbOption);
    options.checkPages = false; // measured elsewhere; not part of any figure here
    options.mapForReading = parser.isSet(mapped);
    auto opened = Database::openSqlite(options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 2;
    }
    Database &db = *opened.value();
    QDir().mkpath(parser.value(outOption));
    const QDate today = parser.isSet(asOf) ? QDate::fromString(parser.value(asOf), Qt::ISODate) : QDate::currentDate();
    auto runs = [&](const char *part) { return !parser.isSet(only) || parser.value(only) == QLatin1String(part); };
    if (runs("search") && !runSearch(db, parser.value(outOption)))
        return 2;
    if (runs("dashboard") && !runDashboard(db, today))
        return 2;
    if (runs("render") && !runRender(db))
        return 2;
    return 0;
}
