// The Markdown report: every section in order, names instead of ids,
// tables that survive pipes and newlines in what people typed.
#include "coefixtures.h"
#include "markdown/markdownrenderer.h"
#include "report/coemarkdown.h"

#include <QTest>

using namespace closeloop;

class TestCoeMarkdown : public QObject {
    Q_OBJECT

    CoeChoices names() const
    {
        CoeChoices n;
        n.people = { { 2, QStringLiteral("Asha Rao"), {} }, { 3, QStringLiteral("Bo Lindqvist"), {} } };
        n.services = { { 1, QStringLiteral("Checkout"), {} } };
        return n;
    }

private Q_SLOTS:
    void sectionsInOrderWithMetrics()
    {
        const test::CoeCast cast { 1, 2, 3, 4 };
        const QString md = coeToMarkdown(test::completeCoe(cast), test::completeActions(cast), names());
        const QStringList headings { QStringLiteral("# Checkout errors after a bad deploy"), QStringLiteral("## Summary"),
                                     QStringLiteral("## Timeline"), QStringLiteral("## Detection"),
                                     QStringLiteral("### How could we have detected this in half the time?"),
                                     QStringLiteral("## Resolution"), QStringLiteral("## Blast radius"),
                                     QStringLiteral("### How could the blast radius have been halved?"),
                                     QStringLiteral("## Five Whys"), QStringLiteral("## Action items"),
                                     QStringLiteral("## Lessons learned") };
        qsizetype at = -1;
        for (const QString &h : headings) {
            const qsizetype next = md.indexOf(QLatin1Char('\n') + h + QLatin1Char('\n'), at + 1);
            QVERIFY2(next > at || (at == -1 && md.startsWith(h)), qPrintable(h));
            at = std::max(next, at + 1);
        }
        QVERIFY(md.contains(QStringLiteral("| Service | Checkout |")));
        QVERIFY(md.contains(QStringLiteral("| Author | Asha Rao |")));
        QVERIFY(md.contains(QStringLiteral("**Time to detect** 15 min")));
        QVERIFY(md.contains(QStringLiteral("**time to resolve** 1 h 40 min")));
        QVERIFY(md.contains(QStringLiteral("Measured time to detect: 15 min; target: 7 min 30 s.")));
        QVERIFY(md.contains(QStringLiteral("| Start of impact | 2026-03-29 01:50 +05:45 | – |")));
        QVERIFY(md.contains(QStringLiteral("| Customers affected | 1200 of 90000 (1.33%) |")));
        QVERIFY(md.contains(QStringLiteral("  - The pipeline deployed to every AZ at once. **(root cause)**")));
        QVERIFY(md.contains(QStringLiteral("| ☐ | Add an alarm on payment client errors | Asha Rao | 2026-05-01 | P2 | Detect | Open |")));
    }

    void userTextCannotBreakTables()
    {
        Coe c;
        c.title = QStringLiteral("Pipes | and\nnewlines");
        c.timeline = { { 1, Instant::fromUtc(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC), 0), TimelineKind::Event,
                         QStringLiteral("a | b\nc"), {} } };
        const QString md = coeToMarkdown(c, {}, names());
        QVERIFY(md.contains(QStringLiteral("| a \\| b c |")));
        const QString html = MarkdownRenderer::toHtml(md);
        QVERIFY(html.contains(QStringLiteral("<td>a | b c</td>")));
    }

    void emptyCoeSaysWhatIsMissing()
    {
        const QString md = coeToMarkdown(Coe {}, {}, names());
        QVERIFY(md.startsWith(QStringLiteral("# Untitled COE")));
        QVERIFY(md.contains(QStringLiteral("*No events yet.*")));
        QVERIFY(md.contains(QStringLiteral("*Not written yet.*")));
        QVERIFY(md.contains(QStringLiteral("**Time to detect** –")));
    }
};

QTEST_GUILESS_MAIN(TestCoeMarkdown)
#include "tst_coemarkdown.moc"
