#pragma once

#include "domain/result.h"

#include <QDate>
#include <QWidget>

namespace closeloop {

class Database;

// A page that reads the whole database (the dashboard, the weekly review):
// when the data changes it reloads at once if shown, else the next time it
// is shown, so saving a COE elsewhere does not pay for pages nobody sees.
class ReloadingPage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReloadingPage)
public:
    using QWidget::QWidget;

    virtual Status reload(Database *db, const QDate &today) = 0;
    void invalidate(Database *db, const QDate &today);

Q_SIGNALS:
    void problem(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    // What the last reload read; reload() implementations set these first.
    void setLoaded(Database *db, const QDate &today);

    Database *m_db = nullptr;
    QDate m_today;

private:
    void reloadReporting();

    bool m_stale = true;
};

} // namespace closeloop
