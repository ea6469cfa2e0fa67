#pragma once

#include <QStringList>
#include <QWidget>

class QVariantAnimation;

namespace closeloop {

// The wheel of the weekly operations review, drawn: one slice per service,
// a pointer at the top. The draw itself is made by the core (weighted and
// seeded); the wheel only turns until the first service picked sits under
// the pointer, so what the room sees is what was recorded.
class WheelWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WheelWidget)
public:
    explicit WheelWidget(QWidget *parent = nullptr);

    void setNames(const QStringList &names);
    QStringList names() const { return m_names; }
    // Turns a few full times and stops with slice `index` under the pointer.
    void spinTo(int index);
    bool isSpinning() const;
    // The slice under the pointer now; -1 without slices.
    int sliceAtPointer() const;
    void setSpinDuration(int msecs) { m_duration = msecs; }

    QSize sizeHint() const override { return { 360, 360 }; }

Q_SIGNALS:
    void stopped(int index);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList m_names;
    double m_angle = 0; // degrees the wheel has turned clockwise
    int m_target = -1;
    int m_duration = 2800;
    QVariantAnimation *m_animation;
};

} // namespace closeloop
