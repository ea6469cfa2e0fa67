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

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>
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
    auto names = CoeChoices::load(db);
    if (!names)
        return -1;
    for (const CoeSummary &c : list.value()) {
        auto report = storedCoeReport(db, c.id, ReportAudience::Outside, names.value());
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
    for (int i = 0; i < bench::scaled(1000); ++i) {
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
    // --search-db PATH keeps the 100,000-COE database (seeding it takes
    // minutes) and reuses it when it exists; --only export|import|search.
    QCommandLineParser parser;
    const QCommandLineOption keep(QStringLiteral("search-db"), QStringLiteral("Where to keep the search database."), QStringLiteral("PATH"));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Run one part."), QStringLiteral("PART"));
    parser.addOptions({ keep, only });
    parser.process(app);
    auto runs = [&](const char *part) { return !parser.isSet(only) || parser.value(only) == QLatin1String(part); };
    QTemporaryDir dir;
    const QDate today(2026, 11, 22);
    QElapsedTimer t;

    auto small = bench::openDatabase(dir, QStringLiteral("export.db"));
    if (!small || !bench::seedCoes(*small, bench::scaled(1000), today, 3))
        return 2;
    if (runs("export")) {
        // 1,000 COEs with three action items each, one file per COE.
        QDir(dir.path()).mkdir(QStringLiteral("reports"));
        int written = 0;
        const double exportMs = exportThousand(*small, dir.filePath(QStringLiteral("reports")), &written);
        if (exportMs < 0 || written != bench::scaled(1000))
            return 2;
        std::printf("export 1,000 COEs to Markdown files\t%.0f\tms\t< 2000 ms\n", exportMs);
    }

    if (runs("import")) {
        QDir(dir.path()).mkdir(QStringLiteral("postmortems"));
        const QStringList files = writePostmortems(dir.filePath(QStringLiteral("postmortems")));
        if (files.size() != bench::scaled(1000))
            return 2;
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
        if (!saved || saved.value().size() != bench::scaled(1000))
            return 2;
        const double saveMs = t.nsecsElapsed() / 1e6;
        std::printf("import 1,000 postmortems: read+parse\t%.0f\tms\n", parseMs);
        std::printf("import 1,000 postmortems: save\t%.0f\tms\n", saveMs);
        std::printf("import 1,000 postmortems: total\t%.0f\tms\t< 5000 ms\n", parseMs + saveMs);
    }

    if (runs("search")) {
        // 100,000 COEs; common words, prefixes, phrases, a rare mix and a miss.
        const QString path = parser.isSet(keep) ? parser.value(keep) : dir.filePath(QStringLiteral("search.db"));
        const bool seeded = QFileInfo::exists(path);
        OpenOptions options;
        options.path = path;
        options.create = !seeded;
        auto big = Database::openSqlite(options);
        if (!big || (!seeded && !bench::seedCoes(*big.value(), bench::scaled(100000), today, 0)))
            return 2;
        const QStringList queries { QStringLiteral("certificate"), QStringLiteral("retry storm"), QStringLiteral("fail"),
                                    QStringLiteral("\"was stale\""), QStringLiteral("quota cache 4711"), QStringLiteral("zeppelin"),
                                    // About 7,700 and 1,000 matches: ranked by relevance, not by recency.
                                    QStringLiteral("\"cell 3\""), QStringLiteral("\"shard 42\"") };
        SearchRepository search(*big.value());
        QList<double> times;
        QMap<QString, double> slowest;
        for (int round = 0; round < 5; ++round)
            for (const QString &q : queries) {
                t.restart();
                auto found = search.searchCoes(q, 50);
                const double ms = t.nsecsElapsed() / 1e6;
                if (!found)
                    return 2;
                times << ms;
                slowest[q] = std::max(slowest.value(q), ms);
            }
        std::sort(times.begin(), times.end());
        std::printf("search 100,000 COEs: median query\t%.1f\tms\t< 50 ms\n", times.at(times.size() / 2));
        std::printf("search 100,000 COEs: slowest query\t%.1f\tms\t< 50 ms\n", times.last());
        for (auto it = slowest.cbegin(); it != slowest.cend(); ++it)
            std::fprintf(stderr, "  %-20s slowest %.1f ms\n", qPrintable(it.key()), it.value());
    }
    return 0;
}
