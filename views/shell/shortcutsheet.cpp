#include "shortcutsheet.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace closeloop {

namespace {

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

void addMenu(QTreeWidget *list, const QMenu *menu, const QString &path)
{
    for (const QAction *a : menu->actions()) {
        if (a->menu()) {
            addMenu(list, a->menu(), path + QStringLiteral(" › ") + plain(a->text()));
            continue;
        }
        if (a->isSeparator() || a->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        new QTreeWidgetItem(list, { path, plain(a->text()), keys.join(QStringLiteral(", ")) });
    }
}

} // namespace

ShortcutSheet::ShortcutSheet(const QMenuBar *menus, QWidget *parent) : QDialog(parent), m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutSheet"));
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({ tr("Menu"), tr("Action"), tr("Keys") });
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const QAction *top : menus->actions())
        if (top->menu())
            addMenu(m_list, top->menu(), plain(top->text()));
    for (const WindowKey &k : recordWindowKeys())
        new QTreeWidgetItem(m_list, { k.window, k.action, k.keys.toString(QKeySequence::NativeText) });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 460);
}

QList<ShortcutSheet::WindowKey> ShortcutSheet::recordWindowKeys()
{
    const QString coe = tr("COE window");
    const QString review = tr("Review window");
    return {
        { coe, tr("Save"), QKeySequence(QKeySequence::Save) },
        { coe, tr("Undo"), QKeySequence(QKeySequence::Undo) },
        { coe, tr("Redo"), QKeySequence(QKeySequence::Redo) },
        { coe, tr("Submit for review"), QKeySequence(QStringLiteral("Ctrl+Return")) },
        { coe, tr("Go to section 1 to 9"), QKeySequence(QStringLiteral("Alt+1")) },
        { coe, tr("Go to the outline"), QKeySequence(QStringLiteral("Ctrl+L")) },
        { coe, tr("Guide to this section"), QKeySequence(Qt::Key_F1) },
        { coe, tr("Close the window"), QKeySequence(QKeySequence::Close) },
        { review, tr("Save the answer"), QKeySequence(QKeySequence::Save) },
    };
}

QStringList ShortcutSheet::rows() const
{
    QStringList out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        out << m_list->topLevelItem(i)->text(1) + QLatin1Char('\t') + m_list->topLevelItem(i)->text(2);
    return out;
}

} // namespace closeloop
