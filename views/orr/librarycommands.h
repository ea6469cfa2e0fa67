#pragma once

#include <QObject>
#include <QWidget>

class QWidget;

namespace closeloop {

class DatabaseSession;

// The axiom library from the ORR menu: install the shipped library, and
// move sets in and out as AWS Well-Architected custom lenses.
class LibraryCommands final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryCommands)
public:
    LibraryCommands(DatabaseSession *session, QWidget *parentWindow);

    void installShipped();
    void importLens();
    void exportLens();

Q_SIGNALS:
    void changed();
    void problem(const QString &message);
    void message(const QString &text);

private:
    DatabaseSession *m_session;
    QWidget *m_parentWindow;
};

} // namespace closeloop
