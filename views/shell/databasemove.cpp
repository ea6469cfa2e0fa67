#include "databasemove.h"

#include "connectdialog.h"
#include "databasesession.h"
#include "filedialogs.h"
#include "prompts.h"
#include "storage/databasecopy.h"

#include <QApplication>
#include <QFileInfo>
#include <QProgressDialog>

namespace closeloop {

DatabaseMove::DatabaseMove(DatabaseSession *session, QWidget *parentWindow)
    : QObject(parentWindow)
    , m_session(session)
    , m_parentWindow(parentWindow)
{
}

QString DatabaseMove::run(Database &target)
{
    Database *source = m_session->database();
    QProgressDialog progress(tr("Copying %1 into %2…").arg(source->path(), target.path()), tr("Cancel"), 0, 1000,
                             m_parentWindow);
    progress.setObjectName(QStringLiteral("copyProgress"));
    progress.setWindowTitle(tr("Copy Database"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    // The connections belong to this thread, so the copy runs here and lets
    // the window breathe at each step.
    auto copied = copyDatabase(*source, target, [&progress](qint64 done, qint64 total, const QString &table) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 1000);
        progress.setLabelText(tr("Copying %1: rows %2 of %3").arg(table).arg(done).arg(total));
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!copied) {
        Q_EMIT problem(copied.errorMessage());
        return {};
    }
    int tables = 0;
    for (const TableTally &t : copied.value().tables)
        tables += t.rows > 0 ? 1 : 0;
    return tr("Copied rows: %1, tables: %2. Counts and content checksums match on both sides.")
        .arg(copied.value().totalRows()).arg(tables);
}

void DatabaseMove::copyToServer()
{
    if (!m_session->database() || m_session->database()->isShared()) {
        Q_EMIT problem(tr("Open the local database file you want to copy first."));
        return;
    }
    std::unique_ptr<Database> target;
    ConnectDialog dialog([&target](const PgConnection &c) -> Status {
        OpenOptions options;
        options.create = true; // the schema, when one is named and missing
        auto opened = Database::openPostgres(c, options);
        if (!opened)
            return opened.error();
        target = std::move(opened).value();
        return {};
    }, m_parentWindow);
    dialog.setWindowTitle(tr("Copy to a Team Database"));
    if (dialog.exec() != QDialog::Accepted || !target)
        return;
    const QString summary = run(*target);
    if (summary.isEmpty())
        return;
    const int choice = Prompts::choose(m_parentWindow, tr("Copied"),
        tr("Everything in %1 is now also in %2, verified. Work on the team database from now on?")
            .arg(m_session->database()->path(), target->path()),
        { tr("Switch to the Team Database"), tr("Stay on the File") });
    if (choice == 0)
        m_session->switchTo(std::move(target));
    Q_EMIT message(summary);
}

void DatabaseMove::copyToFile()
{
    if (!m_session->database()) {
        Q_EMIT problem(tr("Connect to the team database you want to copy first."));
        return;
    }
    const QString path = FileDialogs::newDatabase(m_parentWindow);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        Q_EMIT problem(tr("%1 already exists. A copy goes into a new file, never over one: choose another name.").arg(path));
        return;
    }
    OpenOptions options;
    options.path = path;
    options.create = true;
    auto target = Database::openSqlite(options);
    if (!target) {
        Q_EMIT problem(target.errorMessage());
        return;
    }
    const QString summary = run(*target.value());
    if (!summary.isEmpty()) {
        Q_EMIT message(summary + QLatin1Char(' ') + tr("The copy is %1.").arg(path));
    } else {
        // Nothing was copied into it: do not leave an empty file behind.
        target.value().reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
}

} // namespace closeloop
