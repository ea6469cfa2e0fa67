#pragma once

#include "domain/ids.h"

#include <QComboBox>

class QAbstractListModel;

namespace closeloop {

class DatabaseSession;

// "Working as": who is at the keyboard, remembered per database. It names
// the author of new COEs, the approver of reviews, and the actor in the
// audit log.
//
// Empty until reload(): connect to personChanged first, so everyone who
// acts for the person hears who it is from the start.
class IdentityBox final : public QComboBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityBox)
public:
    explicit IdentityBox(DatabaseSession *session, QWidget *parent = nullptr);
    OptionalId person() const;
    void reload();
    void choose(Id personId);

Q_SIGNALS:
    void personChanged(closeloop::OptionalId personId);
    // The people could not be read (the box then offers no one).
    void problem(const QString &message);

private:
    void remember();
    DatabaseSession *m_session;
    QAbstractListModel *m_people; // "(choose who you are)", then the people of the database
};

} // namespace closeloop
