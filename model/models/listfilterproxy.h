#pragma once

#include <QSortFilterProxyModel>


namespace closeloop {

class RecordListModel;

// Sorts by SortRole and filters by free text over every column plus an
// optional state key (matched against the source's FilterKeyRole). A
// source that queries itself (a list too large to hold) is passed through
// row for row: the proxy hands it the text, state and sort instead.
class ListFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ListFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    void setText(const QString &text);
    QString text() const { return m_text; }
    // An empty key shows every row.
    void setStateKey(const QString &key);
    QString stateKey() const { return m_stateKey; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    RecordListModel *m_querying = nullptr; // the source, when it queries itself
    QString m_text;
    QString m_stateKey;
};

} // namespace closeloop
