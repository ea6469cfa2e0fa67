// Team-mode load test (scripts/bench-team.sh starts a throwaway server):
// many simulated people edit the same COEs and action items at once for a
// while. Every edit appends a unique token, so afterwards every
// acknowledged edit must be found in the stored text (no lost update) and
// nothing unacknowledged may be (nothing half-written). Revision conflicts
// are merged by reloading and editing again, as the merge dialog would;
// deadlocks and serialization failures are retried with capped, jittered
// backoff. Prints throughput and latency in the bench table format.
#include "domain/coe.h"
#include "storage/actionitemrepository.h"
#include "storage/coerepository.h"
#include "storage/personrepository.h"
#include "storage/retry.h"
#include "storage/servicerepository.h"

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace closeloop;

namespace {

struct Tally {
    QList<qint64> latenciesUs;
    QHash<Id, QStringList> coeTokens;
    QHash<Id, QStringList> itemTokens;
    int conflicts = 0;
    int transientRetries = 0;
    int failures = 0;
    QStringList failureMessages;
};

std::unique_ptr<Database> connect(const PgConnection &c, bool create = false)
{
    OpenOptions options;
    options.create = create;
    options.actor = QStringLiteral("loadtest");
    auto db = Database::openPostgres(c, options);
    if (!db)
        qFatal("cannot connect: %s", qPrintable(db.errorMessage()));
    return std::move(db).value();
}

// One edit, repeated after a revision conflict on a fresh copy (what a
// person merging would do), with transient server failures retried.
template <typename Load, typename Apply, typename Store>
Status edit(Load load, Apply apply, Store store, Tally &t)
{
    for (int round = 0; round < 50; ++round) {
        auto current = load();
        if (!current)
            return current.error();
        auto value = std::move(current).value();
        apply(value);
        const Status s = retryTransient([&] { return store(value); }, RetryPolicy {}, &t.transientRetries);
        if (s || s.error().kind != Error::Kind::Conflict)
            return s;
        ++t.conflicts;
        // A person merging takes a moment too; without a pause, clients
        // hammering one record can starve each other indefinitely.
        const int cap = std::min(400, 10 << std::min(round, 5));
        QThread::msleep(ulong(cap / 2 + int(QRandomGenerator::global()->bounded(cap / 2 + 1))));
    }
    return Error { QStringLiteral("still conflicting after 50 rounds") };
}

void client(const PgConnection &c, int index, qint64 deadlineMs, const QList<Id> &coes, const QList<Id> &items, Tally &t)
{
    auto db = connect(c);
    QRandomGenerator rng(quint32(index * 7919 + 1));
    QElapsedTimer clock;
    clock.start();
    for (int n = 0; QDateTime::currentMSecsSinceEpoch() < deadlineMs; ++n) {
        const QString token = QStringLiteral("c%1n%2;").arg(index).arg(n);
        QElapsedTimer op;
        op.start();
        Status s;
        if (rng.bounded(10) < 7) {
            const Id id = coes.at(int(rng.bounded(qsizetype(coes.size()))));
            CoeRepository repo(*db);
            s = edit([&] { return repo.load(id); }, [&](Coe &coe) { coe.notes += token; },
                     [&](Coe &coe) { return repo.update(coe); }, t);
            if (s)
                t.coeTokens[id] << token;
        } else {
            const Id id = items.at(int(rng.bounded(qsizetype(items.size()))));
            ActionItemRepository repo(*db);
            s = edit([&] { return repo.load(id); },
                     [&](ActionItem &item) {
                         item.description += token;
                         item.status = item.status == ActionStatus::Open ? ActionStatus::InProgress : ActionStatus::Open;
                     },
                     [&](ActionItem &item) { return repo.update(item); }, t);
            if (s)
                t.itemTokens[id] << token;
        }
        t.latenciesUs << op.nsecsElapsed() / 1000;
        if (!s) {
            ++t.failures;
            if (t.failureMessages.size() < 3)
                t.failureMessages << s.errorMessage();
        }
    }
}

// Tokens stored in `text`, which must be exactly the acknowledged ones.
int missing(const QString &text, const QStringList &acknowledged, int *extra)
{
    const QStringList stored = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    QSet<QString> storedSet;
    for (const QString &s : stored)
        storedSet.insert(s + QLatin1Char(';'));
    int lost = 0;
    QSet<QString> ack;
    for (const QString &a : acknowledged) {
        ack.insert(a);
        if (!storedSet.contains(a))
            ++lost;
    }
    for (const QString &s : std::as_const(storedSet))
        if (s.startsWith(QLatin1Char('c')) && !ack.contains(s))
            ++*extra;
    return lost;
}

void row(const char *name, const QString &value, const char *unit, const char *target)
{
    std::printf("%s\t%s\t%s\t%s\n", name, qPrintable(value), unit, target);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("closeloop.*.info=false\ncloseloop.sql.warning=false"));
    QCommandLineParser parser;
    const QCommandLineOption conninfo(QStringLiteral("conninfo-file"), QStringLiteral("File holding the server's conninfo."), QStringLiteral("FILE"));
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("Simulated people (50)."), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("How long (60)."), QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption records(QStringLiteral("coes"), QStringLiteral("COEs edited, two action items each (20)."), QStringLiteral("N"), QStringLiteral("20"));
    parser.addOptions({ conninfo, clients, seconds, records });
    parser.process(app);
    QFile f(parser.value(conninfo));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("need --conninfo-file");
    auto server = PgConnection::parse(QString::fromUtf8(f.readAll()));
    if (!server)
        qFatal("%s", qPrintable(server.errorMessage()));
    PgConnection c = server.value();
    c.schema = QStringLiteral("loadtest_%1").arg(QCoreApplication::applicationPid());

    // The shared records everyone edits.
    auto admin = connect(c, true);
    Person author;
    author.name = QStringLiteral("Load Tester");
    PersonRepository(*admin).create(author).value();
    Service service;
    service.name = QStringLiteral("checkout");
    ServiceRepository(*admin).create(service).value();
    QList<Id> coes, items;
    for (int i = 0; i < parser.value(records).toInt(); ++i) {
        Coe coe;
        coe.title = QStringLiteral("Load test COE %1").arg(i);
        coe.serviceId = service.id;
        coe.authorId = author.id;
        coe.summary = QStringLiteral("Checkout errors after a configuration push.");
        coe.whys = { { -1, std::nullopt, 0, QStringLiteral("Why?"), QStringLiteral("The push reached every AZ."), {}, std::nullopt } };
        coes << CoeRepository(*admin).create(coe).value();
        for (int k = 0; k < 2; ++k) {
            ActionItem item;
            item.title = QStringLiteral("Action %1.%2").arg(i).arg(k);
            item.source = ActionSource::Coe;
            item.sourceId = coe.id;
            items << ActionItemRepository(*admin).create(item).value();
        }
    }

    const int n = parser.value(clients).toInt();
    const qint64 runMs = parser.value(seconds).toLongLong() * 1000;
    QList<Tally> tallies(n);
    QList<QThread *> threads;
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + runMs;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < n; ++i) {
        threads << QThread::create([&, i] { client(c, i, deadline, coes, items, tallies[i]); });
        threads.last()->start();
    }
    for (QThread *t : std::as_const(threads)) {
        t->wait();
        delete t;
    }
    const double elapsedS = wall.elapsed() / 1000.0;

    Tally all;
    for (const Tally &t : std::as_const(tallies)) {
        all.latenciesUs += t.latenciesUs;
        all.conflicts += t.conflicts;
        all.transientRetries += t.transientRetries;
        all.failures += t.failures;
        all.failureMessages += t.failureMessages;
        for (auto it = t.coeTokens.cbegin(); it != t.coeTokens.cend(); ++it)
            all.coeTokens[it.key()] += it.value();
        for (auto it = t.itemTokens.cbegin(); it != t.itemTokens.cend(); ++it)
            all.itemTokens[it.key()] += it.value();
    }
    int lost = 0, extra = 0;
    for (Id id : std::as_const(coes))
        lost += missing(CoeRepository(*admin).load(id).value().notes, all.coeTokens.value(id), &extra);
    for (Id id : std::as_const(items))
        lost += missing(ActionItemRepository(*admin).load(id).value().description, all.itemTokens.value(id), &extra);

    std::sort(all.latenciesUs.begin(), all.latenciesUs.end());
    const auto percentile = [&all](double p) {
        return all.latenciesUs.isEmpty() ? 0.0 : all.latenciesUs.at(qsizetype(p * double(all.latenciesUs.size() - 1))) / 1000.0;
    };
    const qsizetype ops = all.latenciesUs.size() - all.failures;
    row("team load: simulated clients", QString::number(n), "", "50");
    row("team load: duration", QString::number(elapsedS, 'f', 1), "s", "60");
    row("team load: edits saved", QString::number(ops), "", "");
    row("team load: throughput", QString::number(double(ops) / elapsedS, 'f', 1), "/s", "");
    row("team load: median latency", QString::number(percentile(0.5), 'f', 1), "ms", "");
    row("team load: p95 latency", QString::number(percentile(0.95), 'f', 1), "ms", "< 1000 ms");
    row("team load: conflicts merged", QString::number(all.conflicts), "", "");
    row("team load: transient retries", QString::number(all.transientRetries), "", "");
    row("team load: failed edits", QString::number(all.failures), "", "0");
    row("team load: lost updates", QString::number(lost), "", "0");
    row("team load: unacknowledged writes", QString::number(extra), "", "0");
    for (const QString &m : std::as_const(all.failureMessages))
        std::fprintf(stderr, "failure: %s\n", qPrintable(m));
    return (lost == 0 && extra == 0 && all.failures == 0) ? 0 : 1;
}
