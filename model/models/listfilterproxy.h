#pragma once

#include <QSortFilterProxyModel>

#include <functional>

namespace closeloop {

// Sorts by SortRole and filters by free text over every column plus an
// optional state key (matched against the source's FilterKeyRole).
class ListFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ListFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // An empty key shows every row.
    void setStateKey(const QString &key);
    QString stateKey() const { return m_stateKey; }
    // A page's own criteria on top of text and state (the tracker's filter
    // bar); call refilter() when they change.
    using RowPredicate = std::function<bool(int sourceRow)>;
    void setRowPredicate(RowPredicate predicate);
    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_stateKey;
    RowPredicate m_predicate;
};

} // namespace closeloop
