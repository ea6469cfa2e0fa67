// What a user pastes into a COE cannot run, read local files or call out
// when the report is rendered: raw HTML is dropped, links lead only to the
// web and e-mail, no picture is embedded, and hostile nesting and size
// still render.
#include "coe/coechoices.h"
#include "markdown/markdownrenderer.h"
#include "report/coemarkdown.h"

#include <QRegularExpression>
#include <QTest>

using namespace closeloop;

namespace {

// Every href in the HTML.
QStringList hrefs(const QString &html)
{
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
    QStringList found;
    for (auto it = href.globalMatch(html); it.hasNext();)
        found << it.next().captured(1);
    return found;
}

void verifyInert(const QString &html)
{
    for (const char *bad : { "<script", "<img", "<iframe", "<object", "<embed", "<style", "<svg" })
        QVERIFY2(!html.contains(QLatin1String(bad), Qt::CaseInsensitive), qPrintable(QStringLiteral("%1 in %2").arg(QLatin1String(bad), html)));
    // An event handler inside a tag (as text, "onload=" is harmless).
    static const QRegularExpression handler(QStringLiteral("<[^>]*\\son\\w+\\s*="), QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!handler.match(html).hasMatch(), qPrintable(html));
    for (const QString &h : hrefs(html))
        QVERIFY2(h.startsWith(QLatin1String("http://")) || h.startsWith(QLatin1String("https://")) || h.startsWith(QLatin1String("mailto:")),
                 qPrintable(h));
}

} // namespace

class TestSafeRendering : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hostileMarkdownIsInert_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>");
        QTest::newRow("inline html") << QStringLiteral("text <img src=x onerror=alert(1)> more <iframe src=\"https://x\"></iframe>");
        QTest::newRow("style") << QStringLiteral("<style>body{display:none}</style>");
        QTest::newRow("svg") << QStringLiteral("<svg onload=alert(1)>");
        QTest::newRow("javascript link") << QStringLiteral("[click](javascript:alert(1))");
        QTest::newRow("mixed case") << QStringLiteral("[click](JaVaScRiPt:alert(1))");
        QTest::newRow("entity scheme") << QStringLiteral("[click](&#106;avascript:alert(1))");
        QTest::newRow("vbscript") << QStringLiteral("[click](vbscript:msgbox)");
        QTest::newRow("data link") << QStringLiteral("[click](data:text/html;base64,PHNjcmlwdD4=)");
        QTest::newRow("file link") << QStringLiteral("[passwords](file:///etc/passwd)");
        QTest::newRow("relative path") << QStringLiteral("[passwords](/etc/passwd)");
        QTest::newRow("home path") << QStringLiteral("[keys](~/.ssh/id_rsa)");
        QTest::newRow("reference link") << QStringLiteral("[x][r]\n\n[r]: file:///etc/shadow");
        QTest::newRow("autolink") << QStringLiteral("<file:///etc/passwd> <javascript:alert(1)>");
        QTest::newRow("local image") << QStringLiteral("![diagram](/etc/passwd)");
        QTest::newRow("file image") << QStringLiteral("![diagram](file:///home/me/secret.png)");
        QTest::newRow("data image") << QStringLiteral("![dot](data:image/png;base64,iVBORw0KGgo=)");
        QTest::newRow("web image") << QStringLiteral("![graph](https://example.com/graph.png)");
        QTest::newRow("link in image") << QStringLiteral("[![x](file:///a.png)](javascript:alert(1))");
    }

    void hostileMarkdownIsInert()
    {
        QFETCH(QString, markdown);
        verifyInert(MarkdownRenderer::toHtml(markdown));
    }

    void webAndMailLinksStay()
    {
        const QString html = MarkdownRenderer::toHtml(QStringLiteral(
            "[runbook](https://wiki.example.com/runbooks/db) and [mail](mailto:oncall@example.com), www.example.org, "
            "![graph](https://example.com/graph.png)"));
        const QStringList links = hrefs(html);
        QVERIFY2(links.contains(QStringLiteral("https://wiki.example.com/runbooks/db")), qPrintable(html));
        QVERIFY(links.contains(QStringLiteral("mailto:oncall@example.com")));
        QVERIFY(links.contains(QStringLiteral("http://www.example.org")));
        // A picture on the web is a link to it, never loaded.
        QVERIFY(links.contains(QStringLiteral("https://example.com/graph.png")));
        QVERIFY(html.contains(QStringLiteral("[image] graph")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        // A blanked link keeps its words.
        QVERIFY(MarkdownRenderer::toHtml(QStringLiteral("[the passwords](/etc/passwd)")).contains(QStringLiteral("the passwords")));
    }

    // Text typed into the COE's fields, including the URL fields that become links.
    void aCoeOfHostileTextRendersInert()
    {
        Coe c;
        c.id = 7;
        c.title = QStringLiteral("<script>alert('title')</script>");
        c.summary = QStringLiteral("[x](javascript:alert(1)) <img src=/etc/passwd> ![y](file:///etc/passwd)\n> <b>quote</b>");
        c.resolution = QStringLiteral("<iframe src='file:///etc/passwd'></iframe>");
        c.runbookUrl = QStringLiteral("file:///etc/passwd");
        TimelineEvent e;
        e.at = Instant::fromUtc(QDateTime(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC), 0);
        e.text = QStringLiteral("<svg onload=alert(1)>");
        e.evidenceUrl = QStringLiteral("javascript:alert(document.cookie)");
        c.timeline << e;
        e.evidenceUrl = QStringLiteral("/home/me/.ssh/id_rsa");
        c.timeline << e;
        e.evidenceUrl = QStringLiteral("https://dashboards.example.com/d/42?from=now-1h");
        c.timeline << e;
        const QString html = MarkdownRenderer::toHtml(coeReport(c, {}, CoeChoices {}, ReportAudience::Team));
        verifyInert(html);
        QVERIFY2(hrefs(html).contains(QStringLiteral("https://dashboards.example.com/d/42?from=now-1h")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;"))); // shown as typed
    }

    // Deep nesting and sheer size render, and in time proportional to the
    // text (cmark-gfm is linear; the tests' time limit would catch a hang).
    void deepAndEnormousInputRenders_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("50,000 quote levels") << QString(50000, QLatin1Char('>')) + QStringLiteral(" deep");
        QTest::newRow("50,000 list levels") << QStringLiteral("- ").repeated(50000) + QStringLiteral("deep");
        QTest::newRow("50,000 open brackets") << QString(50000, QLatin1Char('[')) + QStringLiteral("x");
        QTest::newRow("50,000 emphasis") << QStringLiteral("*a ").repeated(50000);
        QTest::newRow("nested links") << QStringLiteral("[a](").repeated(20000);
        QTest::newRow("4 MB of text") << QStringLiteral("An ordinary sentence about a retry storm. ").repeated(100000);
    }

    void deepAndEnormousInputRenders()
    {
        QFETCH(QString, markdown);
        const QString html = MarkdownRenderer::toHtml(markdown);
        QVERIFY(!html.isEmpty());
        verifyInert(html);
    }
};

QTEST_GUILESS_MAIN(TestSafeRendering)
#include "tst_saferendering.moc"
