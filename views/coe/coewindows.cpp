#include "coewindows.h"

#include "coe/coedocument.h"
#include "coewindow.h"
#include "coewindow.h"
#include "shell/databasesession.h"
#include "shell/prompts.h"
#include "storage/coerepository.h"
#include "storage/draftrepository.h"

namespace closeloop {

CoeWindows::CoeWindows(DatabaseSession *session, QWidget *parentWindow)
    : QObject(parentWindow), m_session(session), m_parentWindow(parentWindow)
{
}

CoeWindow *CoeWindows::open(Id coeId)
{
    if (CoeWindow *existing = m_windows.value(coeId)) {
        existing->raise();
        existing->activateWindow();
        return existing;
    }
    Database *db = m_session->database();
    if (!db)
        return nullptr;
    QString error;
    // A top-level window of its own (no parent): several COEs side by side.
    CoeWindow *window = CoeWindow::open(*db, coeId, nullptr, &error);
    if (!window) {
        Q_EMIT problem(error);
        return nullptr;
    }
    window->setCurrentPerson(m_person);
    connect(window, &CoeWindow::coeSaved, this, &CoeWindows::coeChanged);
    connect(window, &CoeWindow::openCoeRequested, this, [this](Id other) { open(other); });
    connect(window, &QObject::destroyed, this, [this, coeId] { m_windows.remove(coeId); });
    m_windows.insert(coeId, window);
    window->show();
    return window;
}

CoeWindow *CoeWindows::createNew()
{
    Database *db = m_session->database();
    if (!db) {
        Q_EMIT problem(tr("Open or create a database first."));
        return nullptr;
    }
    const QString title = Prompts::text(m_parentWindow, tr("New COE"),
                                        tr("What happened, in a few words? (e.g. \"Checkout errors after a config push\")"));
    if (title.isEmpty())
        return nullptr;
    Coe coe;
    coe.title = title;
    coe.authorId = m_person;
    auto id = CoeRepository(*db).create(coe);
    if (!id) {
        Q_EMIT problem(id.errorMessage());
        return nullptr;
    }
    Q_EMIT coeChanged();
    return open(id.value());
}

void CoeWindows::offerLeftoverDrafts()
{
    Database *db = m_session->database();
    if (!db)
        return;
    auto drafts = DraftRepository(*db).list();
    if (!drafts || drafts->isEmpty())
        return;
    QList<Id> ids;
    for (const Draft &d : drafts.value())
        if (d.entity == CoeDocument::kDraftEntity)
            ids << d.entityId;
    if (ids.isEmpty())
        return;
    const int choice = Prompts::choose(m_parentWindow, tr("Unsaved changes found"),
        ids.size() == 1 ? tr("One COE has changes that were autosaved but never saved. Open it to restore or discard them?")
                        : tr("%1 COEs have changes that were autosaved but never saved. Open them to restore or discard them?").arg(ids.size()),
        { tr("Open them"), tr("Later") });
    if (choice != 0)
        return;
    for (Id id : std::as_const(ids))
        open(id);
}

void CoeWindows::setCurrentPerson(OptionalId personId)
{
    m_person = personId;
    for (const QPointer<CoeWindow> &w : std::as_const(m_windows))
        if (w)
            w->setCurrentPerson(personId);
}

void CoeWindows::closeAll()
{
    for (const QPointer<CoeWindow> &w : m_windows.values())
        if (w)
            w->close();
}

bool CoeWindows::anyOpen() const
{
    for (const QPointer<CoeWindow> &w : m_windows)
        if (w && w->isVisible())
            return true;
    return false;
}

} // namespace closeloop
