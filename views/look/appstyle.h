#pragma once

#include <QProxyStyle>

namespace closeloop {

// The platform's own style, with three icons drawn from the shipped SVGs,
// in the palette's ink like every other action icon: the chevron a menu
// bar or a toolbar shows when its items do not fit, and the button that
// empties a search or filter field.
//
// Why not the style's own: Qt's common style ships those as PNG files,
// and reading the first PNG of a run makes Qt load and ask every
// image-format plugin installed (GIF, ICO, JPEG with libjpeg, SVG).
// The window makes its menu bar, toolbar and filter fields before it is
// first shown, so each start paid about 3.5 ms for that. PNGs needed later
// (a message box's icon) still load those plugins, when they are needed.
class AppStyle final : public QProxyStyle {
    Q_OBJECT
public:
    AppStyle();

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace closeloop
