#pragma once

#include "domain/finding.h"

#include <QObject>

class QWidget;

namespace closeloop {

class DatabaseSession;
class FindingDialog;

// New Finding and Open Finding on the working group's page: gathers what
// the dialog offers (COEs, axiom sets, due policy) and saves what it
// returns, finding and outcome together.
class FindingCommands final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingCommands)
public:
    FindingCommands(DatabaseSession *session, QWidget *parentWindow);

    void newFinding();
    void openFinding(Id id);
    void setCurrentPerson(OptionalId person) { m_person = person; }
    FindingDialog *openDialog() const;

Q_SIGNALS:
    void changed();
    void problem(const QString &message);
    void message(const QString &text);

private:
    void showDialog(const Finding &finding);

    DatabaseSession *m_session;
    QWidget *m_parentWindow;
    OptionalId m_person;
};

} // namespace closeloop
