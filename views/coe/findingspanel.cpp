#include "findingspanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace closeloop {

FindingsPanel::FindingsPanel(QWidget *parent) : QWidget(parent), m_summary(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("findings"));
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("findingsTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setWordWrap(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    auto activate = [this](QTreeWidgetItem *item) {
        const QVariant field = item->data(0, Qt::UserRole);
        if (field.isValid())
            Q_EMIT fieldActivated(CoeField(field.toInt()));
    };
    connect(m_tree, &QTreeWidget::itemClicked, this, activate);
    connect(m_tree, &QTreeWidget::itemActivated, this, activate);
}

void FindingsPanel::setChecks(const QList<CoeCheck> &checks)
{
    m_tree->clear();
    int blocking = 0;
    QTreeWidgetItem *group = nullptr;
    std::optional<CoeSection> current;
    for (const CoeCheck &c : checks) {
        if (current != c.section) {
            current = c.section;
            group = new QTreeWidgetItem(m_tree, { enumLabel(c.section) });
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFlags(Qt::ItemIsEnabled);
        }
        const bool blocks = c.level == CoeCheck::Level::Blocking;
        blocking += blocks ? 1 : 0;
        auto *item = new QTreeWidgetItem(group, { c.message });
        item->setData(0, Qt::UserRole, int(c.field));
        item->setToolTip(0, tr("%1: go to the field").arg(coeFieldLabel(c.field)));
        item->setIcon(0, style()->standardIcon(blocks ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation));
    }
    m_tree->expandAll();
    if (checks.isEmpty())
        m_summary->setText(tr("Nothing missing: this COE is ready for review."));
    else if (blocking == 0)
        m_summary->setText(tr("Ready for review. Some suggestions remain."));
    else
        m_summary->setText(blocking == 1 ? tr("1 thing to fix before review. Click it to go there.")
                                           : tr("%1 things to fix before review. Click one to go there.").arg(blocking));
}

} // namespace closeloop
