#include "previewpanel.h"
#include "look/tones.h"

#include "coe/coedocument.h"
#include "markdown/markdownrenderer.h"
#include "report/coemarkdown.h"
#include "shell/safelinks.h"

#include <QScrollBar>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace closeloop {

namespace {
// Long enough for any real section, short enough to lay out instantly.
constexpr int kPreviewFieldChars = 20000;

// Nothing is read to show a report: not a picture, not a style sheet, not
// a local file named in pasted text. (QTextDocument would otherwise read
// any local file a resource names, whatever the browser says.)
class InertDocument final : public QTextDocument {
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};
} // namespace

PreviewPanel::PreviewPanel(CoeDocument *doc, CoeChoices choices, QWidget *parent)
    : QTextBrowser(parent), m_doc(doc), m_choices(std::move(choices)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("preview"));
    setDocument(new InertDocument(this));
    // A click asks first, and opens only web and e-mail links.
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) { openLinkAfterAsking(this, url); });
    document()->setDefaultStyleSheet(themed(QStringLiteral(
        "table { border-collapse: collapse; } td, th { border: 1px solid #c9d1d9; padding: 3px 6px; }"
        "th { background: #f3f6f9; } h1 { font-size: 20px; } h2 { font-size: 16px; margin-top: 18px; }")));
    m_timer->setSingleShot(true);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &PreviewPanel::render);
    connect(doc, &CoeDocument::changed, m_timer, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFutureWatcher<Rendered>::finished, this, &PreviewPanel::showRendered);
    render();
}

PreviewPanel::~PreviewPanel()
{
    m_watcher.waitForFinished();
}

void PreviewPanel::render()
{
    if (m_watcher.isRunning()) {
        m_pending = true; // render again once the current one is done
        return;
    }
    const CoeSnapshot snapshot = m_doc->snapshot();
    const CoeChoices choices = m_choices;
    m_watcher.setFuture(QtConcurrent::run([snapshot, choices] {
        Rendered r;
        r.markdown = coeToMarkdown(snapshot.coe, snapshot.actionItems, choices, kPreviewFieldChars);
        r.html = MarkdownRenderer::toHtml(r.markdown);
        return r;
    }));
}

void PreviewPanel::showRendered()
{
    const Rendered r = m_watcher.result();
    const int scroll = verticalScrollBar()->value();
    m_markdown = r.markdown;
    setHtml(r.html);
    verticalScrollBar()->setValue(scroll);
    if (std::exchange(m_pending, false))
        render();
}

} // namespace closeloop
