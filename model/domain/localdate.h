#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace closeloop {

// A date as the person's locale writes it (12.11.26 in German, 11/12/26 in
// American English); without a locale (LANG=C) the ISO form, which is also
// what files, reports and the command line always use.
inline QString shownDate(const QDate &d)
{
    if (!d.isValid())
        return {};
    const QLocale locale;
    return locale.language() == QLocale::C ? d.toString(Qt::ISODate) : locale.toString(d, QLocale::ShortFormat);
}

} // namespace closeloop
