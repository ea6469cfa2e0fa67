#pragma once

#include "domain/ids.h"
#include "domain/result.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>
#include <optional>

namespace closeloop {

class Database;

// Roles shared by every list model, so views and proxies need not know
// which list they show.
enum ListRole {
    IdRole = Qt::UserRole + 1, // the record's id (qint64)
    SortRole,                  // a value that sorts correctly (dates as ISO, numbers as numbers)
    FilterKeyRole,             // stable key of the row's state, for the state filter (e.g. "overdue", "draft")
    AttentionRole,             // true when the row needs attention (overdue, expired)
};

// What list pages and their proxy need from any list model, whatever its
// row type.
class RecordListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // Lists too large to hold in memory filter, sort and count in SQL:
    // the proxy then passes their rows through untouched and hands them
    // its text, state and sort instead.
    virtual bool queriesItself() const { return false; }
    virtual void setQueryText(const QString &) { }
    virtual void setQueryState(const QString &) { }
    // Every record of the list in the database, whatever the filter shows.
    virtual int recordTotal() const { return rowCount(); }
    // The row showing this record, or -1.
    virtual int rowOfId(qint64 id) const;
    // Forgets every row (the database closed).
    virtual void clear() = 0;

    // A list read a page at a time may have read only its first page's
    // ids. The rest can be read beside the window once its first rows are
    // shown (on a reader connection, on another thread: the list page does
    // that), so that the first scroll past them does not wait for them.
    struct IdsToReadAhead {
        quint64 generation = 0; // of the query they belong to
        // Reads them. Runs on the reader's thread: it holds a copy of the
        // query, nothing of the model.
        std::function<Result<QList<Id>>(Database &reader)> read;
    };
    virtual std::optional<IdsToReadAhead> idsToReadAhead() const { return std::nullopt; }
    // Takes ids read ahead. Returns false, and changes nothing, when the
    // list was queried again since, has read them itself meanwhile, or they
    // do not match what it counted and shows (the data changed between the
    // two reads: the list then reads them itself when it needs them).
    virtual bool takeIdsReadAhead(quint64 /*generation*/, QList<Id> /*ids*/) { return false; }

Q_SIGNALS:
    // The records were read again from the database (not merely refiltered).
    void reloaded();
    // Refiltering or reordering in the database failed; the list is empty
    // until it works again.
    void problem(const QString &message);
};

// A read-only table of records whose columns are described by data, not by
// a switch per model. Models hold plain values from the repositories; they
// never touch SQL.
template <typename Row>
class RecordTableModel : public RecordListModel {
public:
    struct Column {
        using Getter = std::function<QVariant(const Row &)>;
        Column(QString t, Getter d) : title(std::move(t)), display(std::move(d)) { }
        Column(QString t, Getter d, Getter s) : title(std::move(t)), display(std::move(d)), sortKey(std::move(s)) { }
        Column(QString t, Getter d, Getter s, Qt::Alignment a)
            : title(std::move(t)), display(std::move(d)), sortKey(std::move(s)), alignment(a) { }
        QString title;
        std::function<QVariant(const Row &)> display;
        // Optional; defaults to display. (No default member initialisers
        // here: they crash GCC 12 inside a class template.)
        std::function<QVariant(const Row &)> sortKey;
        Qt::Alignment alignment; // empty means left-aligned
    };

    explicit RecordTableModel(QObject *parent = nullptr) : RecordListModel(parent) { }

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    void clear() override { setRows({}); }
    // Held in memory: every row. (Paged models hold only what was shown.)
    const QList<Row> &rows() const { return m_rows; }
    virtual const Row &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_columns.size()); }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row &row = rowAt(index.row());
        const Column &column = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
            return column.display(row);
        case Qt::ToolTipRole:
            return column.display(row);
        case Qt::TextAlignmentRole:
            return int(alignmentOf(column));
        case SortRole:
            return column.sortKey ? column.sortKey(row) : column.display(row);
        case IdRole:
            return rowId(row);
        case FilterKeyRole:
            return filterKeys(row);
        case AttentionRole:
            return needsAttention(row);
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_columns.at(section).title;
        if (role == Qt::TextAlignmentRole)
            return int(alignmentOf(m_columns.at(section)));
        return {};
    }

protected:
    void setColumns(QList<Column> columns) { m_columns = std::move(columns); }
    virtual qint64 rowId(const Row &row) const = 0;
    // Keys of the states this row is in; the state filter matches any of them.
    virtual QStringList filterKeys(const Row &) const { return {}; }
    virtual bool needsAttention(const Row &) const { return false; }

private:
    static Qt::Alignment alignmentOf(const Column &c)
    {
        return c.alignment ? c.alignment : (Qt::AlignLeft | Qt::AlignVCenter);
    }
    QList<Column> m_columns;
    QList<Row> m_rows;
};

} // namespace closeloop
