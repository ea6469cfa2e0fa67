#pragma once

#include <QObject>

class QWidget;

namespace closeloop {

class DatabaseSession;

// File > Copy to Team Database / Copy Team Database to a File: moves the
// whole open database into an empty one elsewhere, with progress, verified
// by counts and checksums (storage/databasecopy.h), then offers to switch.
class DatabaseMove final : public QObject {
    Q_OBJECT
public:
    DatabaseMove(DatabaseSession *session, QWidget *parentWindow);

    void copyToServer();
    void copyToFile();

Q_SIGNALS:
    void problem(const QString &message);
    void message(const QString &text);

private:
    // What was copied, in a sentence; empty when the copy failed or was
    // cancelled (reported as a problem).
    QString run(class Database &target);

    DatabaseSession *m_session;
    QWidget *m_parentWindow;
};

} // namespace closeloop
