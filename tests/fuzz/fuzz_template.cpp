// libFuzzer target: a user's report template (Mustache), compiled and
// rendered with a full COE, and the report rendered to HTML.
#include "coe/coechoices.h"
#include "markdown/markdownrenderer.h"
#include "report/coemarkdown.h"
#include "report/reporttemplates.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static const closeloop::Coe coe = [] {
        closeloop::Coe c;
        c.id = 1;
        c.title = QStringLiteral("Checkout errors");
        c.summary = QStringLiteral("A bad deploy.");
        c.tags = { QStringLiteral("deploy"), QStringLiteral("config") };
        closeloop::WhyNode w;
        w.id = 1;
        w.question = QStringLiteral("Why?");
        w.answer = QStringLiteral("The check was missing.");
        c.whys << w;
        return c;
    }();
    closeloop::ReportTemplates::setUserFolder(dir.path());
    QFile file(QDir(dir.path()).filePath(QStringLiteral("coe.md.mustache")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    const QString markdown = closeloop::coeReport(coe, {}, closeloop::CoeChoices {}, closeloop::ReportAudience::Team);
    const QString html = closeloop::MarkdownRenderer::toHtml(markdown);
    (void)html;
    return 0;
}
