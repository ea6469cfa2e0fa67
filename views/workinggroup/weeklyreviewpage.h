#pragma once

#include "workinggroup/wheeldraw.h"

#include "reloadingpage.h"

#include <QDate>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace closeloop {

class Database;
class WheelWidget;

// The agenda of the weekly operations review: quick wins, the COEs of the
// week, and the wheel that picks which services present their metrics.
class WeeklyReviewPage final : public ReloadingPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeeklyReviewPage)
public:
    explicit WeeklyReviewPage(QWidget *parent = nullptr);

    Status reload(Database *db, const QDate &today) override;
    void spin();

    WheelWidget *wheel() const { return m_wheel; }
    QTreeWidget *quickWins() const { return m_quickWins; }
    QTreeWidget *weekCoes() const { return m_coes; }
    QTreeWidget *picked() const { return m_picked; }
    const WheelDraw &lastDraw() const { return m_draw; }

Q_SIGNALS:
    void openCoe(closeloop::Id id);
    void spun();

private:
    void showPicks();

    WheelDraw m_draw;
    QLabel *m_week;
    QTreeWidget *m_quickWins;
    QTreeWidget *m_coes;
    WheelWidget *m_wheel;
    QSpinBox *m_count;
    QLineEdit *m_seed;
    QCheckBox *m_record;
    QPushButton *m_spin;
    QTreeWidget *m_picked;
};

} // namespace closeloop
