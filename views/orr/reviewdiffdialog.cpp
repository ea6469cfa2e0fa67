#include "reviewdiffdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace closeloop {

ReviewDiffDialog::ReviewDiffDialog(const ReviewDiff &diff, const QString &before, const QString &after, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reviewDiffDialog"));
    setWindowTitle(tr("Changes since the previous review"));
    resize(760, 480);
    auto *heading = new QLabel(tr("From <b>%1</b> to <b>%2</b>").arg(before.toHtmlEscaped(), after.toHtmlEscaped()), this);
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("diffTree"));
    tree->setHeaderLabels({ tr("Axiom"), tr("Change") });
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    const struct {
        QString title;
        const QList<ReviewDiff::Change> *changes;
    } groups[] = { { tr("Answers changed"), &diff.answers },
                   { tr("Axioms added or revised"), &diff.axioms },
                   { tr("Waivers"), &diff.waivers },
                   { tr("Calculator inputs that moved"), &diff.inputs } };
    for (const auto &g : groups) {
        auto *group = new QTreeWidgetItem(tree, { tr("%1 (%2)").arg(g.title).arg(g.changes->size()) });
        group->setFirstColumnSpanned(true);
        for (const ReviewDiff::Change &c : *g.changes)
            new QTreeWidgetItem(group, { c.key, c.what });
        group->setExpanded(true);
    }
    if (diff.isEmpty())
        heading->setText(heading->text() + tr(": nothing changed."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
}

} // namespace closeloop
