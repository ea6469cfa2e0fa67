#include "templatesfolder.h"

#include "report/reporttemplates.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QUrl>

namespace closeloop {

Result<QString> openTemplatesFolder()
{
    auto tr = [](const char *text) { return QCoreApplication::translate("closeloop::TemplatesFolder", text); };
    QString error;
    const QStringList copied = ReportTemplates::copyShippedToUserFolder(&error);
    if (!error.isEmpty())
        return Error { error };
    const QString folder = QDir::toNativeSeparators(ReportTemplates::userFolder());
    QStringList said;
    said << (copied.isEmpty() ? tr("Report templates are in %1; edit a file there to change that report.").arg(folder)
                              : tr("The shipped report templates were copied to %1; edit a file there to change that report.").arg(folder));
    for (const TemplateProblem &p : ReportTemplates::problems())
        said << tr("Not used until fixed: %1").arg(p.text());
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(ReportTemplates::userFolder())))
        said << tr("No file manager could be opened; open the folder yourself.");
    return said.join(QLatin1Char(' '));
}

} // namespace closeloop
