#pragma once

#include "workinggroup/similarity.h"

#include <QHash>

class QTreeWidget;

namespace closeloop {

// Fills a three-column list (similarity, COE, shared words) with ranked
// similar COEs, each row holding its COE id under Qt::UserRole; `emptyText`
// fills the COE column when there are none.
void fillSimilarList(QTreeWidget *list, const QList<SimilarCoe> &similar, const QHash<Id, QString> &titles,
                     const QString &emptyText);

} // namespace closeloop
