#pragma once

#include <QDialog>
#include <QKeySequence>

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

    // The keys of the COE and review windows, which have no menus: window,
    // action, keys. tst_coewindow checks each is bound.
    struct WindowKey {
        QString window;
        QString action;
        QKeySequence keys;
    };
    static QList<WindowKey> recordWindowKeys();

private:
    QTreeWidget *m_list;
};

} // namespace closeloop
