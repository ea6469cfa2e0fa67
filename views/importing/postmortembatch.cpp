#include "postmortembatch.h"

#include <QDir>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace closeloop {

PostmortemBatch::PostmortemBatch(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<PostmortemFile>::progressValueChanged, this,
            [this](int value) { Q_EMIT progress(value, int(m_files.size())); });
    connect(&m_watcher, &QFutureWatcher<PostmortemFile>::finished, this, [this] {
        if (!m_watcher.isCanceled())
            m_results = m_watcher.future().results();
        Q_EMIT finished();
    });
}

PostmortemBatch::~PostmortemBatch()
{
    // The worker holds no pointer to this object, but waiting keeps the
    // thread pool from outliving the files it was asked to read.
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void PostmortemBatch::start(const QStringList &files)
{
    m_files = files;
    m_results.clear();
    m_watcher.setFuture(QtConcurrent::run([files](QPromise<PostmortemFile> &promise) {
        promise.setProgressRange(0, int(files.size()));
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (promise.isCanceled())
                return;
            PostmortemFile read = readPostmortemFile(files.at(i));
            if (read.postmortem)
                read.postmortem->file = QDir::toNativeSeparators(files.at(i));
            promise.addResult(std::move(read), int(i));
            promise.setProgressValue(int(i + 1));
        }
    }));
}

void PostmortemBatch::cancel()
{
    m_watcher.cancel();
}

bool PostmortemBatch::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace closeloop
