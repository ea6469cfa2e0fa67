#include "lazypage.h"

#include <QVBoxLayout>

namespace closeloop {

LazyPage::LazyPage(Build build, QWidget *parent) : QWidget(parent), m_build(std::move(build))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyPage::content()
{
    if (!m_content) {
        m_content = m_build(this);
        layout()->addWidget(m_content);
        // Shown with this page now, not an event later: no blank moment,
        // and laid out now, so a click that follows lands where it looks.
        if (isVisible()) {
            m_content->show();
            layout()->activate();
        }
    }
    return m_content;
}

void LazyPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    content();
}

} // namespace closeloop
