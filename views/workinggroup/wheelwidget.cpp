#include "wheelwidget.h"

#include "workinggroup/palette.h"

#include <QPainter>
#include <QPainterPath>
#include <QVariantAnimation>

#include <cmath>

namespace closeloop {

WheelWidget::WheelWidget(QWidget *parent) : QWidget(parent), m_animation(new QVariantAnimation(this))
{
    setObjectName(QStringLiteral("wheel"));
    setAccessibleName(tr("Wheel of services"));
    setMinimumSize(280, 280);
    m_animation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        m_angle = v.toDouble();
        update();
    });
    connect(m_animation, &QVariantAnimation::finished, this, [this] { Q_EMIT stopped(m_target); });
}

void WheelWidget::setNames(const QStringList &names)
{
    m_names = names;
    m_target = -1;
    update();
}

bool WheelWidget::isSpinning() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

// Slice i spans [i·w, (i+1)·w) degrees clockwise from the top before the
// wheel turns; turning by a brings the point at (−a mod 360) under the pointer.
int WheelWidget::sliceAtPointer() const
{
    if (m_names.isEmpty())
        return -1;
    const double width = 360.0 / double(m_names.size());
    const double under = std::fmod(std::fmod(-m_angle, 360.0) + 360.0, 360.0);
    return int(under / width) % int(m_names.size());
}

void WheelWidget::spinTo(int index)
{
    if (index < 0 || index >= m_names.size())
        return;
    m_target = index;
    const double width = 360.0 / double(m_names.size());
    const double centre = (double(index) + 0.5) * width;
    // Four full turns, then on to the angle that puts the slice's centre at the top.
    const double start = std::fmod(m_angle, 360.0);
    double end = -centre;
    while (end < start + 4 * 360.0)
        end += 360.0;
    m_animation->stop();
    m_animation->setStartValue(start);
    m_animation->setEndValue(end);
    m_animation->setDuration(m_duration);
    m_animation->start();
}

void WheelWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int side = std::min(width(), height()) - 24;
    const QRectF circle((width() - side) / 2.0, (height() - side) / 2.0 + 8, side, side);
    if (m_names.isEmpty()) {
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No services yet: add them on the Services page."));
        return;
    }
    const double span = 360.0 / double(m_names.size());
    p.save();
    p.translate(circle.center());
    p.rotate(m_angle);
    for (qsizetype i = 0; i < m_names.size(); ++i) {
        // Qt's angles run anticlockwise from three o'clock; slices are laid
        // out clockwise from twelve.
        const double startQt = 90.0 - double(i) * span;
        QPainterPath slice;
        slice.moveTo(0, 0);
        slice.arcTo(QRectF(-side / 2.0, -side / 2.0, side, side), startQt, -span);
        slice.closeSubpath();
        const bool picked = i == m_target && !isSpinning();
        p.setBrush(QColor(picked ? QString::fromLatin1(palette::Yellow) : palette::series(int(i))).lighter(picked ? 100 : 140));
        p.setPen(QPen(Qt::white, 2));
        p.drawPath(slice);
        p.save();
        p.rotate(double(i) * span + span / 2.0 - 90.0);
        p.setPen(QColor(0x1f, 0x23, 0x28));
        const QFontMetrics metrics(p.font());
        p.drawText(QRectF(side * 0.12, -10, side * 0.36, 20), Qt::AlignVCenter | Qt::AlignRight,
                   metrics.elidedText(m_names.at(i), Qt::ElideRight, int(side * 0.36)));
        p.restore();
    }
    p.restore();
    p.setBrush(QColor(0x1f, 0x23, 0x28));
    p.setPen(Qt::NoPen);
    const QPointF top(circle.center().x(), circle.top());
    p.drawPolygon(QPolygonF({ top + QPointF(-10, -14), top + QPointF(10, -14), top + QPointF(0, 8) }));
    p.drawEllipse(circle.center(), 6, 6);
}

} // namespace closeloop
