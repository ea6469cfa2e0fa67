#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace closeloop {

// The built-in word lists under templates/ are compiled in as resources;
// they are part of the program, so a missing one reads as empty (the tests
// of each rule would fail first).
QJsonObject builtInWordLists(const QString &fileName);

// A JSON array of words, lowercased and trimmed.
QStringList lowercaseWords(const QJsonValue &array);

} // namespace closeloop
