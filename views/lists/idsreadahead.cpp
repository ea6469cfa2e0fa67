#include "idsreadahead.h"

#include "listtable.h"
#include "models/recordtablemodel.h"
#include "storage/database.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace closeloop {

IdsReadAhead::IdsReadAhead(RecordListModel *model, ListTable *table, std::function<Database *()> database, QObject *parent)
    : QObject(parent), m_model(model), m_table(table), m_database(std::move(database))
{
    connect(m_model, &QAbstractItemModel::modelReset, this, &IdsReadAhead::scheduleAfterPaint);
}

void IdsReadAhead::scheduleAfterPaint()
{
    // One wait at a time: queries in a row before a paint need one read,
    // of the last of them, which start() asks for.
    if (m_waitingForPaint || !m_model->idsToReadAhead())
        return;
    m_waitingForPaint = true;
    // Queued: started once the paint is done, not inside it.
    connect(m_table, &ListTable::painted, this, [this] {
        m_waitingForPaint = false;
        start();
    }, static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
}

void IdsReadAhead::start()
{
    Database *db = m_database();
    auto todo = m_model->idsToReadAhead();
    if (!db || !todo)
        return;
    using Read = Result<QList<Id>>;
    auto *watcher = new QFutureWatcher<Read>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation = todo->generation] {
        watcher->deleteLater();
        Read ids = watcher->result();
        // A failure is left to the list's own read, which says what went wrong.
        if (ids && m_model->takeIdsReadAhead(generation, std::move(ids).value()))
            ++m_taken;
    });
    watcher->setFuture(QtConcurrent::run([open = db->readerOpener(), read = std::move(todo->read)]() -> Read {
        auto reader = open();
        if (!reader)
            return reader.error();
        return read(**reader);
    }));
}

} // namespace closeloop
