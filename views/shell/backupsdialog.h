#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace closeloop {

class DatabaseSession;

// File > Backups: the open file's backups, newest first; one made now; how
// many are kept; and a restore, after the person has seen which backup
// replaces what. A problem is said in the dialog, which stays open.
class BackupsDialog final : public QDialog {
    Q_OBJECT
public:
    // `closeRecordWindows` closes the COE and ORR windows before a restore;
    // false (one was kept open to save its changes) stops the restore.
    BackupsDialog(DatabaseSession *session, std::function<bool()> closeRecordWindows, QWidget *parent = nullptr);

    QString problemText() const;

private:
    void refresh();
    void backUpNow();
    void restoreSelected();
    void saveKeep();
    void say(const QString &text, bool problem);

    DatabaseSession *m_session;
    std::function<bool()> m_closeRecordWindows;
    QLabel *m_where;
    QTreeWidget *m_list;
    QSpinBox *m_keep;
    QPushButton *m_restore;
    QLabel *m_message;
};

} // namespace closeloop
