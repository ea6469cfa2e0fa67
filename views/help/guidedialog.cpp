#include "guidedialog.h"

#include "guidetopics.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPointer>
#include <QTextBrowser>

namespace closeloop {

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_topics(new QListWidget(this))
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("guideDialog"));
    setWindowTitle(tr("Closeloop Guide"));
    m_topics->setObjectName(QStringLiteral("guideTopics"));
    m_topics->setAccessibleName(tr("Guide topics"));
    m_topics->setFixedWidth(260);
    m_text->setObjectName(QStringLiteral("guideText"));
    m_text->setAccessibleName(tr("Guide text"));
    m_text->setOpenLinks(false);
    const auto topics = guideTopics();
    for (const GuideTopic &t : topics) {
        auto *item = new QListWidgetItem(t.title, m_topics);
        item->setData(Qt::UserRole, t.key);
        item->setData(Qt::UserRole + 1, t.text);
    }
    connect(m_topics, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            m_text->setHtml(QStringLiteral("<h2>%1</h2>%2").arg(item->text().toHtmlEscaped(), item->data(Qt::UserRole + 1).toString()));
    });
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_topics);
    layout->addWidget(m_text, 1);
    m_topics->setCurrentRow(0);
    resize(820, 480);
}

bool GuideDialog::showTopic(const QString &key)
{
    for (int i = 0; i < m_topics->count(); ++i)
        if (m_topics->item(i)->data(Qt::UserRole).toString() == key) {
            m_topics->setCurrentRow(i);
            return true;
        }
    return false;
}

QString GuideDialog::currentTopic() const
{
    const QListWidgetItem *item = m_topics->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

GuideDialog *GuideDialog::openAt(QWidget *parent, const QString &key)
{
    // One guide window per parent window: F1 again brings it forward.
    GuideDialog *guide = parent ? parent->findChild<GuideDialog *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!guide) {
        guide = new GuideDialog(parent);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->showTopic(key);
    guide->show();
    guide->raise();
    guide->activateWindow();
    return guide;
}

} // namespace closeloop
