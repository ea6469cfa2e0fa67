#include "reportparts.h"

#include <QFile>

namespace closeloop {

std::string markdownCell(const QString &text)
{
    QString t = text.simplified();
    t.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return (t.isEmpty() ? QStringLiteral("–") : t).toStdString();
}

std::string builtInTemplate(const QString &fileName)
{
    QFile file(QStringLiteral(":/closeloop/templates/") + fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll().toStdString() : std::string();
}

} // namespace closeloop
