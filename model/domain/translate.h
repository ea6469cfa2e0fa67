#pragma once

#include <QCoreApplication>
#include <QString>

namespace closeloop {

// For the file-local tr() helpers of classes without Q_OBJECT. lupdate files
// a tr() call made in a member function under the class's name
// ("closeloop::DueDatePolicy") and one made in a free function under the
// namespace ("closeloop"); the helper looks in both, so a string is
// translated wherever in the file it is written.
inline QString translateIn(const char *context, const char *text)
{
    const QString translated = QCoreApplication::translate(context, text);
    if (translated != QString::fromUtf8(text))
        return translated;
    return QCoreApplication::translate("closeloop", text);
}

} // namespace closeloop
