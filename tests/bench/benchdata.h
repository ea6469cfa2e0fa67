#pragma once

// Data the benchmarks share: a database of many COEs that read alike
// enough for search and similarity to have work to do.

#include "storage/actionitemrepository.h"
#include "storage/coerepository.h"
#include "storage/servicerepository.h"
#include "storage/transaction.h"

#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace closeloop::bench {

// The size of a data set: `n`, scaled by CLOSELOOP_BENCH_SCALE (the test
// command runs every benchmark once at 0.01 so none can rot unnoticed).
inline int scaled(int n)
{
    bool ok = false;
    const double scale = qEnvironmentVariable("CLOSELOOP_BENCH_SCALE").toDouble(&ok);
    return ok && scale > 0 ? qMax(1, int(n * scale)) : n;
}

// A new database in `dir`; null (with the reason on stderr) when it cannot be made.
inline std::unique_ptr<Database> openDatabase(const QTemporaryDir &dir, const QString &name = QStringLiteral("bench.db"))
{
    OpenOptions options;
    options.path = dir.filePath(name);
    options.create = true;
    auto opened = Database::openSqlite(options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return nullptr;
    }
    return std::move(opened).value();
}

inline const char *const Triggers[] = { "config_push", "binary_push", "capacity_management", "hardware", "dependency" };
inline const char *const Words[] = { "certificate", "retry", "throttle", "failover", "replica", "cache", "queue", "dns", "quota", "deploy" };

// COEs spread over 40 services and two years, with two whys and
// `actionsEach` action items each (a third of them done).
inline Status seedCoes(Database &db, int coeCount, const QDate &today, int actionsEach)
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
        for (int k = 0; k < actionsEach; ++k) {
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

} // namespace closeloop::bench
