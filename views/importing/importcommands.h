#pragma once

#include "domain/ids.h"

#include <QObject>

class QWidget;

namespace closeloop {

class DatabaseSession;
class ImportPreviewDialog;

// File > Import Postmortems / Import Postmortem Folder: asks what to read,
// then shows the preview dialog, which saves.
class ImportCommands final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportCommands)
public:
    ImportCommands(DatabaseSession *session, QWidget *parentWindow);

    void importFiles();
    void importFolder();
    // The preview dialog while one is open, for tests.
    ImportPreviewDialog *dialog() const;

Q_SIGNALS:
    void imported(const QList<Id> &coeIds);
    void problem(const QString &text);
    void message(const QString &text);

private:
    void preview(const QStringList &files);

    DatabaseSession *m_session;
    QWidget *m_parentWindow;
};

} // namespace closeloop
