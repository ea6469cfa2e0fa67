#pragma once

#include "coewindow.h"
#include "domain/ids.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace closeloop {

class DatabaseSession;

// Opens COEs in their own windows (one per COE: opening it again raises
// it), creates new ones, and after a crash offers the COEs that still
// have unsaved drafts. The main window only forwards requests here.
class CoeWindows final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoeWindows)
public:
    CoeWindows(DatabaseSession *session, QWidget *parentWindow);

    CoeWindow *open(Id coeId);
    CoeWindow *createNew();
    // COEs with autosaved changes that were never saved: offered once per
    // database, when it is opened.
    void offerLeftoverDrafts();
    void setCurrentPerson(OptionalId personId);
    void closeAll();
    // Whether a window is still open (one refused to close, say).
    bool anyOpen() const;
    CoeWindow *window(Id coeId) const { return m_windows.value(coeId); }

Q_SIGNALS:
    void coeChanged();
    void problem(const QString &message);

private:
    DatabaseSession *m_session;
    QWidget *m_parentWindow;
    OptionalId m_person;
    QHash<Id, QPointer<CoeWindow>> m_windows;
};

} // namespace closeloop
