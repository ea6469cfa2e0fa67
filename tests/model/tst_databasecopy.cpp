// Moving a whole database between a local file and a shared server: every
// row arrives with its id, counts and checksums match on both sides, and a
// target that holds data is never mixed into. In the *_pg run the copies
// go file -> server -> file; otherwise file -> file.
#include "demo/demodata.h"
#include "storage/coerepository.h"
#include "storage/databasecopy.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QProcess>
#include <QTest>

using namespace closeloop;

class TestDatabaseCopy : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    std::unique_ptr<Database> localFile(const QString &name)
    {
        OpenOptions options;
        options.path = m_dir.filePath(name);
        options.create = true;
        options.actor = QStringLiteral("tester");
        return std::move(Database::openSqlite(options)).value();
    }

    // The middle of the round trip: the server in a *_pg run.
    std::unique_ptr<Database> middle()
    {
        static int n = 0;
        return test::openFresh(m_dir, QStringLiteral("middle-%1.db").arg(++n));
    }

private Q_SLOTS:
    void everyTableIsCarried()
    {
        auto db = localFile(QStringLiteral("tables.db"));
        auto q = sql::exec(*db, db->dialect().userTablesQuery());
        QVERIFY(q);
        QStringList missing;
        while (q.value().next()) {
            const QString table = q.value().value(0).toString();
            if (table == QLatin1String("schema_migrations") || table.startsWith(QLatin1String("coe_search")))
                continue;
            if (!copiedTables().contains(table))
                missing << table;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not copied: ") + missing.join(QStringLiteral(", "))));
    }

    void roundTripKeepsEveryRow()
    {
        auto source = localFile(QStringLiteral("source.db"));
        QVERIFY(seedDemoData(*source, QDate(2026, 11, 1)));
        const auto original = tallyTables(*source);
        QVERIFY(original);

        auto server = middle();
        QList<qint64> seen;
        auto there = copyDatabase(*source, *server, [&seen](qint64 done, qint64 total, const QString &) {
            seen << done;
            return done <= total;
        });
        QVERIFY2(there, qPrintable(there.errorMessage()));
        QVERIFY(there.value().totalRows() > 300);
        QVERIFY2(seen.size() >= copiedTables().size(), "progress is reported at least per table");
        QCOMPARE(seen.constLast(), there.value().totalRows());

        auto back = localFile(QStringLiteral("back.db"));
        auto home = copyDatabase(*server, *back);
        QVERIFY2(home, qPrintable(home.errorMessage()));
        const auto returned = tallyTables(*back);
        QVERIFY(returned);
        for (int i = 0; i < original.value().size(); ++i) {
            QCOMPARE(returned.value().at(i).table, original.value().at(i).table);
            QCOMPARE(returned.value().at(i).rows, original.value().at(i).rows);
            QCOMPARE(returned.value().at(i).checksum, original.value().at(i).checksum);
        }

        // The server goes on numbering after the copied ids.
        const QList<CoeSummary> coes = CoeRepository(*server).list().value();
        Coe added;
        added.title = QStringLiteral("First COE written on the server");
        QVERIFY(CoeRepository(*server).create(added));
        for (const CoeSummary &c : coes)
            QVERIFY(c.id < added.id);
    }

    void checksumSeesAChangedValue()
    {
        auto db = localFile(QStringLiteral("changed.db"));
        QVERIFY(seedDemoData(*db, QDate(2026, 11, 1)));
        const auto before = tallyTables(*db).value();
        QVERIFY(sql::exec(*db, QStringLiteral("UPDATE whys SET answer = answer || '.' WHERE id = (SELECT min(id) FROM whys)")));
        const auto after = tallyTables(*db).value();
        const int whys = int(copiedTables().indexOf(QStringLiteral("whys")));
        QCOMPARE(after.at(whys).rows, before.at(whys).rows);
        QVERIFY(after.at(whys).checksum != before.at(whys).checksum);
    }

    void targetWithDataIsRefusedUntouched()
    {
        auto source = localFile(QStringLiteral("src2.db"));
        QVERIFY(seedDemoData(*source, QDate(2026, 11, 1)));
        auto target = middle();
        Coe theirs;
        theirs.title = QStringLiteral("Somebody's COE already on the server");
        QVERIFY(CoeRepository(*target).create(theirs));
        const auto before = tallyTables(*target).value();
        auto copied = copyDatabase(*source, *target);
        QVERIFY(!copied);
        QVERIFY2(copied.errorMessage().contains(QStringLiteral("already holds data")), qPrintable(copied.errorMessage()));
        const auto after = tallyTables(*target).value();
        for (int i = 0; i < before.size(); ++i)
            QCOMPARE(after.at(i).checksum, before.at(i).checksum);
    }

    // closeloop-cli --pg runs commands on the server; copy-to moves a file
    // there and back.
    void cliWorksAgainstTheServer()
    {
        if (!test::onServer())
            QSKIP("needs the PostgreSQL test cluster");
        const QString server = test::testConninfo() + QStringLiteral(" schema=") + test::freshSchemaName();
        auto cli = [](const QStringList &args, QString *out = nullptr) {
            QProcess p;
            p.start(QStringLiteral(CLOSELOOP_CLI_PATH), args);
            p.waitForFinished(60000);
            if (out)
                *out = QString::fromUtf8(p.readAllStandardOutput());
            return p.exitCode();
        };
        const QString file = m_dir.filePath(QStringLiteral("cli-source.db"));
        QCOMPARE(cli({ QStringLiteral("--db"), file, QStringLiteral("init") }), 0);
        QCOMPARE(cli({ QStringLiteral("--db"), file, QStringLiteral("seed-demo") }), 0);
        QString out;
        QCOMPARE(cli({ QStringLiteral("--db"), file, QStringLiteral("copy-to"), QStringLiteral("--quiet"),
                       QStringLiteral("--to-pg"), server }, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("verified")), qPrintable(out));
        QCOMPARE(cli({ QStringLiteral("--pg"), server, QStringLiteral("search"), QStringLiteral("failover") }, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("«failover»")), qPrintable(out));
        QCOMPARE(cli({ QStringLiteral("--pg"), server, QStringLiteral("check"), QStringLiteral("--json") }, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("\"coes\": 8")), qPrintable(out));
        // Linking a person to a sign-in, as an administrator does once.
        QCOMPARE(cli({ QStringLiteral("--pg"), server, QStringLiteral("people"), QStringLiteral("link"),
                       QStringLiteral("Priya Raman"), QStringLiteral("priya") }, &out), 0);
        QCOMPARE(cli({ QStringLiteral("--pg"), server, QStringLiteral("people") }, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("\tpriya\n")), qPrintable(out));
        // Copying into it again would mix two databases: refused.
        QCOMPARE(cli({ QStringLiteral("--db"), file, QStringLiteral("copy-to"), QStringLiteral("--to-pg"), server }), 1);
        // Both --db and --pg: a usage error.
        QCOMPARE(cli({ QStringLiteral("--db"), file, QStringLiteral("--pg"), server, QStringLiteral("check") }), 2);
    }

    void cancelLeavesTargetEmpty()
    {
        auto source = localFile(QStringLiteral("src3.db"));
        QVERIFY(seedDemoData(*source, QDate(2026, 11, 1)));
        auto target = middle();
        auto copied = copyDatabase(*source, *target, [](qint64 done, qint64, const QString &) { return done < 100; });
        QVERIFY(!copied);
        QVERIFY(copied.errorMessage().contains(QStringLiteral("cancelled")));
        const QList<TableTally> left = tallyTables(*target).value();
        for (const TableTally &t : left)
            QCOMPARE(t.rows, t.table == QLatin1String("settings") ? t.rows : 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "tst_databasecopy.moc"
