#include "postmortempreview.h"

#include "domain/oneline.h"
#include "import/postmortem.h"

#include <QHeaderView>

namespace closeloop {

namespace {

const QColor kMissing(0x6b, 0x6b, 0x6b);
const QColor kWarning(0x8a, 0x4b, 0x00);

} // namespace

PostmortemPreview::PostmortemPreview(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("importPreview"));
    setAccessibleName(tr("What the postmortem becomes"));
    setHeaderLabels({ tr("In the COE"), tr("From the file") });
    setColumnCount(2);
    setWordWrap(true);
    setUniformRowHeights(false);
    setAlternatingRowColors(true);
    header()->setSectionResizeMode(0, QHeaderView::Interactive);
    header()->resizeSection(0, 200);
    header()->setStretchLastSection(true);
}

void PostmortemPreview::showProblem(const QString &problem)
{
    clear();
    auto *item = new QTreeWidgetItem(this, { tr("Not imported"), problem });
    item->setForeground(1, kWarning);
    item->setData(1, Qt::UserRole, problem);
    setCurrentItem(item);
}

void PostmortemPreview::showPostmortem(const ImportedPostmortem &pm)
{
    clear();
    auto add = [this](const QString &field, const QString &value, QTreeWidgetItem *parent = nullptr) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
        item->setText(0, field);
        if (value.isEmpty()) {
            item->setText(1, tr("not in the file"));
            item->setForeground(1, kMissing);
        } else {
            item->setText(1, oneLine(value, 300));
            item->setData(1, Qt::UserRole, value);
        }
        return item;
    };
    auto addTime = [&](const QString &field, const std::optional<LooseTime> &t) {
        QTreeWidgetItem *item = add(field, {});
        if (!t)
            return;
        if (t->isInstant()) {
            item->setText(1, tr("%1 (as written: %2)").arg(t->iso(), t->describe()));
            item->setForeground(1, palette().color(QPalette::Text));
        } else {
            item->setText(1, tr("not saved: %1").arg(t->describe()));
            item->setData(1, Qt::UserRole, tr("%1\n\nA time needs a date, a time and a time zone to be saved. This one is kept in the COE's notes as written.").arg(t->describe()));
            item->setForeground(1, kWarning);
        }
    };
    add(tr("Title"), pm.title);
    add(tr("Services"), pm.services.join(QStringLiteral(", ")));
    add(tr("Severity (as written)"), pm.severity);
    add(tr("Summary"), pm.summary);
    add(tr("Impact"), pm.impact);
    addTime(tr("Impact started"), pm.startedAt);
    addTime(tr("Detected"), pm.detectedAt);
    addTime(tr("Mitigated"), pm.mitigatedAt);
    addTime(tr("Resolved"), pm.resolvedAt);
    add(tr("Detection method"), pm.detectionMethod);
    add(tr("Detection"), pm.detection);
    add(tr("Trigger"), pm.trigger);
    add(tr("Resolution"), pm.resolution);
    add(tr("Root cause"), pm.rootCause);

    QTreeWidgetItem *whys = add(tr("Five Whys"), pm.whys.isEmpty() ? QString() : tr("Answers: %1").arg(pm.whys.size()));
    for (int i = 0; i < pm.whys.size(); ++i)
        add(tr("Why %1").arg(i + 1), pm.whys.at(i), whys);
    QTreeWidgetItem *actions = add(tr("Action items"), pm.actions.isEmpty() ? QString() : tr("Items: %1").arg(pm.actions.size()));
    for (int i = 0; i < pm.actions.size(); ++i) {
        const ImportedAction &a = pm.actions.at(i);
        QStringList about;
        about << (a.owner.isEmpty() ? tr("no owner") : tr("owner %1").arg(a.owner));
        if (!a.due.isEmpty())
            about << tr("due %1").arg(a.due);
        if (a.done)
            about << (*a.done ? tr("done") : tr("open"));
        add(tr("Item %1").arg(i + 1), QStringLiteral("%1 (%2)").arg(a.title, about.join(QStringLiteral(", "))), actions);
    }
    QTreeWidgetItem *timeline = add(tr("Timeline"), pm.timeline.isEmpty() ? QString() : tr("Events: %1").arg(pm.timeline.size()));
    for (const ImportedEvent &e : pm.timeline)
        add(e.at ? e.at->describe() : tr("(no time)"), e.text, timeline);
    add(tr("Lessons learned"), pm.lessons);
    QTreeWidgetItem *notes = add(tr("Kept as notes"), pm.unmapped.isEmpty() ? QString() : tr("Sections with no field of their own: %1").arg(pm.unmapped.size()));
    for (const ImportedNote &n : pm.unmapped)
        add(n.heading, n.text, notes);
    for (const QString &w : pm.warnings) {
        QTreeWidgetItem *item = add(tr("Warning"), w);
        item->setForeground(0, kWarning);
        item->setForeground(1, kWarning);
    }
    expandItem(whys);
    expandItem(actions);
    setCurrentItem(topLevelItem(0));
}

QString PostmortemPreview::fullText(QTreeWidgetItem *item)
{
    if (!item)
        return {};
    const QString full = item->data(1, Qt::UserRole).toString();
    return full.isEmpty() ? item->text(1) : full;
}

QString PostmortemPreview::valueOf(const QString &field) const
{
    const QList<QTreeWidgetItem *> found = findItems(field, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return found.isEmpty() ? QString() : found.first()->text(1);
}

} // namespace closeloop
