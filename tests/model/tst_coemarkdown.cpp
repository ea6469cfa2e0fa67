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
        n.people = { { 2, QStringLiteral("Asha Rao"), {}, QStringLiteral("engineer"), QStringLiteral("asha@example.com") },
                     { 3, QStringLiteral("Bo Lindqvist"), {}, QStringLiteral("reviewer"), QStringLiteral("bo@example.com") } };
        n.services = { { 1, QStringLiteral("Checkout"), {}, {}, {} } };
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

    // Reports for outside the team carry roles, not names, everywhere.
    void blamelessReportReplacesNamesWithRoles()
    {
        Coe c = test::completeCoe({ 1, 2, 3, 4 });
        c.summary = QStringLiteral("Asha ran the drain script; Bo Lindqvist approved it (mail bo@example.com). Asha's runbook was old.");
        const QString team = coeReport(c, {}, names(), ReportAudience::Team);
        QVERIFY(team.contains(QStringLiteral("| Author | Asha Rao |")));
        const QString outside = coeReport(c, {}, names(), ReportAudience::Outside);
        for (const char *name : { "Asha", "Lindqvist", "bo@example.com", "Bo " })
            QVERIFY2(!outside.contains(QLatin1String(name)), name);
        QVERIFY(outside.contains(QStringLiteral("| Author | An engineer |")));
        QVERIFY(outside.contains(QStringLiteral("| Reviewer | The reviewer |")));
        QVERIFY2(outside.contains(QStringLiteral("An engineer ran the drain script; the reviewer approved it (mail the reviewer).")), qPrintable(outside));
        QVERIFY(outside.contains(QStringLiteral("An engineer's runbook was old.")));
        // Words that only look like a name part are left alone.
        QCOMPARE(blamelessText(QStringLiteral("Boston and Ashanti"), names()), QStringLiteral("Boston and Ashanti"));
        // Emails in any case; a name inside an address or a path stays.
        QCOMPARE(blamelessText(QStringLiteral("Mail BO@Example.com: Asha Rao knows."), names()),
                 QStringLiteral("Mail the reviewer: An engineer knows."));
        QCOMPARE(blamelessText(QStringLiteral("see runbooks/Asha_notes and x.Asha"), names()),
                 QStringLiteral("see runbooks/Asha_notes and x.Asha"));
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
