// Reports keep their structure whatever people typed, user templates
// replace shipped ones, a broken one is named with its line, and every
// shipped template's output is pinned by a golden file.
#include "coefixtures.h"
#include "golden.h"
#include "actions/actionexport.h"
#include "markdown/markdownrenderer.h"
#include "markdown/markdowntree.h"
#include "report/coemarkdown.h"
#include "report/reportparts.h"
#include "report/htmlreport.h"
#include "report/reporttemplates.h"

#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

using namespace closeloop;

namespace {

CoeChoices names()
{
    CoeChoices n;
    n.people = { { 2, QStringLiteral("Asha Rao"), {}, QStringLiteral("engineer"), QStringLiteral("asha@example.com") },
                 { 3, QStringLiteral("Bo Lindqvist"), {}, QStringLiteral("reviewer"), QStringLiteral("bo@example.com") } };
    n.services = { { 1, QStringLiteral("Checkout"), {}, {}, {} } };
    return n;
}

const test::CoeCast kCast { 1, 2, 3, 4 };

// Everything that could open a block or inline structure in Markdown.
const QString kHostile = QStringLiteral("# not a heading\n"
                                        "| a | b |\n|---|---|\n"
                                        "- not a list\n"
                                        "1. not numbered\n"
                                        "> not a quote\n"
                                        "```\nnot code\n"
                                        "    not indented code\n"
                                        "<script>alert(1)</script> [x](javascript:alert(1)) `tick *star* _under_ ~strike~ &amp;\n"
                                        "===");

struct Shape {
    QList<QPair<int, QString>> headings;
    QList<QList<int>> tables; // per table, the number of cells in each row
    int lists = 0;
    int quotes = 0;
    int code = 0;
    int html = 0;
};

void walk(const QList<MarkdownBlock> &blocks, Shape &shape)
{
    for (const MarkdownBlock &b : blocks) {
        switch (b.kind) {
        case MarkdownBlock::Kind::Heading:
            shape.headings << qMakePair(b.level, b.text);
            break;
        case MarkdownBlock::Kind::Table: {
            QList<int> rows;
            for (const MarkdownBlock &r : b.children)
                rows << int(r.children.size());
            shape.tables << rows;
            break;
        }
        case MarkdownBlock::Kind::List:
            ++shape.lists;
            break;
        case MarkdownBlock::Kind::Quote:
            ++shape.quotes;
            break;
        case MarkdownBlock::Kind::Code:
            ++shape.code;
            break;
        case MarkdownBlock::Kind::Html:
            ++shape.html;
            break;
        default:
            break;
        }
        walk(b.children, shape);
    }
}

Shape shapeOf(const QString &markdown)
{
    Shape s;
    walk(parseMarkdownBlocks(markdown), s);
    return s;
}

QString paragraphContaining(const QList<MarkdownBlock> &blocks, const QString &needle)
{
    for (const MarkdownBlock &b : blocks) {
        if (b.kind == MarkdownBlock::Kind::Paragraph && b.text.contains(needle))
            return b.text;
        const QString inner = paragraphContaining(b.children, needle);
        if (!inner.isEmpty())
            return inner;
    }
    return {};
}

} // namespace

class TestReportTemplates : public QObject {
    Q_OBJECT

    QTemporaryDir m_userFolder;

private Q_SLOTS:
    void init()
    {
        ReportTemplates::setUserFolder(m_userFolder.path());
        for (const QString &name : ReportTemplates::shippedNames())
            QFile::remove(m_userFolder.filePath(name));
    }

    void whatPeopleTypeCannotChangeTheCoeStructure()
    {
        const Coe plain = test::completeCoe(kCast);
        Coe hostile = plain;
        for (QString *field : { &hostile.summary, &hostile.impact, &hostile.resolution, &hostile.lessons, &hostile.halveTtdAnswer,
                                &hostile.halveBlastAnswer, &hostile.detectionSource, &hostile.category, &hostile.axiomProposal })
            *field = kHostile;
        hostile.title = QStringLiteral("`Checkout` | *down* <b>");
        for (WhyNode &w : hostile.whys)
            w.answer = kHostile;
        for (TimelineEvent &e : hostile.timeline) {
            e.text = kHostile;
            e.evidenceUrl = QStringLiteral("https://grafana.example.com/d/x?from=now-1h) [x](y");
        }
        QList<ActionItem> actions = test::completeActions(kCast);
        actions[0].title = kHostile;

        const QString expectedMd = coeToMarkdown(plain, test::completeActions(kCast), names());
        const QString md = coeToMarkdown(hostile, actions, names());
        const Shape expected = shapeOf(expectedMd);
        const Shape actual = shapeOf(md);
        QCOMPARE(actual.headings.size(), expected.headings.size());
        for (qsizetype i = 1; i < expected.headings.size(); ++i) // the first is the title
            QCOMPARE(actual.headings.at(i), expected.headings.at(i));
        QCOMPARE(actual.headings.constFirst().second, hostile.title);
        QCOMPARE(actual.tables, expected.tables);
        QCOMPARE(actual.lists, expected.lists);
        QCOMPARE(actual.quotes, 0);
        QCOMPARE(actual.code, 0);
        QCOMPARE(actual.html, 0);
        QVERIFY(!expected.tables.isEmpty());

        // The summary reads exactly as typed, line for line.
        const QString summary = paragraphContaining(parseMarkdownBlocks(md), QStringLiteral("# not a heading"));
        // Indentation is the one thing not kept: four spaces would make a code block.
        QCOMPARE(summary, QString(kHostile).replace(QStringLiteral("    not indented"), QStringLiteral("not indented")));

        const QString html = MarkdownRenderer::toHtml(md);
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("href=\"javascript")));
        QVERIFY(!html.contains(QStringLiteral("<b>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));

        // The page: a label/value table loses its empty header row, a table with headings keeps them.
        const QString page = reportHtml(md, QStringLiteral("A <title> & more"));
        QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(page.contains(QStringLiteral("<title>A &lt;title&gt; &amp; more</title>")));
        QVERIFY(md.contains(QStringLiteral("| | |\n")));
        QVERIFY(!page.contains(QRegularExpression(QStringLiteral("<thead>\\s*<tr>\\s*<th></th>\\s*<th></th>\\s*</tr>"))));
        QVERIFY(!page.contains(QStringLiteral("<script")));
        QVERIFY(page.contains(QStringLiteral("<th>Moment</th>")));
    }

    void plainTextSurvivesEscaping_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("snake_case") << QStringLiteral("set max_pool_size to 0");
        QTest::newRow("path") << QStringLiteral("C:\\temp\\x and /var/log/*.log");
        QTest::newRow("numbers") << QStringLiteral("2026. Was a year. 3) items");
        QTest::newRow("entity") << QStringLiteral("AT&T &copy; &#169;");
        QTest::newRow("emphasis") << QStringLiteral("**bold** __also__ _x_ ~~gone~~");
        QTest::newRow("rule") << QStringLiteral("***");
        QTest::newRow("heading") << QStringLiteral("## two");
        QTest::newRow("html") << QStringLiteral("<!-- hidden --> <div>x</div>");
    }

    void plainTextSurvivesEscaping()
    {
        QFETCH(QString, typed);
        const QList<MarkdownBlock> blocks = parseMarkdownBlocks(markdownText(typed));
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks.first().kind, MarkdownBlock::Kind::Paragraph);
        QCOMPARE(blocks.first().text, typed);
        const QList<MarkdownBlock> table = parseMarkdownBlocks(QStringLiteral("| a |\n|---|\n| %1 |\n").arg(QString::fromStdString(markdownCell(typed + QStringLiteral("\n| b")))));
        QCOMPARE(table.size(), 1);
        QCOMPARE(table.first().children.size(), 2);
        QCOMPARE(table.first().children.at(1).children.size(), 1);
        QCOMPARE(table.first().children.at(1).children.first().text, typed + QStringLiteral(" | b"));
    }

    void digestIsATaskListPerOwner()
    {
        QList<ActionItemSummary> items;
        for (int i = 0; i < 3; ++i) {
            ActionItemSummary s;
            s.item.id = i + 1;
            s.item.title = QStringLiteral("Item %1 | with `code`").arg(i + 1);
            s.item.due = QDate(2026, 11, 20 + i);
            s.item.priority = 2;
            s.item.sourceId = 7;
            s.ownerName = i == 2 ? QStringLiteral("Bo") : QStringLiteral("Asha");
            s.sourceTitle = QStringLiteral("Checkout down");
            items << s;
        }
        const QString md = followUpDigest(items, QDate(2026, 11, 22));
        const QList<MarkdownBlock> blocks = parseMarkdownBlocks(md);
        QStringList headings;
        int tasks = 0;
        for (const MarkdownBlock &b : blocks) {
            if (b.kind == MarkdownBlock::Kind::Heading)
                headings << b.text;
            if (b.kind == MarkdownBlock::Kind::List)
                for (const MarkdownBlock &item : b.children) {
                    QCOMPARE(item.checked, std::optional<bool>(false));
                    QVERIFY(item.plainText().contains(QStringLiteral("| with `code`")));
                    ++tasks;
                }
        }
        QCOMPARE(headings, (QStringList { QStringLiteral("Action items to follow up, 2026-11-22"), QStringLiteral("Asha (2 open, 2 overdue)"),
                                          QStringLiteral("Bo (1 open)") }));
        QCOMPARE(tasks, 3);
        CLOSELOOP_COMPARE_GOLDEN(QStringLiteral("action-digest.md"), md);
    }

    void aUserTemplateReplacesTheShippedOne()
    {
        QFile file(m_userFolder.filePath(QStringLiteral("coe.md.mustache")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Incident {{{title}}}\n\nOur own layout. Severity {{{severity}}}.\n");
        file.close();
        QVERIFY(ReportTemplates::problems().isEmpty());
        const QString md = coeToMarkdown(test::completeCoe(kCast), {}, names());
        QCOMPARE(md, QStringLiteral("# Incident Checkout errors after a bad deploy\n\nOur own layout. Severity Sev 2 · High.\n"));
    }

    void aBrokenUserTemplateIsNamedWithItsLineAndTheShippedOneIsUsed()
    {
        const QString path = m_userFolder.filePath(QStringLiteral("coe.md.mustache"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# {{{title}}}\n\nLine three.\n{{#whys}}\n- {{{answer}}}\n");
        file.close();
        const QList<TemplateProblem> problems = ReportTemplates::problems();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().file, path);
        QCOMPARE(problems.first().line, 4);
        QVERIFY2(problems.first().text().contains(QStringLiteral("coe.md.mustache:4: Unclosed section \"whys\"")), qPrintable(problems.first().text()));
        QVERIFY(problems.first().text().contains(QStringLiteral("shipped template is used")));
        const QString md = coeToMarkdown(test::completeCoe(kCast), {}, names());
        QVERIFY(md.contains(QStringLiteral("## Five Whys")));
    }

    void copyingTheShippedTemplatesNeverOverwrites()
    {
        QFile mine(m_userFolder.filePath(QStringLiteral("coe.md.mustache")));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("mine\n");
        mine.close();
        const QStringList written = ReportTemplates::copyShippedToUserFolder();
        QCOMPARE(written.size(), ReportTemplates::shippedNames().size() - 1);
        QVERIFY(mine.open(QIODevice::ReadOnly));
        QCOMPARE(mine.readAll(), QByteArray("mine\n"));
        QVERIFY(ReportTemplates::shippedNames().contains(QStringLiteral("orr-review.md.mustache")));
    }

    void goldenCoeReports()
    {
        const QString team = coeReport(test::completeCoe(kCast), test::completeActions(kCast), names(), ReportAudience::Team);
        CLOSELOOP_COMPARE_GOLDEN(QStringLiteral("coe-team.md"), team);
        const QString outside = coeReport(test::completeCoe(kCast), test::completeActions(kCast), names(), ReportAudience::Outside);
        CLOSELOOP_COMPARE_GOLDEN(QStringLiteral("coe-outside.md"), outside);
        QVERIFY(!outside.contains(QStringLiteral("Asha Rao")));
    }
};

QTEST_GUILESS_MAIN(TestReportTemplates)
#include "tst_reporttemplates.moc"
