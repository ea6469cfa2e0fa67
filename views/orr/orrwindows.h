#pragma once

#include "domain/ids.h"
#include "orrwindow.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace closeloop {

class DatabaseSession;
class NewReviewDialog;


// Opens ORR reviews in their own windows (one per review: opening it
// again raises it) and starts new ones. The main window only forwards
// requests here.
class OrrWindows final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrrWindows)
public:
    OrrWindows(DatabaseSession *session, QWidget *parentWindow);

    OrrWindow *open(Id reviewId);
    // Asks for service, kind, date and team, then opens the new review.
    NewReviewDialog *createNew(Id serviceId = 0);
    // Recertification: the next review from the service's last signed-off
    // review when there is one, else a new review of it.
    void recertify(Id serviceId, Id lastReviewId);
    void setCurrentPerson(OptionalId personId);
    void closeAll();
    // Whether a window is still open (one refused to close, say).
    bool anyOpen() const;
    OrrWindow *window(Id reviewId) const { return m_windows.value(reviewId); }

Q_SIGNALS:
    void reviewsChanged();
    void problem(const QString &message);

private:
    DatabaseSession *m_session;
    QWidget *m_parentWindow;
    OptionalId m_person;
    QHash<Id, QPointer<OrrWindow>> m_windows;
};

} // namespace closeloop
