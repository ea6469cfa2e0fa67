#pragma once

#include <QIcon>
#include <QString>

namespace closeloop {

// The application's own action icons: line drawings shipped as SVG under
// resources/icons/actions (see the LICENSE there). They are drawn in the
// palette's text colour at paint time, so they follow a light or dark
// system palette, and rendered at the device's pixel size, so they stay
// sharp on HiDPI screens.
QIcon actionIcon(const QString &name);

// Names of every shipped action icon, for tests.
QStringList actionIconNames();

// The application icon (resources/icons/closeloop.svg).
QIcon applicationIcon();

} // namespace closeloop
