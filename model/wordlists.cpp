#include "wordlists.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace closeloop {

QJsonObject builtInWordLists(const QString &fileName)
{
    QFile file(QStringLiteral(":/closeloop/templates/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList lowercaseWords(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &w : array.toArray())
        out << w.toString().toLower().trimmed();
    return out;
}

} // namespace closeloop
