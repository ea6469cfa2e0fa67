#pragma once

#include <QSortFilterProxyModel>

namespace closeloop {

// Sorts a list held in memory by SortRole and filters it by free text over
// every column plus an optional state key (matched against the source's
// FilterKeyRole). A list that queries itself is not put behind one: it
// filters and sorts in SQL (RecordListModel::setQueryText and friends).
class ListFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ListFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // An empty key shows every row.
    void setStateKey(const QString &key);
    QString stateKey() const { return m_stateKey; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_stateKey;
};

} // namespace closeloop
