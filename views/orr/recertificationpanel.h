#pragma once

#include "orr/recertification.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace closeloop {

class Database;

// Which services must pass an ORR soon: overdue first, then due within 30
// days, each with the reason its date is what it is. Sits above the list
// of reviews; "Start review" begins the next one from the last sign-off.
class RecertificationPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecertificationPanel)
public:
    explicit RecertificationPanel(QWidget *parent = nullptr);

    enum class Filter { Soon, Overdue, All }; // Soon = overdue or due within 30 days
    Status reload(Database *db, const QDate &today);
    void setFilter(Filter filter);
    int visibleCount() const;
    QTableWidget *table() const { return m_table; }
    static constexpr int kSoonDays = 30;

Q_SIGNALS:
    void recertifyRequested(Id serviceId, Id lastReviewId);

private:
    void rebuild();

    QList<RecertificationDue> m_due;
    QDate m_today;
    QLabel *m_summary;
    QComboBox *m_filter;
    QTableWidget *m_table;
    QPushButton *m_start;
};

} // namespace closeloop
