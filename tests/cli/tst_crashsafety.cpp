// Kill a real closeloop-cli with SIGKILL at random points while it saves a
// stream of edits, two hundred times over the same file: every save it had
// acknowledged is there, nothing is half there, and the file passes
// SQLite's integrity check. Seeded: CLOSELOOP_CRASH_SEED repeats a run.
#include "storage/database.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace closeloop;

namespace {

constexpr int Iterations = 200;
constexpr int EditsPerRun = 6;

struct Stored {
    int timeline = 0;
    int actions = 0;
};

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    QByteArray m_postmortem; // an imported COE: a title, 6 timeline events, 4 action items
    Stored m_expected;

    QString fileFor(int run, int edit) const
    {
        return m_dir.filePath(QStringLiteral("pm-%1-%2.md").arg(run).arg(edit));
    }
    static QString titleFor(int run, int edit) { return QStringLiteral("Crash edit %1-%2").arg(run).arg(edit); }
    // Even edits import a postmortem (a COE and its parts in one
    // transaction); odd ones change a setting.
    static int settingFor(int run, int edit) { return 1 + (run * EditsPerRun + edit) % 3000; }
    QString commandFor(int run, int edit) const
    {
        return edit % 2 == 0 ? QStringLiteral("import md \"%1\"").arg(fileFor(run, edit))
                             : QStringLiteral("settings set actions.due_days.p2 %1").arg(settingFor(run, edit));
    }

    // The imported COEs by title, and the setting, read the way the next start would.
    static QHash<QString, Stored> storedCoes(Database &db)
    {
        QHash<QString, Stored> found;
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT c.title, (SELECT COUNT(*) FROM timeline_events t WHERE t.coe_id = c.id),"
                              " (SELECT COUNT(*) FROM action_items a WHERE a.coe_id = c.id) FROM coes c"));
        while (q.next()) {
            if (found.contains(q.value(0).toString()))
                found[QStringLiteral("(twice) ") + q.value(0).toString()] = {};
            found[q.value(0).toString()] = { q.value(1).toInt(), q.value(2).toInt() };
        }
        return found;
    }
    static int storedSetting(Database &db)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'actions.due_days.p2'"));
        return q.next() ? q.value(0).toInt() : 56;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("closeloop.*.info=false"));
        m_db = m_dir.filePath(QStringLiteral("crash.db"));
        QProcess init;
        init.start(QStringLiteral(CLOSELOOP_CLI_PATH), { QStringLiteral("--db"), m_db, QStringLiteral("init") });
        QVERIFY(init.waitForFinished(60000) && init.exitCode() == 0);
        QFile source(QStringLiteral(CLOSELOOP_TEST_DATA "/import/fastly-2021-config.md"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        m_postmortem = source.readAll();
        m_postmortem.remove(0, m_postmortem.indexOf('\n')); // its title line, replaced per file
        m_expected = { 6, 4 };
        for (int run = 0; run < Iterations; ++run)
            for (int edit = 0; edit < EditsPerRun; edit += 2) {
                QFile f(fileFor(run, edit));
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write("# " + titleFor(run, edit).toUtf8() + m_postmortem);
            }
    }

    void everyAcknowledgedSaveSurvivesAKill()
    {
        const quint32 seed = qEnvironmentVariableIsSet("CLOSELOOP_CRASH_SEED")
            ? quint32(qEnvironmentVariableIntValue("CLOSELOOP_CRASH_SEED"))
            : 20261122u;
        QRandomGenerator random(seed);
        QStringList acknowledged; // titles
        int lastAcknowledgedSetting = 56;
        int killedWhileWorking = 0;
        for (int run = 0; run < Iterations; ++run) {
            const QString context = QStringLiteral("seed %1, run %2").arg(seed).arg(run);
            QProcess cli;
            cli.start(QStringLiteral(CLOSELOOP_CLI_PATH), { QStringLiteral("--db"), m_db, QStringLiteral("batch") });
            QVERIFY2(cli.waitForStarted(), qPrintable(context));
            QByteArray script;
            for (int edit = 0; edit < EditsPerRun; ++edit)
                script += commandFor(run, edit).toUtf8() + '\n';
            cli.write(script); // standard input stays open: the process waits for more, never exits by itself

            // Kill after a random number of acknowledgements, a random time later.
            const int afterAcks = int(random.bounded(EditsPerRun));
            const int thenMs = int(random.bounded(25));
            QByteArray out;
            while (out.count("ok\n") + out.count("failed") < afterAcks && cli.waitForReadyRead(30000))
                out += cli.readAllStandardOutput();
            QElapsedTimer clock;
            clock.start();
            while (clock.elapsed() < thenMs && cli.state() == QProcess::Running)
                if (cli.waitForReadyRead(int(std::max<qint64>(1, thenMs - clock.elapsed()))))
                    out += cli.readAllStandardOutput();
            cli.kill(); // SIGKILL: no chance to finish a write or clean up
            QVERIFY2(cli.waitForFinished(30000), qPrintable(context));
            out += cli.readAllStandardOutput();
            QVERIFY2(!out.contains("failed"), qPrintable(context + QStringLiteral(": ") + QString::fromUtf8(out) + QString::fromUtf8(cli.readAllStandardError())));

            const int acks = int(out.count("ok\n"));
            if (acks < EditsPerRun)
                ++killedWhileWorking;
            for (int edit = 0; edit < acks; ++edit) {
                if (edit % 2 == 0)
                    acknowledged << titleFor(run, edit);
                else
                    lastAcknowledgedSetting = settingFor(run, edit);
            }

            // The next start: the file opens, passes the full check, and
            // holds every acknowledged save, whole.
            OpenOptions options;
            options.path = m_db;
            auto db = Database::openSqlite(options);
            QVERIFY2(db, qPrintable(context + QStringLiteral(": ") + db.errorMessage()));
            QCOMPARE(db.value()->integrityCheck(false).value(), QStringLiteral("ok"));
            const QHash<QString, Stored> stored = storedCoes(**db);
            for (const QString &title : std::as_const(acknowledged))
                QVERIFY2(stored.contains(title), qPrintable(context + QStringLiteral(": lost ") + title));
            for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
                QVERIFY2(!it.key().startsWith(QStringLiteral("(twice)")), qPrintable(context + QStringLiteral(": ") + it.key()));
                QVERIFY2(it->timeline == m_expected.timeline && it->actions == m_expected.actions,
                         qPrintable(context + QStringLiteral(": half saved ") + it.key()));
            }
            // The setting is the last acknowledged value, or the one being
            // saved when the process died (acknowledged or not, it is whole).
            const int setting = storedSetting(**db);
            const int inFlight = acks < EditsPerRun && acks % 2 == 1 ? settingFor(run, acks) : lastAcknowledgedSetting;
            QVERIFY2(setting == lastAcknowledgedSetting || setting == inFlight,
                     qPrintable(context + QStringLiteral(": setting %1").arg(setting)));
            lastAcknowledgedSetting = setting;
        }
        qInfo("%d runs, %d killed with edits not yet acknowledged, %lld COEs acknowledged", Iterations, killedWhileWorking,
              qlonglong(acknowledged.size()));
        QVERIFY2(killedWhileWorking > Iterations / 2, "most kills must land while the process is still saving");
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
