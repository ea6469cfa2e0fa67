#include "librarycommands.h"

#include "orr/axiomlibrary.h"
#include "orr/wellarchitectedlens.h"
#include "shell/databasesession.h"
#include "shell/filedialogs.h"
#include "shell/prompts.h"
#include "storage/axiomrepository.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace closeloop {

namespace {

QString updateText(const QString &name, const LibraryUpdate &u)
{
    return LibraryCommands::tr("%1: %2 added, %3 revised as new versions, %4 unchanged.")
        .arg(name).arg(u.added).arg(u.revised).arg(u.unchanged);
}

} // namespace

LibraryCommands::LibraryCommands(DatabaseSession *session, QWidget *parentWindow)
    : QObject(parentWindow), m_session(session), m_parentWindow(parentWindow)
{
}

void LibraryCommands::installShipped()
{
    Database *db = m_session->database();
    if (!db) {
        Q_EMIT problem(tr("Open or create a database first."));
        return;
    }
    auto update = installBuiltInAxiomLibrary(*db);
    if (!update) {
        Q_EMIT problem(tr("The shipped library was not installed: %1").arg(update.errorMessage()));
        return;
    }
    // Reload first: the reload writes the status bar, which would hide the message.
    Q_EMIT changed();
    Q_EMIT message(updateText(tr("Shipped axiom library"), update.value()));
}

void LibraryCommands::importLens()
{
    Database *db = m_session->database();
    if (!db) {
        Q_EMIT problem(tr("Open or create a database first."));
        return;
    }
    const QString path = FileDialogs::openFile(m_parentWindow, tr("Import a Well-Architected lens"), tr("Lens JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT problem(tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const QByteArray json = file.readAll();
    const QString origin = QFileInfo(path).fileName();
    auto imported = closeloop::importLens(*db, json, origin);
    if (!imported) {
        Q_EMIT problem(tr("%1 Nothing was imported.").arg(imported.errorMessage()));
        return;
    }
    Q_EMIT changed();
    Q_EMIT message(updateText(imported.value().library.set.name, imported.value().update));
}

void LibraryCommands::exportLens()
{
    Database *db = m_session->database();
    if (!db) {
        Q_EMIT problem(tr("Open or create a database first."));
        return;
    }
    auto sets = AxiomRepository(*db).listSets();
    if (!sets || sets->isEmpty()) {
        Q_EMIT problem(sets ? tr("There is no axiom set to export. Install the shipped library first.") : sets.errorMessage());
        return;
    }
    QStringList names;
    for (const AxiomSet &s : sets.value())
        names << s.name;
    const QString name = names.size() == 1 ? names.first()
                                           : Prompts::pick(m_parentWindow, tr("Export a lens"), tr("Which axiom set?"), names);
    if (name.isEmpty())
        return;
    auto library = installedAxiomLibrary(*db, name);
    if (!library || !library.value()) {
        Q_EMIT problem(library ? tr("There is no axiom set named %1.").arg(name) : library.errorMessage());
        return;
    }
    const QString path = Prompts::saveFile(m_parentWindow, tr("Export as a Well-Architected lens"),
                                           library.value()->set.key + QStringLiteral("-lens.json"), tr("Lens JSON (*.json)"));
    if (path.isEmpty())
        return;
    const QByteArray lens = axiomLibraryToLens(*library.value());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(lens) != lens.size() || !file.commit()) {
        Q_EMIT problem(tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    Q_EMIT message(tr("Exported %n axiom(s) to %1", nullptr, int(library.value()->axioms.size())).arg(QDir::toNativeSeparators(path)));
}

} // namespace closeloop
