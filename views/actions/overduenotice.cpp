#include "overduenotice.h"
#include "look/tones.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace closeloop {

OverdueNotice::OverdueNotice(QWidget *parent) : QFrame(parent), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("overdueNotice"));
    setStyleSheet(themed(QStringLiteral("#overdueNotice { background: #eef3f8; border: 1px solid #d3dee9; border-radius: 4px; }"
                                 " QLabel { color: #29425a; }")));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *show = new QPushButton(tr("Show overdue items"), this);
    show->setObjectName(QStringLiteral("noticeShowOverdue"));
    auto *dismiss = new QPushButton(tr("Dismiss"), this);
    dismiss->setObjectName(QStringLiteral("noticeDismiss"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(10, 6, 10, 6);
    row->addWidget(m_text, 1);
    row->addWidget(show);
    row->addWidget(dismiss);
    connect(show, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT showRequested();
    });
    connect(dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void OverdueNotice::present(const QString &summary, bool anyOverdue)
{
    m_text->setText(summary);
    setVisible(anyOverdue);
}

QString OverdueNotice::text() const
{
    return m_text->text();
}

} // namespace closeloop
