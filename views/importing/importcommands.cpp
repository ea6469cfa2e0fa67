#include "importcommands.h"

#include "import/postmortem.h"
#include "importpreviewdialog.h"
#include "shell/databasesession.h"
#include "shell/filedialogs.h"

#include <QDir>
#include <QWidget>

namespace closeloop {

ImportCommands::ImportCommands(DatabaseSession *session, QWidget *parentWindow)
    : QObject(parentWindow), m_session(session), m_parentWindow(parentWindow)
{
}

void ImportCommands::importFiles()
{
    const QStringList files = FileDialogs::openMarkdownFiles(m_parentWindow, tr("Import Postmortems"));
    if (!files.isEmpty())
        preview(files);
}

void ImportCommands::importFolder()
{
    const QString folder = FileDialogs::openFolder(m_parentWindow, tr("Import a Folder of Postmortems"));
    if (!folder.isEmpty())
        preview({ folder });
}

ImportPreviewDialog *ImportCommands::dialog() const
{
    return m_parentWindow->findChild<ImportPreviewDialog *>();
}

void ImportCommands::preview(const QStringList &paths)
{
    Database *db = m_session->database();
    if (!db) {
        Q_EMIT problem(tr("Open or create a database first (File > Open Database); imported postmortems are saved in it."));
        return;
    }
    // Window-modal, not exec(): the file list is read in the background
    // while the dialog shows progress, and the rest of the app stays drawn.
    auto *dialog = new ImportPreviewDialog(*db, postmortemFilesIn(paths), m_parentWindow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ImportPreviewDialog::imported, this, [this](const QList<Id> &ids) {
        Q_EMIT imported(ids);
        Q_EMIT message(tr("Postmortems imported as draft COEs: %1. Each COE's notes say what could not be placed.").arg(ids.size()));
    });
    dialog->show();
}

} // namespace closeloop
