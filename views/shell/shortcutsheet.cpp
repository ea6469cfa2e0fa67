#include "shortcutsheet.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 460);
}

QStringList ShortcutSheet::rows() const
{
    QStringList out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        out << m_list->topLevelItem(i)->text(1) + QLatin1Char('\t') + m_list->topLevelItem(i)->text(2);
    return out;
}

} // namespace closeloop
