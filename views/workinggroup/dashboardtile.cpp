#include "dashboardtile.h"

#include "look/tones.h"

#include <QLabel>
#include <QVBoxLayout>

namespace closeloop {

namespace {

QLabel *tileLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    // Clicks and hovering belong to the button underneath.
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    return label;
}

} // namespace

DashboardTile::DashboardTile(const QString &objectName, QWidget *parent)
    : QPushButton(parent)
    , m_figure(tileLabel(this))
    , m_label(tileLabel(this))
{
    setObjectName(objectName);
    setFlat(true);
    QFont big = m_figure->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_figure->setFont(big);
    setStyleSheet(themed(QStringLiteral("QPushButton { border: 1px solid #d0d4d9; border-radius: 4px; background: #f7f8fa; }"
                                        " QPushButton:hover { background: #eef1f5; }"
                                        // A figure with no COEs to list is still a figure: not greyed out.
                                        " QLabel:disabled { color: palette(text); }")));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    layout->addWidget(m_figure);
    layout->addWidget(m_label);
    layout->addStretch(1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void DashboardTile::setFigure(const QString &figure, const QString &label)
{
    m_figure->setText(figure);
    m_label->setText(label);
    setAccessibleName(label + QStringLiteral(": ") + figure);
    updateGeometry();
}

QString DashboardTile::figure() const
{
    return m_figure->text();
}

QString DashboardTile::label() const
{
    return m_label->text();
}

// The labels decide the size, not the (empty) button text.
QSize DashboardTile::sizeHint() const
{
    return layout()->sizeHint();
}

QSize DashboardTile::minimumSizeHint() const
{
    return layout()->minimumSize();
}

} // namespace closeloop
