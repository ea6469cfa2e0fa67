#pragma once

#include <QObject>

#include <functional>

namespace closeloop {

class Database;
class ListTable;
class RecordListModel;

// Reads the rest of a paged list's ids beside the window: each time the
// list is queried, once its rows have been painted, on a reader connection
// on another thread. Without it, the first scroll past the first page read
// 100,000 ids in one frame (68 ms on a two-core machine). When the scroll
// comes first, or the data changed between the two reads, the list reads
// them itself as before; ids of a query since replaced are dropped.
class IdsReadAhead final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdsReadAhead)
public:
    IdsReadAhead(RecordListModel *model, ListTable *table, std::function<Database *()> database, QObject *parent);

    // How many reads were handed over and taken (for tests).
    int taken() const { return m_taken; }

private:
    void scheduleAfterPaint();
    void start();

    RecordListModel *m_model;
    ListTable *m_table;
    std::function<Database *()> m_database;
    bool m_waitingForPaint = false;
    int m_taken = 0;
};

} // namespace closeloop
