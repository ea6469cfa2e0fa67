// Benchmark: reports out and postmortems in at the size of a large
// organisation. Exports 1,000 COEs to Markdown files (each read from the
// database, rendered through the template, written whole), imports 1,000
// postmortem files (read, parsed, saved as draft COEs in one transaction),
// and searches 100,000 COEs. Prints table rows for scripts/bench.sh.
#include "benchdata.h"
#include "import/postmortem.h"
#include "import/postmortemsave.h"
#include "report/coemarkdown.h"
#include "report/reportparts.h"
#include "storage/searchrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <algorithm>

using namespace closeloop;

namespace {

double exportThousand(Database &db, const QString &folder, int *written)
{
    auto list = CoeRepository(db).list();
    if (!list)
        return -1;
    QElapsedTimer t;
    t.start();
    for (const CoeSummary &c : list.value()) {
        auto report = storedCoeReport(db, c.id, ReportAudience::Outside);
        if (!report || !writeWholeFile(QDir(folder).filePath(QStringLiteral("coe-%1.md").arg(c.id)), report.value().markdown.toUtf8()))
            return -1;
        ++*written;
    }
    return t.nsecsElapsed() / 1e6;
}

// 1,000 files made from the twelve shapes under tests/data/import, each
// with its own title so that none is a copy of another.
QStringList writePostmortems(const QString &folder)
{
    const QDir source(QStringLiteral(CLOSELOOP_TEST_DATA "/import"));
    const QStringList shapes = source.entryList({ QStringLiteral("*.md") }, QDir::Files, QDir::Name);
    QStringList files;
    for (int i = 0; i < 1000; ++i) {
        QFile in(source.filePath(shapes.at(i % shapes.size())));
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QByteArray text = in.readAll();
        text.replace("# ", QStringLiteral("# [%1] ").arg(i).toUtf8().constData());
        const QString path = QDir(folder).filePath(QStringLiteral("pm-%1.md").arg(i, 4, 10, QLatin1Char('0')));
        if (!writeWholeFile(path, text))
            return {};
        files << path;
    }
    return files;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QDate today(2026, 11, 22);

    // Export: 1,000 COEs with three action items each.
    auto small = bench::openDatabase(dir, QStringLiteral("export.db"));
    if (!small || !bench::seedCoes(*small, 1000, today, 3))
        return 2;
    QDir(dir.path()).mkdir(QStringLiteral("reports"));
    int written = 0;
    const double exportMs = exportThousand(*small, dir.filePath(QStringLiteral("reports")), &written);
    if (exportMs < 0)
        return 2;

    // Import: 1,000 files.
    QDir(dir.path()).mkdir(QStringLiteral("postmortems"));
    const QStringList files = writePostmortems(dir.filePath(QStringLiteral("postmortems")));
    if (files.size() != 1000)
        return 2;
    QElapsedTimer t;
    t.start();
    QList<ImportedPostmortem> parsed;
    for (const QString &f : files) {
        PostmortemFile read = readPostmortemFile(f);
        if (!read.postmortem)
            return 2;
        parsed << *read.postmortem;
    }
    const double parseMs = t.nsecsElapsed() / 1e6;
    t.restart();
    auto saved = saveImportedPostmortems(*small, parsed);
    if (!saved || saved.value().size() != 1000)
        return 2;
    const double saveMs = t.nsecsElapsed() / 1e6;

    // Search: 100,000 COEs, a mix of common words, prefixes, phrases and a miss.
    auto big = bench::openDatabase(dir, QStringLiteral("search.db"));
    t.restart();
    if (!big || !bench::seedCoes(*big, 100000, today, 0))
        return 2;
    const double seedS = t.nsecsElapsed() / 1e9;
    const QStringList queries { QStringLiteral("certificate"), QStringLiteral("retry storm"), QStringLiteral("fail"),
                                QStringLiteral("\"was stale\""), QStringLiteral("quota cache 4711"), QStringLiteral("zeppelin") };
    SearchRepository search(*big);
    QList<double> times;
    qsizetype hits = 0;
    for (int round = 0; round < 5; ++round)
        for (const QString &q : queries) {
            t.restart();
            auto found = search.searchCoes(q, 50);
            times << t.nsecsElapsed() / 1e6;
            if (!found)
                return 2;
            hits += found.value().size();
        }
    std::sort(times.begin(), times.end());
    const double median = times.at(times.size() / 2);
    const double worst = times.last();

    std::printf("export 1,000 COEs to Markdown files\t%.0f\tms\t< 2000 ms\n", exportMs);
    std::printf("import 1,000 postmortems: read+parse\t%.0f\tms\n", parseMs);
    std::printf("import 1,000 postmortems: save\t%.0f\tms\n", saveMs);
    std::printf("import 1,000 postmortems: total\t%.0f\tms\t< 5000 ms\n", parseMs + saveMs);
    std::printf("search 100,000 COEs: median query\t%.1f\tms\t< 50 ms\n", median);
    std::printf("search 100,000 COEs: slowest query\t%.1f\tms\t< 50 ms\n", worst);
    std::fprintf(stderr, "(%d reports written; %lld hits over %lld queries; seeding 100,000 COEs took %.0f s)\n", written,
                 static_cast<long long>(hits), static_cast<long long>(times.size()), seedS);
    return 0;
}
