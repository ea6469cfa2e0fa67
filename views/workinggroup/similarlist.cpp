#include "similarlist.h"

#include <QTreeWidget>

namespace closeloop {

void fillSimilarList(QTreeWidget *list, const QList<SimilarCoe> &similar, const QHash<Id, QString> &titles,
                     const QString &emptyText)
{
    list->clear();
    for (const SimilarCoe &s : similar) {
        auto *item = new QTreeWidgetItem(list, { QStringLiteral("%1%").arg(qRound(s.score * 100)),
                                                 QStringLiteral("COE-%1 %2").arg(s.id).arg(titles.value(s.id)),
                                                 s.sharedTerms.join(QStringLiteral(", ")) });
        item->setData(0, Qt::UserRole, s.id);
    }
    if (list->topLevelItemCount() == 0)
        new QTreeWidgetItem(list, { QString(), emptyText });
    list->resizeColumnToContents(0);
    list->resizeColumnToContents(1);
}

} // namespace closeloop
