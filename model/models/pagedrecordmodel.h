#pragma once

#include "domain/result.h"
#include "recordtablemodel.h"

#include <QHash>
#include <QMetaObject>
#include <QLoggingCategory>

#include <algorithm>
#include <optional>

namespace closeloop {

class Database;

// A list too large to hold: it keeps the ids the current filter and order
// let through (8 bytes a row) and reads whole rows a page at a time, only
// for the pages a view asks about, keeping the most recently used ones.
// Filtering, ordering and counting happen in SQL, in the subclass's reader.
//
// Where counting is cheap (no words in the filter box), a query reads the
// count and the first page's ids only; the rest of the ids are read the
// first time a row past them is asked for. A list of 100,000 COEs then
// shows its first rows without reading 100,000 ids first.
template <typename Row>
class PagedRecordModel : public RecordTableModel<Row> {
public:
    static constexpr int PageSize = 128;
    static constexpr int PagesKept = 64; // 8,192 rows at most

    using RecordTableModel<Row>::RecordTableModel;

    // Reads the ids again (and the total); null forgets the database.
    Status reload(Database *db)
    {
        m_db = db;
        m_total = 0; // a closed or failing database counts nothing
        Status status = requery();
        if (status && db) {
            auto total = queryTotal(*db);
            if (!total)
                status = total.error();
            m_total = total ? total.value() : 0;
        }
        Q_EMIT this->reloaded();
        return status;
    }

    Status reload(Database &db) { return reload(&db); }
    void clear() override
    {
        // Without a database nothing is read, so nothing can fail.
        [[maybe_unused]] const Status forgotten = reload(nullptr);
    }
    bool queriesItself() const override { return true; }
    void setQueryText(const QString &text) override
    {
        if (text == m_text)
            return;
        m_text = text;
        requeryOrSay();
    }
    void setQueryState(const QString &key) override
    {
        if (key == m_state)
            return;
        m_state = key;
        requeryOrSay();
    }
    void sort(int column, Qt::SortOrder order) override
    {
        if (column == m_sortColumn && order == m_sortOrder)
            return;
        m_sortColumn = column;
        m_sortOrder = order;
        requeryOrSay();
    }
    int recordTotal() const override { return m_total; }
    bool hasDatabase() const { return m_db != nullptr; }
    int rowOfId(qint64 id) const override
    {
        if (const qsizetype known = m_ids.indexOf(id); known >= 0 || m_idsComplete)
            return int(known);
        // Not found when the ids cannot be read; the next reload says why.
        [[maybe_unused]] const Status read = completeIds();
        return int(m_ids.indexOf(id));
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rowCount; }
    std::optional<RecordListModel::IdsToReadAhead> idsToReadAhead() const override
    {
        if (!m_db || m_idsComplete)
            return std::nullopt;
        auto read = idsReader();
        if (!read)
            return std::nullopt;
        return RecordListModel::IdsToReadAhead { m_generation, std::move(read) };
    }
    bool takeIdsReadAhead(quint64 generation, QList<Id> ids) override
    {
        // The first page's ids must be the ones already read and shown.
        if (generation != m_generation || m_idsComplete || ids.size() != m_rowCount
            || !std::equal(m_ids.cbegin(), m_ids.cend(), ids.cbegin()))
            return false;
        m_ids = std::move(ids);
        m_idsComplete = true;
        return true;
    }
    // Whether every id of the current query has been read (for tests).
    bool idsComplete() const { return m_idsComplete; }

    const Row &rowAt(int row) const override
    {
        const QList<Row> &page = pageOf(row / PageSize);
        return page.at(row % PageSize);
    }
    // Every row the filter lets through, in order, read in large batches
    // (for exports of what the list shows).
    Result<QList<Row>> allRows() const
    {
        QList<Row> all;
        if (!m_db)
            return all;
        if (!m_idsComplete)
            if (Status read = completeIds(); !read)
                return read.error();
        all.reserve(m_ids.size());
        for (qsizetype from = 0; from < m_ids.size(); from += 4096) {
            auto rows = fetchAligned(m_ids.mid(from, 4096));
            if (!rows)
                return rows.error();
            all.append(std::move(rows).value());
        }
        return all;
    }
    // Rows held in memory now (for tests and the memory benchmark).
    int cachedRows() const
    {
        int n = 0;
        for (const QList<Row> &page : m_pages)
            n += int(page.size());
        return n;
    }
    const QString &queryText() const { return m_text; }
    const QString &queryState() const { return m_state; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Reads the ids again under the current text, state and order.
    Status requery()
    {
        this->beginResetModel();
        ++m_generation; // ids read ahead for the query before are not taken
        m_pages.clear();
        m_lru.clear();
        m_ids.clear();
        m_rowCount = 0;
        m_idsComplete = true;
        Status status = m_db ? readIds() : Status();
        if (!status) {
            m_ids.clear();
            m_rowCount = 0;
            m_idsComplete = true;
        }
        this->endResetModel();
        return status;
    }

protected:
    void requeryOrSay()
    {
        if (auto s = requery(); !s)
            Q_EMIT this->problem(s.errorMessage());
    }
    // The ids of the current query, in order; the first `limit` only when
    // limit is not negative.
    virtual Result<QList<Id>> queryIds(Database &db, int limit) = 0;
    // How many rows the current query lets through, when that is cheaper
    // to ask than its ids (nullopt: read every id instead).
    virtual std::optional<Result<int>> queryCount(Database &db) = 0;
    // Rows for these ids, in the same order (ids no longer stored may be missing).
    virtual Result<QList<Row>> queryRows(Database &db, const QList<Id> &ids) const = 0;
    virtual Result<int> queryTotal(Database &db) = 0;
    // A row for an id that vanished between reading the ids and its page.
    virtual Row placeholder(Id id) const = 0;
    // Reads every id of the current query on the connection it is given,
    // from any thread: it copies the query (null: the list reads no ids
    // ahead, and reads them itself when a row past them is asked for).
    virtual std::function<Result<QList<Id>>(Database &)> idsReader() const { return {}; }
    Database *database() const { return m_db; }

private:
    const QList<Row> &pageOf(int page) const
    {
        if (auto it = m_pages.constFind(page); it != m_pages.cend()) {
            m_lru.removeOne(page);
            m_lru.append(page);
            return *it;
        }
        if (m_lru.size() >= PagesKept)
            m_pages.remove(m_lru.takeFirst());
        const qsizetype first = qsizetype(page) * PageSize;
        if (!m_idsComplete && first + PageSize > m_ids.size())
            [[maybe_unused]] const Status read = completeIds(); // a failure is said through problem()
        const QList<Id> ids = m_ids.mid(first, std::min<qsizetype>(PageSize, m_rowCount - first));
        auto rows = fetchAligned(ids);
        QList<Row> kept;
        if (rows) {
            kept = std::move(rows).value();
        } else {
            // Shown as empty rows rather than failing the paint; the next
            // reload says what went wrong.
            qWarning("closeloop: could not read a page of the list: %s", qPrintable(rows.errorMessage()));
            for (Id id : ids)
                kept.append(placeholder(id));
        }
        m_lru.append(page);
        return *m_pages.insert(page, std::move(kept));
    }
    // The count and the first page's ids where counting is cheap; every id
    // otherwise.
    Status readIds()
    {
        if (auto counted = queryCount(*m_db)) {
            if (!*counted)
                return counted->error();
            auto head = queryIds(*m_db, PageSize);
            if (!head)
                return head.error();
            m_rowCount = counted->value();
            m_ids = std::move(head).value();
            m_idsComplete = m_ids.size() >= m_rowCount;
            if (m_idsComplete)
                m_rowCount = int(m_ids.size());
            return {};
        }
        auto ids = queryIds(*m_db, -1);
        if (!ids)
            return ids.error();
        m_ids = std::move(ids).value();
        m_rowCount = int(m_ids.size());
        return {};
    }
    // Reads the ids past the first page. Called while a view asks for a
    // row, when the number of rows cannot change: should the database have
    // changed since it was counted (another writer), the rows are fitted
    // to the count, shown as placeholders where missing, and the list is
    // read again as soon as the view is done asking.
    Status completeIds() const
    {
        m_idsComplete = true;
        auto *self = const_cast<PagedRecordModel *>(this);
        auto ids = self->queryIds(*m_db, -1);
        if (!ids) {
            m_ids.resize(m_rowCount, Id(0)); // placeholders until the next reload
            // Said where the window shows problems, once the view is done
            // asking: the rows alone would look deleted.
            QMetaObject::invokeMethod(self, [self, message = ids.errorMessage()] { Q_EMIT self->problem(message); },
                                      Qt::QueuedConnection);
            return ids.error();
        }
        m_ids = std::move(ids).value();
        if (m_ids.size() != m_rowCount) {
            m_ids.resize(m_rowCount, Id(0));
            QMetaObject::invokeMethod(self, [self] { self->requeryOrSay(); }, Qt::QueuedConnection);
        }
        return {};
    }
    Result<QList<Row>> fetchAligned(const QList<Id> &ids) const
    {
        auto rows = queryRows(*m_db, ids);
        if (!rows)
            return rows.error();
        QList<Row> aligned;
        aligned.reserve(ids.size());
        qsizetype next = 0;
        const QList<Row> &read = rows.value();
        for (Id id : ids) {
            if (next < read.size() && this->rowId(read.at(next)) == id)
                aligned.append(read.at(next++));
            else
                aligned.append(placeholder(id));
        }
        return aligned;
    }

    Database *m_db = nullptr;
    mutable QList<Id> m_ids;
    int m_rowCount = 0;
    mutable bool m_idsComplete = true;
    quint64 m_generation = 0;
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_lru;
    int m_total = 0;
    QString m_text;
    QString m_state;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace closeloop
