#pragma once

#include <QPushButton>

class QLabel;

namespace closeloop {

// One figure on the dashboard: the number large, what it counts beneath,
// wrapped to the tile's width. A button so a click or Space lists the COEs
// behind it. The labels wrap, which a button's own text cannot, so seven
// tiles fit a laptop screen in any language instead of widening the window.
class DashboardTile final : public QPushButton {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardTile)
public:
    explicit DashboardTile(const QString &objectName, QWidget *parent = nullptr);

    void setFigure(const QString &figure, const QString &label);
    QString figure() const;
    QString label() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    QLabel *m_figure;
    QLabel *m_label;
};

} // namespace closeloop
