#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace closeloop {

// Help > Keyboard Shortcuts: every action of the window's menus that has a
// shortcut, by menu, read from the actions themselves so that the sheet
// can never disagree with the keys.
class ShortcutSheet final : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutSheet(const QMenuBar *menus, QWidget *parent = nullptr);

    // "New COE…\tCtrl+N" per row, for tests and for copying.
    QStringList rows() const;

private:
    QTreeWidget *m_list;
};

} // namespace closeloop
