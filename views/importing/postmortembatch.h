#pragma once

#include "import/postmortem.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

namespace closeloop {

// Reads and parses postmortem files on a worker thread, in order, so that a
// folder of a thousand files leaves the window responsive and shows its
// progress. Parsing needs no database; saving stays on the GUI thread, where
// the database connection lives.
class PostmortemBatch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostmortemBatch)
public:
    explicit PostmortemBatch(QObject *parent = nullptr);
    ~PostmortemBatch() override;

    void start(const QStringList &files);
    void cancel();
    bool isRunning() const;

    const QStringList &files() const { return m_files; }
    // One per file, in the order given; complete once finished() was emitted.
    const QList<PostmortemFile> &results() const { return m_results; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    QStringList m_files;
    QList<PostmortemFile> m_results;
    QFutureWatcher<PostmortemFile> m_watcher;
};

} // namespace closeloop
