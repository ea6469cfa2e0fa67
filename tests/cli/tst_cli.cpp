// closeloop-cli as automation uses it: the real binary, its output and its
// exit codes.
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QSqlQuery>
#include <QTest>

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Run {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };

    static Run cli(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(QStringLiteral(CLOSELOOP_CLI_PATH), args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("closeloop-cli did not finish");
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError() };
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void versionAndHelp()
    {
        const Run v = cli({ QStringLiteral("--version") });
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith("closeloop-cli "));
        const Run h = cli({ QStringLiteral("--help") });
        QCOMPARE(h.exitCode, 0);
        for (const char *command : { "init", "check", "seed-demo", "--db" })
            QVERIFY2(h.out.contains(command), command);
        QCOMPARE(cli({}).exitCode, 2);
        const Run unknown = cli({ QStringLiteral("frobnicate") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("unknown command"));
        QCOMPARE(cli({ QStringLiteral("check"), QStringLiteral("--no-such-option") }).exitCode, 2);
    }

    void initThenCheck()
    {
        const QString db = path(QStringLiteral("init.db"));
        const Run init = cli({ QStringLiteral("--db"), db, QStringLiteral("init") });
        QCOMPARE(init.exitCode, 0);
        QVERIFY(QFile::exists(db));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exitCode, 0); // idempotent

        const Run check = cli({ QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--json") });
        QCOMPARE(check.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(check.out).object();
        QCOMPARE(o.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
        QVERIFY(o.value(QStringLiteral("schema_version")).toInt() >= 1);
        QCOMPARE(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("coes")).toInt(-1), 0);
    }

    void seedDemoThenCheckCounts()
    {
        const QString db = path(QStringLiteral("demo.db"));
        const Run seed = cli({ QStringLiteral("--db"), db, QStringLiteral("seed-demo") });
        QCOMPARE(seed.exitCode, 0);
        const Run check = cli({ QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--json") });
        QCOMPARE(check.exitCode, 0);
        const QJsonObject counts = QJsonDocument::fromJson(check.out).object().value(QStringLiteral("counts")).toObject();
        for (const char *entity : { "services", "people", "coes", "action_items", "orr_reviews", "findings", "axioms" })
            QVERIFY2(counts.value(QString::fromLatin1(entity)).toInt() > 0, entity);
        QVERIFY(counts.value(QStringLiteral("services")).toInt() >= 4);
        QVERIFY(counts.value(QStringLiteral("coes")).toInt() >= 8);

        const QByteArray before = closeloop::test::fileHash(db);
        const Run again = cli({ QStringLiteral("--db"), db, QStringLiteral("seed-demo") });
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains("already holds data"));

        const Run text = cli({ QStringLiteral("--db"), db, QStringLiteral("check") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Integrity:       ok"));
        Q_UNUSED(before)
    }

    void coeCheckAndShow()
    {
        const QString db = path(QStringLiteral("coes.db"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("seed-demo") }).exitCode, 0);
        // Demo COE 1 is closed and complete; 8 is an early draft.
        const Run ready = cli({ QStringLiteral("--db"), db, QStringLiteral("coe"), QStringLiteral("check"), QStringLiteral("1") });
        QVERIFY2(ready.exitCode == 0, ready.out.constData());
        QVERIFY(ready.out.contains("Ready for review."));
        const Run draft = cli({ QStringLiteral("--db"), db, QStringLiteral("coe"), QStringLiteral("check"), QStringLiteral("8") });
        QCOMPARE(draft.exitCode, 1);
        QVERIFY(draft.out.contains("Not ready for review."));
        QVERIFY(draft.out.contains("fix  "));

        const Run show = cli({ QStringLiteral("--db"), db, QStringLiteral("coe"), QStringLiteral("show"), QStringLiteral("1") });
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.startsWith("# Payments API errors after a connection pool change"));
        QVERIFY(show.out.contains("## Five Whys"));
        QVERIFY(show.out.contains("Priya Raman"));

        // A report for outside the team names roles, not people.
        const Run shared = cli({ QStringLiteral("--db"), db, QStringLiteral("coe"), QStringLiteral("export"), QStringLiteral("1") });
        QCOMPARE(shared.exitCode, 0);
        QVERIFY(shared.out.startsWith("# Payments API errors after a connection pool change"));
        QVERIFY(!shared.out.contains("Priya"));
        QVERIFY(shared.out.contains("An engineer"));
        const Run teamOnly = cli({ QStringLiteral("--db"), db, QStringLiteral("coe"), QStringLiteral("export"), QStringLiteral("--team"), QStringLiteral("1") });
        QCOMPARE(teamOnly.out, show.out);

        const Run missing = cli({ QStringLiteral("--db"), db, QStringLiteral("coe"), QStringLiteral("show"), QStringLiteral("999") });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("no COE with id 999"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("coe"), QStringLiteral("frobnicate"), QStringLiteral("1") }).exitCode, 2);
    }

    // One statement per line in, one verdict per line out; exit 1 when
    // anything is blame.
    void lintStatements()
    {
        const QString none = path(QStringLiteral("no-such.db"));
        const QByteArray input = "The engineer forgot to drain the node.\n\n   \nThe deploy tool had no confirmation step.\r\nUnknown.\n";
        const Run plain = cli({ QStringLiteral("--db"), none, QStringLiteral("lint"), QStringLiteral("-") }, input);
        QCOMPARE(plain.exitCode, 1);
        const QList<QByteArray> lines = plain.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3); // empty lines skipped
        QVERIFY(lines[0].startsWith("1\tblame\t"));
        QVERIFY(lines[1].startsWith("4\tsystemic\t"));
        QVERIFY(lines[2].startsWith("5\tunclear\t"));
        QCOMPARE(lines[0].count('\t'), 2);

        QFile file(path(QStringLiteral("whys.tsv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("w-1\tThis was not human error: the tool accepted zero.\nw-2\tHuman error.\n");
        file.close();
        const Run json = cli({ QStringLiteral("--db"), none, QStringLiteral("lint"), QStringLiteral("--tsv"), QStringLiteral("--json"), file.fileName() });
        QCOMPARE(json.exitCode, 1);
        const QJsonArray array = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array[0][QStringLiteral("id")].toString(), QStringLiteral("w-1"));
        QCOMPARE(array[0][QStringLiteral("verdict")].toString(), QStringLiteral("systemic"));
        QCOMPARE(array[1][QStringLiteral("verdict")].toString(), QStringLiteral("blame"));
        const QJsonObject span = array[1][QStringLiteral("spans")][0].toObject();
        QCOMPARE(span[QStringLiteral("text")].toString(), QStringLiteral("Human error"));
        QCOMPARE(span[QStringLiteral("start")].toInt(), 0);
        QCOMPARE(span[QStringLiteral("cue")].toString(), QStringLiteral("label"));
        QVERIFY(!array[1][QStringLiteral("explanation")].toString().isEmpty());

        const Run clean = cli({ QStringLiteral("--db"), none, QStringLiteral("lint"), QStringLiteral("-") }, "There was no alarm on queue depth.\n");
        QCOMPARE(clean.exitCode, 0);
    }

    void lintRefusesBadInputNamingTheLine()
    {
        const QString none = path(QStringLiteral("no-such.db"));
        const Run utf = cli({ QStringLiteral("--db"), none, QStringLiteral("lint"), QStringLiteral("-") }, "fine line\nbad \xff\xfe line\n");
        QCOMPARE(utf.exitCode, 2);
        QVERIFY2(utf.err.contains("line 2") && utf.err.contains("UTF-8"), utf.err.constData());
        QVERIFY(utf.out.isEmpty()); // nothing half-printed
        const Run tab = cli({ QStringLiteral("--db"), none, QStringLiteral("lint"), QStringLiteral("--tsv"), QStringLiteral("-") }, "a\tfine\nno tab here\n");
        QCOMPARE(tab.exitCode, 2);
        QVERIFY(tab.err.contains("line 2"));
        QCOMPARE(cli({ QStringLiteral("--db"), none, QStringLiteral("lint"), path(QStringLiteral("missing.txt")) }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("--db"), none, QStringLiteral("lint"), QStringLiteral("--lexicon"), path(QStringLiteral("missing.json")), QStringLiteral("-") }, "x y z\n").exitCode, 2);
    }

    // Names of people in the database count as people.
    void lintKnowsThePeopleInTheDatabase()
    {
        const QString db = path(QStringLiteral("lint-people.db"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("seed-demo") }).exitCode, 0);
        const QByteArray statement = "Okafor restarted the primary database.\n";
        QCOMPARE(cli({ QStringLiteral("--db"), path(QStringLiteral("no-such.db")), QStringLiteral("lint"), QStringLiteral("-") }, statement).exitCode, 0);
        const Run known = cli({ QStringLiteral("--db"), db, QStringLiteral("lint"), QStringLiteral("-") }, statement);
        QCOMPARE(known.exitCode, 1);
        QVERIFY(known.out.contains("\tblame\t"));
    }

    // The tracker from scripts: filters combine, --json carries the fields
    // automation needs.
    void calculators()
    {
        const Run fail = cli({ QStringLiteral("calc"), QStringLiteral("az-capacity"), QStringLiteral("--peak"), QStringLiteral("12000"),
                               QStringLiteral("--margin"), QStringLiteral("0.2"), QStringLiteral("--capacity"), QStringLiteral("9000,4000,4000"),
                               QStringLiteral("--json") });
        QCOMPARE(fail.exitCode, 1);
        const QJsonObject f = QJsonDocument::fromJson(fail.out).object();
        QCOMPARE(f[QStringLiteral("pass")].toBool(), false);
        QCOMPARE(f[QStringLiteral("capacity_left")].toDouble(), 8000.0);
        QCOMPARE(f[QStringLiteral("needed")].toDouble(), 14400.0);
        QCOMPARE(f[QStringLiteral("lost_az")].toInt(), 1);
        QVERIFY(f[QStringLiteral("verdict")].toString().startsWith(QStringLiteral("Fail")));

        const Run retry = cli({ QStringLiteral("calc"), QStringLiteral("retry"), QStringLiteral("--base-ms"), QStringLiteral("0"),
                                QStringLiteral("--cap-ms"), QStringLiteral("0"), QStringLiteral("--attempts"), QStringLiteral("2"),
                                QStringLiteral("--timeout-ms"), QStringLiteral("800"), QStringLiteral("--deadline-ms"), QStringLiteral("2000"),
                                QStringLiteral("--json") });
        QCOMPARE(retry.exitCode, 0);
        const QJsonObject r = QJsonDocument::fromJson(retry.out).object();
        QCOMPARE(r[QStringLiteral("pass")].toBool(), true);
        QCOMPARE(r[QStringLiteral("worst_case_total_ms")].toDouble(), 1600.0);

        const Run text = cli({ QStringLiteral("calc"), QStringLiteral("quorum"), QStringLiteral("--replicas"), QStringLiteral("2,2,1") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Pass: 3 of 5 replicas remain"));

        const Run bad = cli({ QStringLiteral("calc"), QStringLiteral("az-capacity"), QStringLiteral("--peak"), QStringLiteral("12000"),
                              QStringLiteral("--margin"), QStringLiteral("0.2"), QStringLiteral("--capacity"), QStringLiteral("9000") });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("at least two AZs"));
        const Run unknown = cli({ QStringLiteral("calc"), QStringLiteral("warp") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("az-capacity"));
    }

    void orrDueAndInstall()
    {
        const QString db = path(QStringLiteral("orr.db"));
        const Run init = cli({ QStringLiteral("--db"), db, QStringLiteral("init") });
        QCOMPARE(init.exitCode, 0);
        QVERIFY2(init.out.contains("shipped ORR axiom library (53 axioms)"), init.out.constData());
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("seed-demo") }).exitCode, 0);
        const Run due = cli({ QStringLiteral("--db"), db, QStringLiteral("orr"), QStringLiteral("due"), QStringLiteral("--json") });
        QCOMPARE(due.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(due.out).array();
        QCOMPARE(list.size(), 5); // every demo service
        QString previous;
        bool sawSigned = false;
        for (const QJsonValue &v : list) {
            QVERIFY(v[QStringLiteral("due")].toString() >= previous);
            previous = v[QStringLiteral("due")].toString();
            QVERIFY(!v[QStringLiteral("reason")].toString().isEmpty());
            sawSigned = sawSigned || !v[QStringLiteral("last_signed_off")].isNull();
        }
        QVERIFY(sawSigned);

        const Run install = cli({ QStringLiteral("--db"), db, QStringLiteral("orr"), QStringLiteral("install") });
        QVERIFY2(install.exitCode == 0, install.err.constData());
        QVERIFY2(install.out.contains("0 added, 0 revised as new versions, 53 unchanged"), install.out.constData());
        const QString bad = path(QStringLiteral("bad-library.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"key":"team","name":"Team axioms","axioms":[{"key":"T-1","statement":"s","severity":"high"}]})");
        f.close();
        const Run refused = cli({ QStringLiteral("--db"), db, QStringLiteral("orr"), QStringLiteral("install"), bad });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("“severity”"));
        QVERIFY(refused.err.contains("Nothing was installed"));
    }

    // An axiom set leaves as a Well-Architected lens and comes back
    // unchanged; an edited lens revises only what changed; a report prints.
    void orrLensRoundTripAndReport()
    {
        const QString db = path(QStringLiteral("lens.db"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exitCode, 0);
        const QString lens = path(QStringLiteral("core-lens.json"));
        const Run exported = cli({ QStringLiteral("--db"), db, QStringLiteral("orr"), QStringLiteral("lens-export"), QStringLiteral("closeloop-core"), lens });
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const Run same = cli({ QStringLiteral("--db"), db, QStringLiteral("orr"), QStringLiteral("lens-import"), lens });
        QVERIFY2(same.exitCode == 0, same.err.constData());
        QVERIFY2(same.out.contains("(closeloop-core): 0 added, 0 revised as new versions, 53 unchanged"), same.out.constData());

        QFile f(lens);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray json = f.readAll();
        f.close();
        json.replace("Losing any one Availability Zone at forecast peak", "Losing any single Availability Zone at forecast peak");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
        f.close();
        const Run edited = cli({ QStringLiteral("--db"), db, QStringLiteral("orr"), QStringLiteral("lens-import"), lens });
        QVERIFY2(edited.out.contains("0 added, 1 revised as new versions, 52 unchanged"), edited.out.constData());

        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"schemaVersion":"2021-11-01","name":"x","pillars":[],"extra":1})");
        f.close();
        const Run refused = cli({ QStringLiteral("--db"), db, QStringLiteral("orr"), QStringLiteral("lens-import"), lens });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("“extra”") && refused.err.contains("Nothing was installed"));
        const Run missing = cli({ QStringLiteral("--db"), db, QStringLiteral("orr"), QStringLiteral("lens-export"), QStringLiteral("no-such-set") });
        QCOMPARE(missing.exitCode, 2);

        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("seed-demo") }).exitCode, 0);
        const Run report = cli({ QStringLiteral("--db"), db, QStringLiteral("orr"), QStringLiteral("report"), QStringLiteral("1") });
        QVERIFY2(report.exitCode == 0, report.err.constData());
        QVERIFY(report.out.startsWith("# ORR: "));
        QVERIFY(report.out.contains("## Answers"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("orr"), QStringLiteral("report"), QStringLiteral("999") }).exitCode, 1);
    }

    // The wheel: reproducible with a seed, recorded unless --dry-run, and
    // the next spin favours the services not yet heard.
    void spinTheWheel()
    {
        const QString db = path(QStringLiteral("spin.db"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("seed-demo") }).exitCode, 0);
        auto spin = [&](const QStringList &extra) {
            const Run r = cli(QStringList { QStringLiteral("--db"), db, QStringLiteral("spin"), QStringLiteral("--json") } + extra);
            return QJsonDocument::fromJson(r.out).object();
        };
        const QJsonObject dry = spin({ QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--dry-run") });
        const QJsonObject again = spin({ QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--dry-run") });
        QCOMPARE(dry.value(QStringLiteral("picked")).toArray().size(), 2);
        QCOMPARE(dry.value(QStringLiteral("picked")), again.value(QStringLiteral("picked")));
        QCOMPARE(dry.value(QStringLiteral("recorded")).toBool(), false);
        QVERIFY(dry.value(QStringLiteral("picked")).toArray().first().toObject().contains(QStringLiteral("open_action_items")));

        // Five demo services, two per spin: after two recorded spins at
        // most one has not been heard, and it is all but certain next.
        QSet<QString> heard;
        for (const char *seed : { "1", "2" })
            for (const QJsonValue &v : spin({ QStringLiteral("--seed"), QString::fromLatin1(seed) }).value(QStringLiteral("picked")).toArray())
                heard.insert(v.toObject().value(QStringLiteral("service")).toString());
        QVERIFY2(heard.size() >= 3, "a recorded spin makes its services wait");
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("spin"), QStringLiteral("--count"), QStringLiteral("0") }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("spin"), QStringLiteral("--seed"), QStringLiteral("-3") }).exitCode, 2);
    }

    // Reports out (Markdown, HTML, PDF, JSON), records in, and search, end to end.
    // Every command the program lists has its section in the man page, and
    // the page names the exit codes the program documents.
    void manPageCoversEveryCommand()
    {
        const Run help = cli({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QStringList commands;
        bool inCommands = false;
        for (const QByteArray &line : help.out.split('\n')) {
            if (line.startsWith("Commands:"))
                inCommands = true;
            else if (inCommands && line.startsWith("  ") && line.size() > 2 && line.at(2) != ' ')
                commands << QString::fromUtf8(line.trimmed().split(' ').first());
            else if (inCommands && !line.startsWith(" "))
                inCommands = false;
        }
        QVERIFY(commands.size() >= 14);
        QFile page(QStringLiteral(CLOSELOOP_TEST_DATA "/../../docs/closeloop-cli.1"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString man = QString::fromUtf8(page.readAll());
        for (const QString &c : std::as_const(commands))
            QVERIFY2(man.contains(QStringLiteral("\n.SS ") + c + QLatin1Char('\n')), qPrintable(c + QStringLiteral(" has no section in docs/closeloop-cli.1")));
        QVERIFY(man.contains(QStringLiteral(".SH EXIT STATUS")));
        for (const char *code : { "\n.B 0\n", "\n.B 1\n", "\n.B 2\n" })
            QVERIFY(man.contains(QString::fromLatin1(code)));
    }

    void exportImportAndSearch()
    {
        const QString db = path(QStringLiteral("x.db"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("seed-demo") }).exitCode, 0);
        const Run html = cli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("coe"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("html") });
        QCOMPARE(html.exitCode, 0);
        QVERIFY(html.out.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.out.contains("<h2>Five Whys</h2>"));
        const QString pdf = path(QStringLiteral("coe-1.pdf"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("coe"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf }).exitCode, 0);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        const QString many = path(QStringLiteral("reports"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("coe"), QStringLiteral("all"), QStringLiteral("-o"), many }).exitCode, 0);
        QVERIFY(QDir(many).entryList({ QStringLiteral("coe-1-*.md") }, QDir::Files).size() == 1);
        // Read in batches, every report is what exporting it alone gives.
        const QStringList files = QDir(many).entryList({ QStringLiteral("coe-*.md") }, QDir::Files);
        QCOMPARE(files.size(), 8);
        for (const QString &name : files) {
            const QString id = name.section(QLatin1Char('-'), 1, 1);
            const Run alone = cli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("coe"), id });
            QCOMPARE(alone.exitCode, 0);
            QFile file(QDir(many).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), alone.out);
        }
        const Run gap = cli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("coe"), QStringLiteral("1,999"), QStringLiteral("-o"), path(QStringLiteral("gap")) });
        QCOMPARE(gap.exitCode, 2);
        QVERIFY2(gap.err.contains("no COE with id 999"), gap.err.constData());

        // Axiom sets travel as JSON; an id that is not there writes nothing and is an input error.
        const Run axioms = cli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("axioms"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(axioms.exitCode, 0);
        const QJsonObject axiomTables = QJsonDocument::fromJson(axioms.out).object().value(QStringLiteral("tables")).toObject();
        QVERIFY(!axiomTables.value(QStringLiteral("axioms")).toObject().value(QStringLiteral("rows")).toArray().isEmpty());
        QVERIFY(!axiomTables.contains(QStringLiteral("coes")));
        const Run missing = cli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("coe"), QStringLiteral("1,999"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("there is no COE with id 999"));
        QVERIFY(missing.out.isEmpty());
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("axioms"), QStringLiteral("1") }).exitCode, 2);

        const QString backup = path(QStringLiteral("all.json"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("all"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), backup }).exitCode, 0);
        const QString restored = path(QStringLiteral("restored.db"));
        const Run imported = cli({ QStringLiteral("--db"), restored, QStringLiteral("import"), QStringLiteral("json"), backup });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QString again = path(QStringLiteral("again.json"));
        QCOMPARE(cli({ QStringLiteral("--db"), restored, QStringLiteral("export"), QStringLiteral("all"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), again }).exitCode, 0);
        QFile a(backup), b(again);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(b.readAll()).object().value(QStringLiteral("tables")), QJsonDocument::fromJson(a.readAll()).object().value(QStringLiteral("tables")));

        const Run search = cli({ QStringLiteral("--db"), restored, QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("deploy") });
        QCOMPARE(search.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(search.out).array().isEmpty());
        QCOMPARE(cli({ QStringLiteral("--db"), restored, QStringLiteral("search"), QStringLiteral("zzqqxxnothing") }).exitCode, 1);

        const QString md = QStringLiteral(CLOSELOOP_TEST_DATA "/import/cloudflare-2019-waf.md");
        const Run dry = cli({ QStringLiteral("--db"), restored, QStringLiteral("import"), QStringLiteral("md"), md, QStringLiteral("--dry-run"), QStringLiteral("--json") });
        QCOMPARE(dry.exitCode, 0);
        const QJsonObject first = QJsonDocument::fromJson(dry.out).array().first().toObject();
        QCOMPARE(first.value(QStringLiteral("detected_at")).toString(), QStringLiteral("2019-07-02T13:45:00Z"));
        QVERIFY(first.value(QStringLiteral("coe_id")).isNull());
        const Run save = cli({ QStringLiteral("--db"), restored, QStringLiteral("import"), QStringLiteral("md"), md, QStringLiteral("--json") });
        QCOMPARE(save.exitCode, 0);
        const qint64 coe = QJsonDocument::fromJson(save.out).array().first().toObject().value(QStringLiteral("coe_id")).toInteger();
        QVERIFY(coe > 0);
        const Run shown = cli({ QStringLiteral("--db"), restored, QStringLiteral("coe"), QStringLiteral("show"), QString::number(coe) });
        QVERIFY(shown.out.contains("Every proxy ran out of CPU."));
        QVERIFY(shown.out.contains("Switch the WAF to a regex engine"));
        const Run bad = cli({ QStringLiteral("--db"), restored, QStringLiteral("import"), QStringLiteral("json"), md });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("cloudflare-2019-waf.md is not valid JSON"));
    }

    void workingGroupReportWithCharts()
    {
        const QString db = path(QStringLiteral("wg.db"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("seed-demo") }).exitCode, 0);
        const QString report = path(QStringLiteral("out/wg.md"));
        QDir().mkpath(path(QStringLiteral("out")));
        const Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("working-group"), QStringLiteral("-o"), report });
        QCOMPARE(r.exitCode, 0);
        QFile md(report);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(md.readAll());
        QVERIFY(text.contains(QStringLiteral("**Detected by customers: ")));
        QVERIFY(text.contains(QStringLiteral("![COEs per month by severity](wg-charts/coes-per-month.svg)")));
        QVERIFY(text.contains(QStringLiteral("Every stateful component is failed over"))); // the demo's axiom proposal
        QVERIFY(text.contains(QStringLiteral("Changes outside the code pipeline skip staged rollout"))); // a finding
        QVERIFY(text.contains(QStringLiteral("| DEP-2: ")));
        for (const char *chart : { "coes-per-month", "response-times", "action-items" }) {
            QFile svg(path(QStringLiteral("out/wg-charts/%1.svg").arg(QLatin1String(chart))));
            QVERIFY2(svg.open(QIODevice::ReadOnly), chart);
            QVERIFY(svg.readAll().startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        }

        // A period with nothing in it still gives a complete report.
        const QString empty = path(QStringLiteral("out/empty.md"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("working-group"), QStringLiteral("--from"),
                       QStringLiteral("2099-01-01"), QStringLiteral("--to"), QStringLiteral("2099-03-31"), QStringLiteral("-o"), empty })
                     .exitCode,
                 0);
        QFile emptyMd(empty);
        QVERIFY(emptyMd.open(QIODevice::ReadOnly));
        const QString emptyText = QString::fromUtf8(emptyMd.readAll());
        QVERIFY(emptyText.contains(QStringLiteral("| 2099-02 | 0 | 0 | 0 | 0 | 0 | 0 |")));
        QVERIFY(emptyText.contains(QStringLiteral("Nothing repeated within the period.")));

        auto refused = [&](const QStringList &extra, const char *says) {
            const Run bad = cli(QStringList { QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("working-group"),
                                              QStringLiteral("-o"), path(QStringLiteral("out/bad.md")) } + extra);
            QCOMPARE(bad.exitCode, 2);
            QVERIFY2(QString::fromUtf8(bad.err).contains(QLatin1String(says)), bad.err.constData());
        };
        refused({ QStringLiteral("--from"), QStringLiteral("31/01/2026") }, "is not a date");
        refused({ QStringLiteral("--from"), QStringLiteral("2026-06-01"), QStringLiteral("--to"), QStringLiteral("2026-01-01") }, "swap them");
        refused({ QStringLiteral("--service"), QStringLiteral("no-such-service") }, "no service called 'no-such-service'");
        refused({ QStringLiteral("--severity"), QStringLiteral("9") }, "from 1 to 5");
        QVERIFY(!QFile::exists(path(QStringLiteral("out/bad.md"))));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("working-group") }).exitCode, 2);
    }

    void actionsUpdateInOneStep()
    {
        const QString db = path(QStringLiteral("update.db"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("seed-demo") }).exitCode, 0);
        auto list = [&]() {
            const Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("actions"), QStringLiteral("--json"), QStringLiteral("--overdue") });
            return QJsonDocument::fromJson(r.out).array();
        };
        const QJsonArray overdue = list();
        QVERIFY(overdue.size() >= 2);
        QStringList ids;
        for (const QJsonValue &v : overdue)
            ids << QString::number(v[QStringLiteral("id")].toInteger());
        auto update = [&](QStringList extra) {
            return cli(QStringList { QStringLiteral("--db"), db, QStringLiteral("actions"), QStringLiteral("update"), ids.join(QLatin1Char(',')) } + extra);
        };

        const Run unknown = update({ QStringLiteral("--owner"), QStringLiteral("Nobody Known") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("is not among the people"));
        const Run badDate = update({ QStringLiteral("--due"), QStringLiteral("31/12/2026") });
        QCOMPARE(badDate.exitCode, 2);
        QVERIFY(badDate.err.contains("is not a date"));
        const Run noReason = update({ QStringLiteral("--status"), QStringLiteral("wont_do") });
        QCOMPARE(noReason.exitCode, 2);
        QVERIFY(noReason.err.contains("reason"));
        QCOMPARE(list(), overdue); // refused changes leave every item as it was

        const Run moved = update({ QStringLiteral("--due"), QStringLiteral("2099-01-31"), QStringLiteral("--owner"), QStringLiteral("Priya Raman") });
        QVERIFY2(moved.exitCode == 0, moved.err.constData());
        QVERIFY(moved.out.contains("action items: owner → Priya Raman, due → 2099-01-31"));
        QVERIFY(list().isEmpty());
        const Run missing = cli({ QStringLiteral("--db"), db, QStringLiteral("actions"), QStringLiteral("update"), QStringLiteral("99999"),
                                  QStringLiteral("--status"), QStringLiteral("done") });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("no action item with id 99999"));
    }

    void actionsListAndFilter()
    {
        const QString db = path(QStringLiteral("actions.db"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("seed-demo") }).exitCode, 0);
        auto list = [&](QStringList extra) {
            const Run r = cli(QStringList { QStringLiteral("--db"), db, QStringLiteral("actions"), QStringLiteral("--json") } + extra);
            if (r.exitCode != 0)
                qFatal("actions failed: %s", r.err.constData());
            return QJsonDocument::fromJson(r.out).array();
        };
        const QJsonArray all = list({});
        QVERIFY(all.size() >= 20);
        for (const char *key : { "id", "title", "owner", "due", "status", "priority", "strength", "source" })
            QVERIFY2(all.first().toObject().contains(QLatin1String(key)), key);
        QCOMPARE(all.first()[QStringLiteral("source")][QStringLiteral("kind")].toString().isEmpty(), false);

        int overdueInAll = 0;
        for (const QJsonValue &v : all)
            overdueInAll += v[QStringLiteral("overdue")].toBool();
        const QJsonArray overdue = list({ QStringLiteral("--overdue") });
        QVERIFY(overdue.size() > 0);
        QCOMPARE(overdue.size(), overdueInAll);
        for (const QJsonValue &v : overdue)
            QVERIFY(v[QStringLiteral("status")].toString() == QLatin1String("open") || v[QStringLiteral("status")].toString() == QLatin1String("in_progress"));

        const QJsonArray priya = list({ QStringLiteral("--owner"), QStringLiteral("priya"), QStringLiteral("--status"), QStringLiteral("done") });
        QVERIFY(!priya.isEmpty());
        for (const QJsonValue &v : priya) {
            QCOMPARE(v[QStringLiteral("owner")].toString(), QStringLiteral("Priya Raman"));
            QCOMPARE(v[QStringLiteral("status")].toString(), QStringLiteral("done"));
        }
        QVERIFY(list({ QStringLiteral("--service"), QStringLiteral("no-such-service") }).isEmpty());

        const Run plain = cli({ QStringLiteral("--db"), db, QStringLiteral("actions"), QStringLiteral("--overdue") });
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.contains("overdue"));
        QVERIFY(plain.out.trimmed().endsWith(QByteArray::number(overdue.size()) + " items"));
        const Run csv = cli({ QStringLiteral("--db"), db, QStringLiteral("actions"), QStringLiteral("--overdue"), QStringLiteral("--csv") });
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("id,title,owner,due,overdue"));
        QCOMPARE(csv.out.count("\r\n"), overdue.size() + 1);
        const Run digest = cli({ QStringLiteral("--db"), db, QStringLiteral("actions"), QStringLiteral("--digest") });
        QCOMPARE(digest.exitCode, 0);
        QVERIFY(digest.out.startsWith("# Action items to follow up"));
        QVERIFY(digest.out.contains("**overdue"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("actions"), QStringLiteral("--csv"), QStringLiteral("--json") }).exitCode, 2);
        const Run bad = cli({ QStringLiteral("--db"), db, QStringLiteral("actions"), QStringLiteral("--status"), QStringLiteral("finished") });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("unknown status"));
    }

    void settingsShowAndSet()
    {
        const QString db = path(QStringLiteral("settings.db"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exitCode, 0);
        const Run before = cli({ QStringLiteral("--db"), db, QStringLiteral("settings") });
        QCOMPARE(before.exitCode, 0);
        QVERIFY(before.out.contains("actions.due_days.p1\t28"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("actions.due_days.p1"), QStringLiteral("21") }).exitCode, 0);
        QVERIFY(cli({ QStringLiteral("--db"), db, QStringLiteral("settings") }).out.contains("actions.due_days.p1\t21"));
        const Run zero = cli({ QStringLiteral("--db"), db, QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("actions.due_days.p1"), QStringLiteral("0") });
        QCOMPARE(zero.exitCode, 2);
        QVERIFY(zero.err.contains("1 to 3650"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("colour"), QStringLiteral("blue") }).exitCode, 2);
        QVERIFY(cli({ QStringLiteral("--db"), db, QStringLiteral("settings") }).out.contains("actions.due_days.p1\t21")); // unchanged
    }

    // batch: commands from standard input, each acknowledged in turn.
    void batchRunsCommandsFromStandardInput()
    {
        const QString db = path(QStringLiteral("batch.db"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exitCode, 0);
        const Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("batch") },
                          "# set, then show\n\nsettings set actions.due_days.p1 \"21\"\nsettings\nfrobnicate now\n"
                          "settings set actions.due_days.p1 0\n");
        QCOMPARE(r.exitCode, 1); // two of the four failed
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.first(), QByteArray("ok"));
        QVERIFY(r.out.contains("actions.due_days.p1\t21\nactions.due_days.p2"));
        QVERIFY(r.out.endsWith("ok\nfailed 2\nfailed 2\n"));
        QVERIFY(r.err.contains("\"frobnicate\" is not a command"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("batch") }, "settings\n").exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("batch"), QStringLiteral("file.txt") }).exitCode, 2);
    }

    // backup, backup --list, restore FILE / --latest, and the setting of how many are kept.
    void backupListAndRestore()
    {
        const QString db = path(QStringLiteral("kept.db"));
        auto c = [&db](QStringList args) { return QStringList { QStringLiteral("--db"), db } + args; };
        QCOMPARE(cli(c({ QStringLiteral("seed-demo") })).exitCode, 0);
        const Run titles = cli(c({ QStringLiteral("search"), QStringLiteral("checkout") }));
        QCOMPARE(cli(c({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("backups.keep"), QStringLiteral("2") })).exitCode, 0);
        QVERIFY(cli(c({ QStringLiteral("settings") })).out.contains("backups.keep\t2"));
        QCOMPARE(cli(c({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("backups.keep"), QStringLiteral("0") })).exitCode, 2);
        for (int i = 0; i < 3; ++i) {
            const Run made = cli(c({ QStringLiteral("backup") }));
            QCOMPARE(made.exitCode, 0);
            QVERIFY2(made.out.contains("Backed up to"), made.out.constData());
        }
        const Run listed = cli(c({ QStringLiteral("backup"), QStringLiteral("--list") }));
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.out.count('\n'), 2); // the setting: two kept
        QVERIFY(listed.out.contains("\tmanual\t"));
        // Lose everything, then restore the newest backup.
        {
            QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("wipe"));
            conn.setDatabaseName(db);
            QVERIFY(conn.open());
            QVERIFY(QSqlQuery(conn).exec(QStringLiteral("DELETE FROM coes")));
            conn.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("wipe"));
        QVERIFY(cli(c({ QStringLiteral("search"), QStringLiteral("checkout") })).out != titles.out);
        const Run restored = cli(c({ QStringLiteral("restore"), QStringLiteral("--latest") }));
        QCOMPARE(restored.exitCode, 0);
        QVERIFY2(restored.out.contains("The file as it was is kept in"), restored.out.constData());
        QCOMPARE(cli(c({ QStringLiteral("search"), QStringLiteral("checkout") })).out, titles.out);
        QCOMPARE(cli(c({ QStringLiteral("check") })).exitCode, 0);
        // A file that is not a backup is refused, and nothing changes.
        const Run bad = cli(c({ QStringLiteral("restore"), db + QStringLiteral("-nothing.db") }));
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("no backup file"));
        QCOMPARE(cli(c({ QStringLiteral("restore") })).exitCode, 2);
        QCOMPARE(cli(c({ QStringLiteral("search"), QStringLiteral("checkout") })).out, titles.out);
    }

    void badInputExitsTwoAndCreatesNothing()
    {
        const QString missing = path(QStringLiteral("missing.db"));
        const Run r = cli({ QStringLiteral("--db"), missing, QStringLiteral("check") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("does not exist"));
        QVERIFY(!QFile::exists(missing));

        const QString text = path(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database\n");
        f.close();
        const QByteArray before = closeloop::test::fileHash(text);
        const Run bad = cli({ QStringLiteral("--db"), text, QStringLiteral("check"), QStringLiteral("--json") });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(QJsonDocument::fromJson(bad.out).object().value(QStringLiteral("error")).toString().contains(QStringLiteral("not a Closeloop database")));
        QCOMPARE(closeloop::test::fileHash(text), before);
        QCOMPARE(cli({ QStringLiteral("--db"), text, QStringLiteral("seed-demo") }).exitCode, 2);
        QCOMPARE(closeloop::test::fileHash(text), before);
        QCOMPARE(cli({ QStringLiteral("--db"), m_dir.path(), QStringLiteral("init") }).exitCode, 2);
    }

    // Export, search and reports only read: they open without checking
    // every page first (seconds for a large file), and the damage they meet
    // is still reported as damage, with the file left as it was.
    void readingADamagedFileSaysItIsDamaged()
    {
        const QString db = path(QStringLiteral("damaged-read.db"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("seed-demo") }).exitCode, 0);
        QVERIFY(closeloop::test::flattenToSingleFile(db));
        {
            // Every page past the first quarter, as a failing disk would.
            QFile f(db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 from = (f.size() / 4 / 4096 + 1) * 4096;
            f.seek(from);
            f.write(QByteArray(f.size() - from, '\x5A'));
        }
        const QByteArray before = closeloop::test::fileHash(db);
        const Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("coe"), QStringLiteral("all"),
                            QStringLiteral("-o"), path(QStringLiteral("damaged-out")) });
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("damaged"), r.err.constData());
        QCOMPARE(closeloop::test::fileHash(db), before);
    }

    void damagedDatabaseFailsTheCheck()
    {
        const QString db = path(QStringLiteral("damaged.db"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("seed-demo") }).exitCode, 0);
        QVERIFY(closeloop::test::flattenToSingleFile(db));
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write(QByteArray(8192, '\x5A'));
        f.close();
        const Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("integrity")).toString().contains(QStringLiteral("damaged")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
