#pragma once

#include <QLocale>

namespace closeloop {

// Installs Closeloop's translation for `locale` (compiled in from
// resources/translations) and Qt's own for its standard dialogs and
// buttons, when the system has them. Returns true when Closeloop's own was
// found; English needs none.
bool installTranslations(const QLocale &locale = QLocale());

} // namespace closeloop
