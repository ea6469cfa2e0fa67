#include "orrwindows.h"

#include "newreviewdialog.h"
#include "orr/reviewworkflow.h"
#include "orrwindow.h"
#include "shell/databasesession.h"
#include "storage/axiomrepository.h"
#include "storage/orrreviewrepository.h"
#include "storage/personrepository.h"
#include "storage/servicerepository.h"

namespace closeloop {

OrrWindows::OrrWindows(DatabaseSession *session, QWidget *parentWindow)
    : QObject(parentWindow), m_session(session), m_parentWindow(parentWindow)
{
}

OrrWindow *OrrWindows::open(Id reviewId)
{
    // A window that was closed but not yet deleted is not reused: it holds the review as it was.
    if (OrrWindow *existing = m_windows.value(reviewId); existing && existing->isVisible()) {
        existing->raise();
        existing->activateWindow();
        return existing;
    }
    Database *db = m_session->database();
    if (!db)
        return nullptr;
    QString error;
    OrrWindow *window = OrrWindow::open(*db, reviewId, nullptr, &error);
    if (!window) {
        Q_EMIT problem(error);
        return nullptr;
    }
    window->setCurrentPerson(m_person);
    connect(window, &OrrWindow::reviewChanged, this, &OrrWindows::reviewsChanged);
    connect(window, &OrrWindow::openReview, this, &OrrWindows::open);
    connect(window, &QObject::destroyed, this, [this, reviewId, window] {
        // The entry may already hold a newer window for the same review.
        if (const QPointer<OrrWindow> current = m_windows.value(reviewId); !current || current == window)
            m_windows.remove(reviewId);
    });
    m_windows.insert(reviewId, window);
    window->show();
    return window;
}

NewReviewDialog *OrrWindows::createNew(Id serviceId)
{
    Database *db = m_session->database();
    if (!db) {
        Q_EMIT problem(tr("Open or create a database first."));
        return nullptr;
    }
    auto services = ServiceRepository(*db).list();
    auto sets = AxiomRepository(*db).listSets();
    auto people = PersonRepository(*db).list();
    if (!services || !sets || !people) {
        Q_EMIT problem(!services ? services.errorMessage() : !sets ? sets.errorMessage() : people.errorMessage());
        return nullptr;
    }
    if (services->isEmpty()) {
        Q_EMIT problem(tr("There are no services yet. An ORR review is of one service: add it on the Services page first."));
        return nullptr;
    }
    QList<Service> plain;
    for (const ServiceSummary &s : services.value())
        plain << s.service;
    auto *dialog = new NewReviewDialog(plain, sets.value(), people.value(), serviceId, QDate::currentDate(), m_parentWindow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewReviewDialog::submitted, this, [this, dialog](OrrReview review) {
        Database *current = m_session->database();
        if (!current)
            return;
        auto id = createReview(*current, review);
        if (!id) {
            dialog->setError(id.errorMessage());
            return;
        }
        dialog->accept();
        Q_EMIT reviewsChanged();
        open(id.value());
    });
    dialog->open();
    return dialog;
}

void OrrWindows::recertify(Id serviceId, Id lastReviewId)
{
    Database *db = m_session->database();
    if (!db)
        return;
    if (lastReviewId == 0) {
        // A review already under way is the one to continue, not a second one.
        auto reviews = OrrReviewRepository(*db).list();
        if (!reviews) {
            Q_EMIT problem(reviews.errorMessage());
            return;
        }
        for (const OrrReviewSummary &s : reviews.value())
            if (s.serviceId == serviceId && s.status == ReviewStatus::InProgress) {
                open(s.id);
                return;
            }
        createNew(serviceId);
        return;
    }
    auto id = startNextReview(*db, lastReviewId, ReviewKind::Annual, QDate::currentDate());
    if (!id) {
        Q_EMIT problem(id.errorMessage());
        return;
    }
    Q_EMIT reviewsChanged();
    open(id.value());
}

void OrrWindows::setCurrentPerson(OptionalId personId)
{
    m_person = personId;
    for (const QPointer<OrrWindow> &w : std::as_const(m_windows))
        if (w)
            w->setCurrentPerson(personId);
}

void OrrWindows::closeAll()
{
    for (const QPointer<OrrWindow> &w : m_windows.values())
        if (w)
            w->close();
}

bool OrrWindows::anyOpen() const
{
    for (const QPointer<OrrWindow> &w : m_windows)
        if (w && w->isVisible())
            return true;
    return false;
}

} // namespace closeloop
