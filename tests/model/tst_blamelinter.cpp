// The Five Whys blame linter: the labelled corpus against the targets, the
// hard cases one by one with the words they mark, bad input, and teams'
// own word lists.
#include "lint/blamelinter.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace closeloop;

namespace {

struct Labelled {
    QString label;
    QString hardCase;
    QString text;
};

QList<Labelled> readCorpus(const QString &name)
{
    QFile file(QStringLiteral(CLOSELOOP_TEST_DATA "/lint/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QList<Labelled> out;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.size() != 3)
            qFatal("bad corpus line: %s", qPrintable(line));
        out.append({ parts[0], parts[1], parts[2] });
    }
    return out;
}

QStringList spanTexts(const QString &text, const LintResult &r, std::optional<LintCue> only = std::nullopt)
{
    QStringList out;
    for (const LintSpan &s : r.spans)
        if (!only || s.cue == *only)
            out << text.mid(s.start, s.length);
    return out;
}

} // namespace

class TestBlameLinter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void corpusMeetsTargets_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("corpus") << QStringLiteral("corpus.tsv");
        QTest::newRow("held-out A") << QStringLiteral("heldout.tsv");
        QTest::newRow("held-out B") << QStringLiteral("heldout-b.tsv");
    }

    // Never tuned on: held to its first measurement (13 of 15 blame
    // refused, no systemic refused) so that a change that loses ground on
    // unseen text fails here.
    void heldOutCDoesNotRegress()
    {
        const BlameLinter linter;
        int blameRefused = 0, systemicRefused = 0;
        for (const Labelled &l : readCorpus(QStringLiteral("heldout-c.tsv"))) {
            const bool refused = linter.lint(l.text).verdict == LintVerdict::Blame;
            (l.label == QLatin1String("blame") ? blameRefused : systemicRefused) += refused;
        }
        QVERIFY2(blameRefused >= 13, qPrintable(QString::number(blameRefused)));
        QCOMPARE(systemicRefused, 0);
    }

    // At least 95% of blame statements refused, at most 3% of systemic
    // statements refused, and no unclear statement called blame.
    void corpusMeetsTargets()
    {
        QFETCH(QString, file);
        const QList<Labelled> corpus = readCorpus(file);
        const BlameLinter linter;
        int blame = 0, blameRefused = 0, systemic = 0, systemicRefused = 0, unclear = 0, unclearRefused = 0;
        QStringList misses;
        for (const Labelled &l : corpus) {
            const bool refused = linter.lint(l.text).verdict == LintVerdict::Blame;
            if (l.label == QLatin1String("blame")) {
                ++blame;
                blameRefused += refused;
                if (!refused)
                    misses << QStringLiteral("missed blame [%1]: %2").arg(l.hardCase, l.text);
            } else if (l.label == QLatin1String("systemic")) {
                ++systemic;
                systemicRefused += refused;
                if (refused)
                    misses << QStringLiteral("refused systemic [%1]: %2").arg(l.hardCase, l.text);
            } else {
                QCOMPARE(l.label, QStringLiteral("unclear"));
                ++unclear;
                unclearRefused += refused;
            }
        }
        for (const QString &m : std::as_const(misses))
            qInfo("%s", qPrintable(m));
        const double recall = 100.0 * blameRefused / blame;
        const double falseRefusals = 100.0 * systemicRefused / systemic;
        qInfo("%s: %d blame, %.1f%% refused; %d systemic, %.1f%% refused", qPrintable(file), blame, recall, systemic, falseRefusals);
        QVERIFY2(recall >= 95.0, qPrintable(QStringLiteral("only %1% of blame statements refused").arg(recall)));
        QVERIFY2(falseRefusals <= 3.0, qPrintable(QStringLiteral("%1% of systemic statements refused").arg(falseRefusals)));
        QCOMPARE(unclearRefused, 0);
        if (file == QLatin1String("corpus.tsv")) {
            QVERIFY(corpus.size() >= 250);
            QVERIFY(blame * 100 / corpus.size() >= 35 && blame * 100 / corpus.size() <= 45);
        }
    }

    // Every hard case the issue names, with the words that must be marked.
    void hardCases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("marked");
        QTest::newRow("label") << QStringLiteral("Root cause: operator error.") << QStringLiteral("blame") << QStringLiteral("operator error");
        QTest::newRow("misspelt label") << QStringLiteral("humen eror during deploy") << QStringLiteral("blame") << QStringLiteral("humen eror");
        QTest::newRow("run-together label") << QStringLiteral("humanerror in the config push") << QStringLiteral("blame") << QStringLiteral("humanerror");
        QTest::newRow("slip") << QStringLiteral("Mistyped the hostname.") << QStringLiteral("blame") << QStringLiteral("Mistyped");
        QTest::newRow("wrong host") << QStringLiteral("ran it on the wrong host") << QStringLiteral("blame") << QStringLiteral("wrong");
        QTest::newRow("judgement") << QStringLiteral("The operator was careless.") << QStringLiteral("blame") << QStringLiteral("careless");
        QTest::newRow("person should have") << QStringLiteral("The engineer should have checked the region.") << QStringLiteral("blame") << QStringLiteral("should have");
        QTest::newRow("runbook") << QStringLiteral("The on-call didn't follow the runbook.") << QStringLiteral("blame") << QStringLiteral("didn't follow");
        QTest::newRow("person subject") << QStringLiteral("The DBA restarted the primary.") << QStringLiteral("blame") << QStringLiteral("DBA");
        QTest::newRow("first person") << QStringLiteral("We deployed to every region at once.") << QStringLiteral("blame") << QStringLiteral("We");
        QTest::newRow("passive") << QStringLiteral("The command was entered incorrectly.") << QStringLiteral("blame") << QStringLiteral("entered");
        QTest::newRow("passive lapse") << QStringLiteral("The runbook was not followed.") << QStringLiteral("blame") << QStringLiteral("followed");
        QTest::newRow("non-native") << QStringLiteral("engineer do mistake in config") << QStringLiteral("blame") << QStringLiteral("do mistake");
        QTest::newRow("hyphenated verb") << QStringLiteral("A developer hard-coded the old endpoint.") << QStringLiteral("blame") << QStringLiteral("developer");
        QTest::newRow("negated label") << QStringLiteral("This was not caused by human error: the deploy tool accepted a capacity of zero.")
                                       << QStringLiteral("systemic") << QStringLiteral("accepted");
        QTest::newRow("denial frame") << QStringLiteral("It wasn't that the engineer was careless; the procedure relied on four manual steps.")
                                      << QStringLiteral("systemic") << QStringLiteral("relied on");
        QTest::newRow("person as object") << QStringLiteral("The tool let an engineer remove too many servers.") << QStringLiteral("systemic") << QStringLiteral("let");
        QTest::newRow("tool should have") << QStringLiteral("The pipeline should have blocked the change.") << QStringLiteral("systemic") << QStringLiteral("should have");
        QTest::newRow("tool missed") << QStringLiteral("The health check missed the failure.") << QStringLiteral("systemic") << QString();
        QTest::newRow("deprivation") << QStringLiteral("The operator had no way to see which hosts were targeted.") << QStringLiteral("systemic") << QStringLiteral("had no way");
        QTest::newRow("explained by a cause") << QStringLiteral("The engineer deleted the wrong volume because the two volumes had the same name.")
                                             << QStringLiteral("systemic") << QStringLiteral("same");
        QTest::newRow("effect does not excuse") << QStringLiteral("The engineer forgot to add a limit, so the service had no rate limit.")
                                               << QStringLiteral("blame") << QStringLiteral("forgot");
        QTest::newRow("software operator") << QStringLiteral("The kubernetes operator deleted the volumes.") << QStringLiteral("systemic") << QString();
        QTest::newRow("users are impact") << QStringLiteral("The user error rate climbed to 12%.") << QStringLiteral("systemic") << QString();
        QTest::newRow("vague") << QStringLiteral("Unknown.") << QStringLiteral("unclear") << QString();
    }

    void hardCases()
    {
        QFETCH(QString, text);
        QFETCH(QString, verdict);
        QFETCH(QString, marked);
        const LintResult r = BlameLinter().lint(text);
        QCOMPARE(lintVerdictKey(r.verdict), verdict);
        QVERIFY(!r.explanation.isEmpty());
        if (!marked.isEmpty())
            QVERIFY2(spanTexts(text, r).contains(marked, Qt::CaseInsensitive),
                     qPrintable(spanTexts(text, r).join(QStringLiteral(" | "))));
        QCOMPARE(r.reframe.isEmpty(), r.verdict != LintVerdict::Blame);
    }

    void reframingQuestionFitsTheCue()
    {
        const BlameLinter linter;
        QCOMPARE(linter.lint(QStringLiteral("The engineer restarted the primary.")).reframe,
                 QStringLiteral("What allowed this action to have this effect?"));
        QCOMPARE(linter.lint(QStringLiteral("The wrong parameter was passed to the script.")).reframe,
                 QStringLiteral("Why was the wrong value accepted?"));
        QCOMPARE(linter.lint(QStringLiteral("The operator was careless.")).reframe,
                 QStringLiteral("What made the safe action harder than the unsafe one?"));
    }

    void spansPointIntoTheOriginalText()
    {
        // Curly apostrophes, contractions and emoji before the span must
        // not shift it.
        const QString text = QStringLiteral("\U0001F525 The on\u2011call engineer didn\u2019t follow the runbook");
        const LintResult r = BlameLinter().lint(text);
        QCOMPARE(r.verdict, LintVerdict::Blame);
        QVERIFY2(spanTexts(text, r, LintCue::Slip).contains(QStringLiteral("didn\u2019t follow")), qPrintable(spanTexts(text, r).join(QLatin1Char('|'))));
    }

    void badInputIsUnclearNeverACrash_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   \n\t ");
        QTest::newRow("one word") << QStringLiteral("Deploy");
        QTest::newRow("emoji") << QStringLiteral("\U0001F600\U0001F525\U0001F4A5");
        QTest::newRow("japanese") << QStringLiteral("\u30B5\u30FC\u30D0\u30FC\u304C\u843D\u3061\u305F");
        QTest::newRow("arabic") << QStringLiteral("\u0627\u0644\u062E\u0627\u062F\u0645 \u062A\u0648\u0642\u0641 \u0639\u0646 \u0627\u0644\u0639\u0645\u0644");
        QTest::newRow("punctuation") << QStringLiteral("?!?... ;;; ---");
        QTest::newRow("100 KB") << QString(100 * 1024, QLatin1Char('a'));
        QTest::newRow("100 KB of words") << QStringLiteral("the engineer forgot ").repeated(5000);
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + QStringLiteral(" broke");
    }

    void badInputIsUnclearNeverACrash()
    {
        QFETCH(QString, text);
        const LintResult r = BlameLinter().lint(text);
        QCOMPARE(r.verdict, LintVerdict::Unclear);
        QVERIFY(!r.explanation.isEmpty());
        for (const LintSpan &s : r.spans)
            QVERIFY(s.start >= 0 && s.start + s.length <= text.size());
    }

    // A team extends the lists without touching code: a name, a word, a
    // phrase in its own language.
    void teamsExtendTheLexicon()
    {
        QTemporaryDir dir;
        QFile extra(dir.filePath(QStringLiteral("team.json")));
        QVERIFY(extra.open(QIODevice::WriteOnly));
        extra.write(R"({ "people": { "names": ["zorblax"], "roles": ["betreiber"] },
                         "labels": { "phrases": ["menschliches versagen"] } })");
        extra.close();

        auto built = lint::BlameLexicon::builtIn();
        QVERIFY(built);
        lint::BlameLexicon lex = built.value();
        QCOMPARE(BlameLinter(lex).lint(QStringLiteral("Zorblax restarted the primary.")).verdict, LintVerdict::Systemic);
        QVERIFY(lex.mergeFile(extra.fileName()));
        const BlameLinter linter(lex);
        QCOMPARE(linter.lint(QStringLiteral("Zorblax restarted the primary.")).verdict, LintVerdict::Blame);
        QCOMPARE(linter.lint(QStringLiteral("Ursache: menschliches Versagen")).verdict, LintVerdict::Blame);
    }

    void peopleInTheDatabaseArePeople()
    {
        auto built = lint::BlameLexicon::builtIn();
        QVERIFY(built);
        lint::BlameLexicon lex = built.value();
        lex.addPeopleNames({ QStringLiteral("Oluwaseun Adeyemi") });
        const BlameLinter linter(lex);
        QCOMPARE(linter.lint(QStringLiteral("Oluwaseun restarted the primary.")).verdict, LintVerdict::Blame);
        QCOMPARE(linter.lint(QStringLiteral("Adeyemi deleted the old snapshots.")).verdict, LintVerdict::Blame);
    }

    void aBrokenWordListIsRefusedWhole()
    {
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({ "people": { "names": ["zorblax"] }, "slips": { "words": "not a list" } })");
        bad.close();
        auto built = lint::BlameLexicon::builtIn();
        QVERIFY(built);
        lint::BlameLexicon lex = built.value();
        const Status s = lex.mergeFile(bad.fileName());
        QVERIFY(!s);
        QVERIFY2(s.errorMessage().contains(QStringLiteral("slips.words")), qPrintable(s.errorMessage()));
        // Nothing from the broken file was taken, not even its valid part.
        QCOMPARE(BlameLinter(lex).lint(QStringLiteral("Zorblax restarted the primary.")).verdict, LintVerdict::Systemic);
        QVERIFY(!lex.mergeFile(dir.filePath(QStringLiteral("missing.json"))));
    }
};

QTEST_GUILESS_MAIN(TestBlameLinter)
#include "tst_blamelinter.moc"
