#include "reloadingpage.h"

namespace closeloop {

void ReloadingPage::invalidate(Database *db, const QDate &today)
{
    m_db = db;
    m_today = today;
    m_stale = true;
    if (isVisible())
        reloadReporting();
}

void ReloadingPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reloadReporting();
}

void ReloadingPage::setLoaded(Database *db, const QDate &today)
{
    m_stale = false;
    m_db = db;
    m_today = today;
}

void ReloadingPage::reloadReporting()
{
    if (auto s = reload(m_db, m_today.isValid() ? m_today : QDate::currentDate()); !s)
        Q_EMIT problem(s.errorMessage());
}

} // namespace closeloop
