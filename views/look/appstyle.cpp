#include "appstyle.h"

#include "actionicons.h"

namespace closeloop {

// No base style named: QProxyStyle then wraps the style the platform would
// have chosen anyway (Fusion, Breeze, ...), so only the chevrons change.
AppStyle::AppStyle() = default;

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    switch (icon) {
    case SP_ToolBarHorizontalExtensionButton:
        return actionIcon(QStringLiteral("overflow-right"));
    case SP_ToolBarVerticalExtensionButton:
        return actionIcon(QStringLiteral("overflow-down"));
    case SP_LineEditClearButton:
        return actionIcon(QStringLiteral("clear-field"));
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}

} // namespace closeloop
