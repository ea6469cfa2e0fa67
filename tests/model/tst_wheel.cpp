// Spin the wheel: random, reproducible with a seed, and fair: every
// service gets its turn, sooner than a plain random draw would give it.
#include "storage/servicerepository.h"
#include "storage/wheelrepository.h"
#include "testsupport.h"
#include "workinggroup/wheel.h"

#include <QTest>

using namespace closeloop;

namespace {

QList<QPair<Id, QString>> services(int n)
{
    QList<QPair<Id, QString>> out;
    for (int i = 1; i <= n; ++i)
        out.append({ i, QStringLiteral("service-%1").arg(i) });
    return out;
}

struct Run {
    QHash<Id, int> picks;
    int longestWait = 0; // spins between two turns of one service, worst case
};

// Spins `spins` times, each time from the real history, as the weekly review would.
Run simulate(int serviceCount, int spins, int count, bool weighted)
{
    Run run;
    QList<WheelSpin> history;
    QHash<Id, int> last;
    for (int s = 0; s < spins; ++s) {
        QList<WheelCandidate> candidates = wheelCandidates(services(serviceCount), history);
        if (!weighted)
            for (WheelCandidate &c : candidates)
                c.spinsWaited = 0; // every weight equal: a plain random draw
        WheelSpin spin;
        for (const WheelCandidate &c : spinWheel(candidates, count, quint32(1000 + s))) {
            spin.picked.append(c.serviceId);
            ++run.picks[c.serviceId];
            run.longestWait = qMax(run.longestWait, s - last.value(c.serviceId, -1) - 1);
            last.insert(c.serviceId, s);
        }
        history.append(spin);
    }
    for (int i = 1; i <= serviceCount; ++i)
        run.longestWait = qMax(run.longestWait, spins - 1 - last.value(i, -1));
    return run;
}

} // namespace

class TestWheel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameDraw()
    {
        const auto candidates = wheelCandidates(services(12), {});
        const auto a = spinWheel(candidates, 2, 42);
        const auto b = spinWheel(candidates, 2, 42);
        QCOMPARE(a.size(), 2);
        QCOMPARE(a.at(0).serviceId, b.at(0).serviceId);
        QCOMPARE(a.at(1).serviceId, b.at(1).serviceId);
        QVERIFY(a.at(0).serviceId != a.at(1).serviceId);
        bool anyDifferent = false;
        for (quint32 seed = 1; seed < 20 && !anyDifferent; ++seed)
            anyDifferent = spinWheel(candidates, 2, seed).at(0).serviceId != a.at(0).serviceId;
        QVERIFY2(anyDifferent, "other seeds draw other services");
    }

    void neverMoreThanThereAre()
    {
        const auto all = spinWheel(wheelCandidates(services(3), {}), 5, 7);
        QCOMPARE(all.size(), 3);
        QVERIFY(spinWheel({}, 2, 7).isEmpty());
    }

    void waitingIsCountedFromHistory()
    {
        const QList<WheelSpin> history { { 1, {}, 0, { 1, 2 } }, { 2, {}, 0, { 3, 1 } }, { 3, {}, 0, { 4, 5 } } };
        const auto c = wheelCandidates(services(6), history);
        QCOMPARE(c.at(0).spinsWaited, 1); // service 1: picked in spin 2, one spin since
        QCOMPARE(c.at(1).spinsWaited, 2); // service 2: picked in spin 1
        QCOMPARE(c.at(3).spinsWaited, 0); // service 4: just picked
        QCOMPARE(c.at(5).spinsWaited, 4); // service 6: never picked, ahead of everyone
        QVERIFY(c.at(5).weight() > c.at(1).weight());
    }

    // 1,000 weekly spins of two out of ten services: each is picked about
    // 200 times, and the longest anyone waits is far shorter than with a
    // plain random draw over the same seeds.
    void everyTeamGetsItsTurn()
    {
        const Run fair = simulate(10, 1000, 2, true);
        const Run plain = simulate(10, 1000, 2, false);
        qInfo("longest wait: weighted %d spins, plain random %d spins", fair.longestWait, plain.longestWait);
        for (Id id = 1; id <= 10; ++id)
            QVERIFY2(fair.picks.value(id) >= 170 && fair.picks.value(id) <= 230,
                     qPrintable(QStringLiteral("service %1 picked %2 times").arg(id).arg(fair.picks.value(id))));
        QVERIFY2(fair.longestWait <= 15, qPrintable(QString::number(fair.longestWait)));
        QVERIFY2(fair.longestWait * 2 < plain.longestWait,
                 qPrintable(QStringLiteral("weighted %1, plain %2").arg(fair.longestWait).arg(plain.longestWait)));
    }

    void spinsAreRecorded()
    {
        QTemporaryDir dir;
        auto db = test::openFresh(dir);
        QList<Id> ids;
        for (const char *name : { "ledger", "checkout" }) {
            Service s;
            s.name = QString::fromLatin1(name);
            QVERIFY(ServiceRepository(*db).create(s));
            ids << s.id;
        }
        WheelSpin spin { 0, QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC), 4242, { ids.at(1), ids.at(0) } };
        QVERIFY(WheelRepository(*db).record(spin));
        WheelSpin empty;
        QVERIFY2(!WheelRepository(*db).record(empty), "a spin that picked nobody is refused");
        const auto history = WheelRepository(*db).history().value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().seed, quint32(4242));
        QCOMPARE(history.first().picked, (QList<Id> { ids.at(1), ids.at(0) }));
        QCOMPARE(history.first().spunAt, spin.spunAt);
    }
};

QTEST_GUILESS_MAIN(TestWheel)
#include "tst_wheel.moc"
