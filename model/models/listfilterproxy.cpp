#include "listfilterproxy.h"

#include "recordtablemodel.h"

namespace closeloop {

ListFilterProxy::ListFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ListFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void ListFilterProxy::setStateKey(const QString &key)
{
    if (key == m_stateKey)
        return;
    m_stateKey = key;
    invalidateFilter();
}

bool ListFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!m_stateKey.isEmpty()) {
        const QStringList keys = source->index(sourceRow, 0, sourceParent).data(FilterKeyRole).toStringList();
        if (!keys.contains(m_stateKey))
            return false;
    }
    const QString needle = m_text.trimmed();
    if (needle.isEmpty())
        return true;
    // Every word must appear somewhere in the row, in any column.
    QString haystack;
    for (int column = 0; column < source->columnCount(sourceParent); ++column)
        haystack += source->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString() + QLatin1Char('\n');
    const QStringList words = needle.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words)
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace closeloop
