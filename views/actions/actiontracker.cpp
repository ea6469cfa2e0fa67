#include "actiontracker.h"
#include "look/actionicons.h"
#include "look/tones.h"

#include "actions/actionexport.h"
#include "bulkeditcommand.h"
#include "lists/listpage.h"
#include "models/listfilterproxy.h"
#include "models/listmodels.h"
#include "shell/databasesession.h"
#include "shell/personprompt.h"
#include "shell/prompts.h"
#include "storage/actionitemrepository.h"
#include "storage/actionlistreader.h"
#include "storage/personrepository.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>

namespace closeloop {

ActionTracker::ActionTracker(ListPage *page, ActionItemListModel *model, DatabaseSession *session)
    : QObject(page)
    , m_page(page)
    , m_model(model)
    , m_session(session)
    , m_undo(new QUndoStack(this))
    , m_summary(new QLabel(page))
    , m_showOverdue(new QPushButton(tr("Show them"), page))
{
    auto *header = new QWidget(page);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(10, 6, 10, 6);
    header->setObjectName(QStringLiteral("overdueStrip"));
    // Calm on purpose: overdue work needs a plan, not an alarm.
    header->setStyleSheet(themed(QStringLiteral("#overdueStrip { background: #eef3f8; border: 1px solid #d3dee9; border-radius: 4px; }"
                                         " QLabel { color: #29425a; }")));
    m_summary->setObjectName(QStringLiteral("overdueSummary"));
    m_summary->setWordWrap(true);
    m_showOverdue->setObjectName(QStringLiteral("showOverdue"));
    connect(m_showOverdue, &QPushButton::clicked, this, &ActionTracker::showOverdue);
    row->addWidget(m_summary, 1);
    row->addWidget(m_showOverdue);
    page->addHeader(header);
    page->addBar(createFilterBar());
    page->addBar(createActionBar());

    connect(m_model, &RecordListModel::reloaded, this, &ActionTracker::modelReloaded);
    connect(m_page->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActionTracker::selectionChanged);
    connect(m_page->table(), &QTableView::activated, this, &ActionTracker::openCurrent);
    // The commands write to one database; they mean nothing in another.
    connect(m_session, &DatabaseSession::databaseChanged, m_undo, &QUndoStack::clear);
    // The rest is filled when the list is first read (reloaded()).
    refillNames(m_owner, {}, tr("All owners"));
    refillNames(m_service, {}, tr("All services"));
    m_summary->parentWidget()->setVisible(false);
    m_showOverdue->setVisible(false);
    selectionChanged();
}

QComboBox *ActionTracker::addCombo(QWidget *bar, const QString &objectName, const QString &label, const QString &tip)
{
    auto *combo = new QComboBox(bar);
    combo->setObjectName(objectName);
    combo->setAccessibleName(label);
    combo->setToolTip(tip);
    // Narrow enough that seven filters fit a laptop screen in German too;
    // the open list shows each choice in full.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(9);
    bar->layout()->addWidget(combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &ActionTracker::filterChanged);
    return combo;
}

QWidget *ActionTracker::createFilterBar()
{
    auto *bar = new QWidget(m_page);
    bar->setObjectName(QStringLiteral("trackerFilters"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_owner = addCombo(bar, QStringLiteral("ownerFilter"), tr("Owner"), tr("Only the items this person owns."));
    m_service = addCombo(bar, QStringLiteral("serviceFilter"), tr("Service"), tr("Only the items for this service."));
    m_source = addCombo(bar, QStringLiteral("sourceFilter"), tr("Source"),
                        tr("Only the items that came from COEs, from ORR answers, or from working-group findings."));
    m_priority = addCombo(bar, QStringLiteral("priorityFilter"), tr("Priority"),
                          tr("Only the items of this priority; P0 is the most urgent."));
    m_type = addCombo(bar, QStringLiteral("typeFilter"), tr("Type"),
                      tr("Only the items that prevent, detect or mitigate a failure."));
    m_strength = addCombo(bar, QStringLiteral("strengthFilter"), tr("Strength"),
                          tr("Only the items this strong: a change to the system is strong, a reminder or "
                             "training is weak."));
    m_due = addCombo(bar, QStringLiteral("dueFilter"), tr("Due"), tr("Only the items overdue, due soon, or with no due date."));
    row->addStretch();

    const QSignalBlocker b1(m_source), b2(m_priority), b3(m_type), b4(m_strength), b5(m_due);
    m_source->addItem(tr("All sources"), -1);
    for (ActionSource s : enumValues<ActionSource>())
        m_source->addItem(enumLabel(s), int(s));
    m_priority->addItem(tr("All priorities"), -1);
    for (int p = 0; p <= 3; ++p)
        m_priority->addItem(QStringLiteral("P%1").arg(p), p);
    m_type->addItem(tr("All types"), -1);
    for (ActionType t : enumValues<ActionType>())
        m_type->addItem(enumLabel(t), int(t));
    m_strength->addItem(tr("Any strength"), -1);
    for (ActionStrength s : enumValues<ActionStrength>())
        m_strength->addItem(enumLabel(s), int(s));
    m_due->addItem(tr("Any due date"), int(Due::Any));
    m_due->addItem(tr("Overdue"), int(Due::Overdue));
    m_due->addItem(tr("Due within 7 days"), int(Due::Within7Days));
    m_due->addItem(tr("Due within 30 days"), int(Due::Within30Days));
    m_due->addItem(tr("No due date"), int(Due::NoDueDate));
    return bar;
}

QWidget *ActionTracker::createActionBar()
{
    auto *bar = new QWidget(m_page);
    bar->setObjectName(QStringLiteral("trackerActions"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_selected = new QLabel(bar);
    m_selected->setObjectName(QStringLiteral("selectedCount"));
    m_selected->setWordWrap(true);
    m_open = new QPushButton(tr("Open source"), bar);
    m_open->setObjectName(QStringLiteral("openSource"));
    m_open->setToolTip(tr("Open the COE, ORR review or finding the item came from (Enter or double-click)"));
    connect(m_open, &QPushButton::clicked, this, &ActionTracker::openCurrent);

    m_status = new QToolButton(bar);
    m_status->setObjectName(QStringLiteral("bulkStatus"));
    m_status->setText(tr("Set status"));
    m_status->setPopupMode(QToolButton::InstantPopup);
    auto *statusMenu = new QMenu(m_status);
    for (ActionStatus s : enumValues<ActionStatus>()) {
        QAction *a = statusMenu->addAction(s == ActionStatus::WontDo ? tr("%1…").arg(enumLabel(s)) : enumLabel(s),
                                           this, [this, s] { setStatus(s); });
        a->setObjectName(QStringLiteral("status_") + enumKey(s));
    }
    m_status->setMenu(statusMenu);
    m_reassign = new QPushButton(tr("Reassign…"), bar);
    m_reassign->setObjectName(QStringLiteral("bulkOwner"));
    connect(m_reassign, &QPushButton::clicked, this, &ActionTracker::reassign);
    m_dueButton = new QPushButton(tr("Set due date…"), bar);
    m_dueButton->setObjectName(QStringLiteral("bulkDue"));
    connect(m_dueButton, &QPushButton::clicked, this, &ActionTracker::setDue);

    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("trackerUndo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("trackerRedo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_page->addAction(undo);
    m_page->addAction(redo);
    // Icons only, the words in their tooltips: the row has more to hold.
    undo->setIcon(actionIcon(QStringLiteral("undo")));
    redo->setIcon(actionIcon(QStringLiteral("redo")));
    auto *undoButton = new QToolButton(bar);
    undoButton->setDefaultAction(undo);
    undoButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    auto *redoButton = new QToolButton(bar);
    redoButton->setDefaultAction(redo);
    redoButton->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto *csv = new QPushButton(tr("Export CSV…"), bar);
    csv->setObjectName(QStringLiteral("exportCsv"));
    csv->setToolTip(tr("Save the items the filters show as CSV"));
    connect(csv, &QPushButton::clicked, this, &ActionTracker::exportCsv);
    auto *digest = new QToolButton(bar);
    digest->setObjectName(QStringLiteral("digest"));
    digest->setText(tr("Follow-up digest"));
    digest->setToolTip(tr("Each owner's unfinished items among those shown, as Markdown for mail or chat"));
    digest->setPopupMode(QToolButton::InstantPopup);
    auto *digestMenu = new QMenu(digest);
    digestMenu->addAction(tr("Copy to the clipboard"), this, &ActionTracker::copyDigest)->setObjectName(QStringLiteral("copyDigest"));
    digestMenu->addAction(tr("Save as Markdown…"), this, &ActionTracker::saveDigest)->setObjectName(QStringLiteral("saveDigest"));
    digest->setMenu(digestMenu);

    // The hint takes the spare width, so it wraps only when the row is full.
    row->addWidget(m_selected, 1);
    row->addWidget(m_open);
    row->addWidget(m_status);
    row->addWidget(m_reassign);
    row->addWidget(m_dueButton);
    row->addSpacing(12);
    row->addWidget(undoButton);
    row->addWidget(redoButton);
    row->addSpacing(12);
    row->addWidget(csv);
    row->addWidget(digest);
    return bar;
}

ActionFilter ActionTracker::filter() const
{
    ActionFilter f;
    f.owner = m_owner->currentData().toString();
    f.service = m_service->currentData().toString();
    if (const int s = m_source->currentData().toInt(); s >= 0)
        f.source = ActionSource(s);
    if (const int p = m_priority->currentData().toInt(); p >= 0)
        f.priority = p;
    if (const int t = m_type->currentData().toInt(); t >= 0)
        f.type = ActionType(t);
    if (const int s = m_strength->currentData().toInt(); s >= 0)
        f.strength = ActionStrength(s);
    switch (Due(m_due->currentData().toInt())) {
    case Due::Any: break;
    case Due::Overdue: f.overdueOnly = true; break;
    case Due::Within7Days: f.dueBy = m_model->today().addDays(7); break;
    case Due::Within30Days: f.dueBy = m_model->today().addDays(30); break;
    case Due::NoDueDate: f.noDueDateOnly = true; break;
    }
    return f;
}

QString ActionTracker::summary() const
{
    return m_summary->text();
}

void ActionTracker::showOverdue()
{
    m_due->setCurrentIndex(m_due->findData(int(Due::Overdue)));
}

void ActionTracker::filterChanged()
{
    m_model->setFilter(filter());
    m_page->updateCount();
}

void ActionTracker::refillNames(QComboBox *combo, const QStringList &names, const QString &all)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(all, QString());
    for (const QString &name : names)
        combo->addItem(name, name);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void ActionTracker::modelReloaded()
{
    QStringList owners, services;
    Database *db = m_session->database();
    if (db && m_model->hasDatabase()) { // not while the list is merely emptied
        ActionListReader reader(*db);
        auto o = reader.ownerNames();
        auto s = reader.serviceNames();
        if (!o || !s)
            Q_EMIT problem(!o ? o.errorMessage() : s.errorMessage());
        owners = o ? o.value() : QStringList();
        services = s ? s.value() : QStringList();
    }
    refillNames(m_owner, owners, tr("All owners"));
    refillNames(m_service, services, tr("All services"));
    if (m_model->filter() != filter())
        filterChanged();

    m_summary->setText(overdueSummary(m_model->overdue(), m_model->today()));
    m_summary->parentWidget()->setVisible(m_model->recordTotal() > 0);
    m_showOverdue->setVisible(m_model->overdueCount() > 0);

    if (m_keepSelected.isEmpty())
        return;
    QItemSelection selection;
    for (Id id : std::as_const(m_keepSelected)) {
        const QModelIndex index = m_page->shownIndexOfSourceRow(m_model->rowOfId(id));
        if (index.isValid())
            selection.select(index, index);
    }
    m_keepSelected.clear();
    m_page->table()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ActionTracker::selectionChanged()
{
    const int count = int(m_page->table()->selectionModel()->selectedRows().size());
    m_selected->setText(count == 0 ? tr("Select items to change them") : count == 1 ? tr("1 selected") : tr("%1 selected").arg(count));
    m_open->setEnabled(count == 1);
    m_status->setEnabled(count > 0);
    m_reassign->setEnabled(count > 0);
    m_dueButton->setEnabled(count > 0);
}

void ActionTracker::openCurrent()
{
    const QList<int> rows = m_page->selectedSourceRows();
    const int row = rows.size() == 1 ? rows.first() : m_page->sourceRowOf(m_page->table()->currentIndex());
    if (row < 0 || row >= m_model->rowCount())
        return;
    const ActionItemSummary &s = m_model->rowAt(row);
    Q_EMIT openRecord(s.item.source, s.sourceRecordId);
}

void ActionTracker::setStatus(ActionStatus status)
{
    BulkEdit edit;
    edit.status = status;
    if (status == ActionStatus::WontDo) {
        edit.statusReason = Prompts::text(m_page, tr("Won't do"),
                                          tr("Why will these items not be done? The reason is kept with each item."));
        if (edit.statusReason.isEmpty())
            return;
    }
    applyEdit(edit);
}

void ActionTracker::reassign()
{
    Database *db = m_session->database();
    if (!db)
        return;
    auto people = PersonRepository(*db).list();
    if (!people) {
        Q_EMIT problem(people.errorMessage());
        return;
    }
    QStringList names;
    for (const Person &p : people.value())
        names << p.name;
    names.sort(Qt::CaseInsensitive);
    const QString noOwner = tr("(no owner)");
    names.prepend(noOwner);
    const QString answer = Prompts::pick(m_page, tr("Reassign"), tr("New owner of the selected items (or type a new name):"),
                                         names, 0, true);
    if (answer.isEmpty())
        return;
    BulkEdit edit;
    if (answer == noOwner) {
        edit.owner = OptionalId();
        applyEdit(edit);
        return;
    }
    auto person = findOrOfferPerson(m_page, *db, answer);
    if (!person) {
        Q_EMIT problem(person.errorMessage());
        return;
    }
    if (!person.value())
        return; // declined to add someone new: nothing changes
    edit.owner = OptionalId(person.value()->id);
    applyEdit(edit, person.value()->name);
}

void ActionTracker::setDue()
{
    const QString answer = Prompts::text(m_page, tr("Set due date"),
                                         tr("New due date for the selected items (YYYY-MM-DD), or “none” to clear it:"),
                                         m_model->today().addDays(28).toString(Qt::ISODate));
    if (answer.isEmpty())
        return;
    BulkEdit edit;
    if (answer.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        edit.due = std::optional<QDate>();
    } else {
        const QDate due = QDate::fromString(answer, Qt::ISODate);
        if (!due.isValid()) {
            Q_EMIT problem(tr("“%1” is not a date: use YYYY-MM-DD, e.g. %2. Nothing was changed.")
                               .arg(answer.left(40), m_model->today().addDays(28).toString(Qt::ISODate)));
            return;
        }
        edit.due = std::optional<QDate>(due);
    }
    if (applyEdit(edit) && edit.due->has_value() && **edit.due < m_model->today())
        Q_EMIT message(tr("%1 is already past: the items are overdue from now on.").arg((*edit.due)->toString(Qt::ISODate)));
}

bool ActionTracker::applyEdit(const BulkEdit &edit, const QString &ownerName)
{
    Database *db = m_session->database();
    if (!db)
        return false;
    QList<ActionItem> before;
    QList<Id> ids;
    for (int row : m_page->selectedSourceRows()) {
        before.append(m_model->rowAt(row).item);
        ids.append(before.last().id);
    }
    auto after = applyBulkEdit(before, edit, m_model->today());
    if (!after) {
        Q_EMIT problem(after.errorMessage());
        return false;
    }
    QList<ActionItem> stored = std::move(after).value();
    if (auto s = ActionItemRepository(*db).updateAll(stored); !s) {
        Q_EMIT problem(tr("%1 Nothing was changed; reload (F5) to see the latest.").arg(s.errorMessage()));
        return false;
    }
    m_keepSelected = ids;
    m_undo->push(new BulkEditCommand(*db, before, stored, edit.describe(int(before.size()), ownerName),
                                     [this, ids](const Status &s) {
                                         m_keepSelected = ids; // undo and redo select what they changed
                                         written(s);
                                     }));
    written({});
    return true;
}

void ActionTracker::written(const Status &status)
{
    Q_EMIT changed(); // reloads every list, which clears old problems: report after
    if (!status)
        Q_EMIT problem(tr("%1 Nothing was changed; reload (F5) to see the latest.").arg(status.errorMessage()));
    else
        Q_EMIT message(m_undo->undoText());
}

QList<ActionItemSummary> ActionTracker::visibleItems()
{
    auto items = m_model->allRows();
    if (!items) {
        Q_EMIT problem(items.errorMessage());
        return {};
    }
    return std::move(items).value();
}

bool ActionTracker::saveText(const QString &title, const QString &suggested, const QString &filter, const QString &text, int count)
{
    const QString path = Prompts::saveFile(m_page, title, QDir::home().filePath(suggested), filter);
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        Q_EMIT problem(tr("Could not save %1: %2. Choose another folder.").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    Q_EMIT message(tr("Saved %1 action items to %2").arg(count).arg(QDir::toNativeSeparators(path)));
    return true;
}

void ActionTracker::exportCsv()
{
    const QList<ActionItemSummary> items = visibleItems();
    saveText(tr("Export action items as CSV"), QStringLiteral("action-items.csv"), tr("CSV files (*.csv)"),
             actionsToCsv(items, m_model->today()), int(items.size()));
}

void ActionTracker::copyDigest()
{
    const QList<ActionItemSummary> items = visibleItems();
    QApplication::clipboard()->setText(followUpDigest(items, m_model->today()));
    Q_EMIT message(tr("Copied the follow-up digest of %1 action items to the clipboard").arg(items.size()));
}

void ActionTracker::saveDigest()
{
    const QList<ActionItemSummary> items = visibleItems();
    saveText(tr("Save the follow-up digest"), QStringLiteral("follow-up-%1.md").arg(m_model->today().toString(Qt::ISODate)),
             tr("Markdown files (*.md)"), followUpDigest(items, m_model->today()), int(items.size()));
}

} // namespace closeloop
