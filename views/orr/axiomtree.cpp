#include "axiomtree.h"
#include "look/tones.h"

#include "orr/reviewrules.h"

#include <QHeaderView>

namespace closeloop {

namespace {

constexpr int kAxiomRole = Qt::UserRole;
constexpr int kOpenRole = Qt::UserRole + 1;

QColor stateColor(AnswerState state, bool holds)
{
    switch (state) {
    case AnswerState::Met:
        return themed(QColor(0x1b, 0x5e, 0x20));
    case AnswerState::NotMet:
        return themed(QColor(0x8e, 0x1b, 0x1b));
    case AnswerState::Waived:
        return holds ? themed(QColor(0x8a, 0x5a, 0x00)) : themed(QColor(0x8e, 0x1b, 0x1b));
    case AnswerState::NotApplicable:
    case AnswerState::Unanswered:
        break;
    }
    return themed(QColor(0x60, 0x6b, 0x73));
}

} // namespace

AxiomTree::AxiomTree(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("axiomTree"));
    setAccessibleName(tr("Axioms"));
    setHeaderLabels({ tr("Axiom"), tr("Answer") });
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setUniformRowHeights(true);
    headerItem()->setToolTip(0, tr("Axioms in bold block launch until they are met or waived"));
}

void AxiomTree::fill(QTreeWidgetItem *item, const Axiom &axiom, const OrrAnswer &answer, const QDate &today)
{
    const bool holds = answerHolds(answer, today);
    QString state = answer.state == AnswerState::Unanswered ? tr("—") : enumLabel(answer.state);
    if (answer.state == AnswerState::Waived && !holds)
        state = tr("Waiver expired");
    item->setText(0, QStringLiteral("%1  %2").arg(axiom.key, axiom.statement.left(90)));
    item->setText(1, state);
    item->setForeground(1, stateColor(answer.state, holds));
    QFont font = item->font(0);
    font.setBold(axiom.launchBlocking);
    item->setFont(0, font);
    item->setToolTip(0, axiom.launchBlocking ? tr("%1 (blocks launch)").arg(axiom.statement) : axiom.statement);
    item->setData(0, kAxiomRole, axiom.id);
    item->setData(0, kOpenRole, !holds && answer.state != AnswerState::NotApplicable);
}

void AxiomTree::populate(const ReviewContext &context, const QDate &today)
{
    const Id selected = currentAxiomId();
    const QSignalBlocker blocker(this);
    clear();
    QHash<QString, QTreeWidgetItem *> areas;
    QHash<QString, QPair<int, int>> counts;
    for (const OrrAnswer &a : context.review.answers) {
        const Axiom &axiom = context.axioms.value(a.axiomId);
        QTreeWidgetItem *&area = areas[axiom.area];
        if (!area) {
            area = new QTreeWidgetItem(this);
            area->setFirstColumnSpanned(false);
            area->setFlags(Qt::ItemIsEnabled);
            area->setExpanded(true);
        }
        fill(new QTreeWidgetItem(area), axiom, a, today);
        counts[axiom.area].first += a.state == AnswerState::Unanswered ? 0 : 1;
        counts[axiom.area].second += 1;
    }
    for (auto it = areas.cbegin(); it != areas.cend(); ++it) {
        it.value()->setText(0, it.key());
        it.value()->setText(1, tr("%1/%2").arg(counts.value(it.key()).first).arg(counts.value(it.key()).second));
        // Headings read as headings, apart from the launch-blocking axioms in bold.
        for (int column : { 0, 1 }) {
            it.value()->setBackground(column, themed(QColor(0xec, 0xef, 0xf1)));
            it.value()->setForeground(column, themed(QColor(0x37, 0x47, 0x4f)));
        }
    }
    if (selected)
        selectAxiom(selected);
}

Id AxiomTree::currentAxiomId() const
{
    return currentItem() ? currentItem()->data(0, kAxiomRole).toLongLong() : 0;
}

bool AxiomTree::selectAxiom(Id axiomId)
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        for (int j = 0; j < topLevelItem(i)->childCount(); ++j)
            if (QTreeWidgetItem *item = topLevelItem(i)->child(j); item->data(0, kAxiomRole).toLongLong() == axiomId) {
                setCurrentItem(item);
                scrollToItem(item);
                return true;
            }
    return false;
}

Id AxiomTree::firstOpenAxiom() const
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        for (int j = 0; j < topLevelItem(i)->childCount(); ++j)
            if (topLevelItem(i)->child(j)->data(0, kOpenRole).toBool())
                return topLevelItem(i)->child(j)->data(0, kAxiomRole).toLongLong();
    return 0;
}

} // namespace closeloop
