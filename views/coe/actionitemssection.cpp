// Action items inline: what the COE commits to, with owner, due date,
// priority and type, and the items its own answers call for (monitoring
// after a customer-detected incident, a missing runbook) one click away.
#include "actions/actionrules.h"
#include "look/tones.h"
#include "coe/coechecks.h"
#include "coe/coechoices.h"
#include "coe/coedocument.h"
#include "cellcombo.h"
#include "fieldbinder.h"
#include "formsection.h"
#include "shell/prompts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace closeloop {

namespace {

enum Column { TitleColumn, OwnerColumn, DueColumn, PriorityColumn, TypeColumn, AddressesColumn, StatusColumn, ReasonColumn, TrackerColumn, ColumnCount };

const char *const kSomeoneElse = "someone-else";

const char *const kPriorityMeaning[] = {
    QT_TRANSLATE_NOOP("closeloop::ActionItems", "P0: do now; the risk is live"),
    QT_TRANSLATE_NOOP("closeloop::ActionItems", "P1: this sprint; likely to recur soon"),
    QT_TRANSLATE_NOOP("closeloop::ActionItems", "P2: this quarter"),
    QT_TRANSLATE_NOOP("closeloop::ActionItems", "P3: when convenient"),
};

class ActionItemsSection final : public FormSection {
    Q_OBJECT
public:
    ActionItemsSection(FieldBinder *binder, const CoeChoices &choices, PersonResolver resolvePerson)
        : FormSection(CoeSection::ActionItems, binder)
        , m_choices(choices)
        , m_resolvePerson(std::move(resolvePerson))
        , m_table(new QTableWidget)
        , m_proposals(new QWidget)
        , m_note(new QLabel)
    {
        m_table->setColumnCount(ColumnCount);
        m_table->setHorizontalHeaderLabels({ tr("Action"), tr("Owner"), tr("Due"), tr("Priority"), tr("Type"),
                                             tr("Addresses"), tr("Status"), tr("Reason if not done"), tr("Tracker (URL or key)") });
        m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
        m_table->horizontalHeader()->resizeSection(TitleColumn, 260);
        // The format where the header has no room for it: the column stays
        // as narrow as a date.
        m_table->horizontalHeaderItem(DueColumn)->setToolTip(tr("When it is due, written YYYY-MM-DD"));
        // Room for a full name in the owner's box.
        m_table->horizontalHeader()->resizeSection(OwnerColumn, m_table->fontMetrics().averageCharWidth() * 20);
        m_table->verticalHeader()->hide();
        m_table->setMinimumHeight(150);
        m_table->setTabKeyNavigation(false);
        m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
        binder->bindCustom(m_table, CoeField::ActionItems, [this](const QVariant &) { show(); });
        m_table->setObjectName(coeFieldKey(CoeField::ActionItems));
        connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) { cellEdited(item); });

        auto *proposalsLayout = new QVBoxLayout(m_proposals);
        proposalsLayout->setContentsMargins(0, 0, 0, 0);
        m_proposals->setObjectName(QStringLiteral("proposedActions"));
        addWide(m_proposals);
        addWide(m_table);
        addWide(binder->messageLabel(CoeField::ActionItems));
        // Advice, not an error: a late item is sometimes recorded late.
        m_note->setObjectName(QStringLiteral("actionItemsNote"));
        m_note->setWordWrap(true);
        m_note->setStyleSheet(themed(QStringLiteral("QLabel { color: #6b5300; }")));
        m_note->hide();
        addWide(m_note);

        auto *buttons = new QWidget;
        auto *row = new QHBoxLayout(buttons);
        row->setContentsMargins(0, 0, 0, 0);
        auto *add = new QPushButton(tr("Add action item"));
        add->setObjectName(QStringLiteral("addActionItem"));
        connect(add, &QPushButton::clicked, this, [this] { addItem(ActionItem {}); });
        auto *remove = new QPushButton(tr("Remove action item"));
        remove->setObjectName(QStringLiteral("removeActionItem"));
        connect(remove, &QPushButton::clicked, this, [this] { removeItem(); });
        row->addWidget(add);
        row->addWidget(remove);
        row->addStretch();
        addWide(buttons);

        connect(document(), &CoeDocument::changed, this, [this](CoeField f) {
            if (f == CoeField::DetectionMethod || f == CoeField::NoRunbook || f == CoeField::ActionItems)
                showProposals();
        });
        showProposals();
    }

private:
    QList<ActionItem> items() const { return document()->actionItems(); }

    void commit(const QList<ActionItem> &list)
    {
        m_editing = true;
        binder()->edit(CoeField::ActionItems, QVariant::fromValue(list));
        m_editing = false;
        updateNote();
    }

    // New items due before today start overdue: allowed, but said.
    void updateNote()
    {
        QStringList notes;
        const QList<ActionItem> list = items();
        const QDate today = QDate::currentDate();
        for (int r = 0; r < list.size(); ++r) {
            const ActionItem &a = list.at(r);
            if (a.id < 0 && a.isOpen() && a.due && *a.due < today)
                notes << tr("Row %1: the due date %2 is already past, so the item starts overdue. That is allowed for "
                            "work already late; if it is a typo, correct the date.")
                             .arg(r + 1)
                             .arg(a.due->toString(Qt::ISODate));
        }
        m_note->setText(notes.join(QLatin1Char('\n')));
        m_note->setVisible(!notes.isEmpty());
    }

    QComboBox *combo(int row, int column, const QList<std::pair<QString, QVariant>> &entries, const QVariant &current)
    {
        auto *c = new CellCombo;
        for (const auto &[text, value] : entries)
            c->addItem(text, value);
        for (int i = 0; i < c->count(); ++i)
            if (c->itemData(i) == current || (!c->itemData(i).isValid() && !current.isValid()))
                c->setCurrentIndex(i);
        connect(c, &QComboBox::activated, this, [this, row, column, c] { comboChosen(row, column, c->currentData()); });
        m_table->setCellWidget(row, column, c);
        return c;
    }

    void show()
    {
        if (m_editing)
            return;
        const QSignalBlocker block(m_table);
        const QList<ActionItem> list = items();
        m_table->setRowCount(int(list.size()));
        QList<std::pair<QString, QVariant>> people { { tr("(no owner)"), QVariant() } };
        for (const Choice &p : m_choices.people)
            people.append({ p.name, QVariant::fromValue(p.id) });
        people.append({ tr("Someone else…"), QString::fromLatin1(kSomeoneElse) });
        QList<std::pair<QString, QVariant>> priorities;
        for (int p = 0; p <= 3; ++p)
            priorities.append({ QStringLiteral("P%1").arg(p), p });
        QList<std::pair<QString, QVariant>> types, targets, statuses;
        for (ActionType t : enumValues<ActionType>())
            types.append({ enumLabel(t), int(t) });
        for (ActionTarget t : enumValues<ActionTarget>())
            targets.append({ enumLabel(t), int(t) });
        for (ActionStatus s : enumValues<ActionStatus>())
            statuses.append({ enumLabel(s), int(s) });

        for (int r = 0; r < list.size(); ++r) {
            const ActionItem &a = list.at(r);
            m_table->setItem(r, TitleColumn, new QTableWidgetItem(a.title));
            combo(r, OwnerColumn, people, a.ownerId ? QVariant::fromValue(*a.ownerId) : QVariant());
            m_table->setItem(r, DueColumn, new QTableWidgetItem(a.due ? a.due->toString(Qt::ISODate) : QString()));
            QComboBox *priority = combo(r, PriorityColumn, priorities, a.priority);
            for (int p = 0; p <= 3; ++p)
                priority->setItemData(p, QCoreApplication::translate("closeloop::ActionItems", kPriorityMeaning[p]), Qt::ToolTipRole);
            combo(r, TypeColumn, types, int(a.type));
            combo(r, AddressesColumn, targets, int(a.addresses));
            combo(r, StatusColumn, statuses, int(a.status));
            m_table->setItem(r, ReasonColumn, new QTableWidgetItem(a.statusReason));
            m_table->setItem(r, TrackerColumn, new QTableWidgetItem(a.trackerRef));
        }
        updateNote();
    }

    void cellEdited(QTableWidgetItem *item)
    {
        QList<ActionItem> list = items();
        const int r = item->row();
        if (r >= list.size())
            return;
        switch (item->column()) {
        case TitleColumn: list[r].title = item->text(); break;
        case ReasonColumn: list[r].statusReason = item->text(); break;
        case TrackerColumn: {
            // A link that cannot open is refused here, with the fix, and
            // never stored.
            const QString problem = checkTrackerRef(item->text());
            binder()->setParseError(CoeField::ActionItems, problem.isEmpty() ? QString() : tr("Row %1: %2").arg(r + 1).arg(problem));
            if (!problem.isEmpty())
                return;
            list[r].trackerRef = item->text().trimmed();
            break;
        }
        case DueColumn: {
            const QString text = item->text().trimmed();
            const QDate due = QDate::fromString(text, Qt::ISODate);
            if (!text.isEmpty() && !due.isValid()) {
                binder()->setParseError(CoeField::ActionItems,
                    tr("Row %1: \"%2\" is not a date; use YYYY-MM-DD, e.g. 2026-12-15.").arg(r + 1).arg(text.left(30)));
                return;
            }
            binder()->setParseError(CoeField::ActionItems, {});
            list[r].due = text.isEmpty() ? std::nullopt : std::optional<QDate>(due);
            break;
        }
        default: return;
        }
        commit(list);
    }

    void comboChosen(int r, int column, const QVariant &value)
    {
        QList<ActionItem> list = items();
        if (r >= list.size())
            return;
        ActionItem &a = list[r];
        switch (column) {
        case OwnerColumn:
            if (value.toString() == QLatin1String(kSomeoneElse)) {
                const auto id = askForOwner();
                if (!id) {
                    show(); // back to the owner it had
                    return;
                }
                a.ownerId = *id;
                commit(list);
                show(); // the new person is a choice in every row now
                return;
            }
            a.ownerId = value.isValid() ? OptionalId(value.toLongLong()) : std::nullopt;
            break;
        case PriorityColumn: {
            // A due date still at the old priority's default follows the new one.
            const QDate created = a.createdAt.isValid() ? a.createdAt.date() : QDate::currentDate();
            if (a.due && *a.due == m_choices.duePolicy.dueFor(a.priority, created))
                a.due = m_choices.duePolicy.dueFor(value.toInt(), created);
            a.priority = value.toInt();
            break;
        }
        case TypeColumn: a.type = ActionType(value.toInt()); break;
        case AddressesColumn: a.addresses = ActionTarget(value.toInt()); break;
        case StatusColumn:
            a.status = ActionStatus(value.toInt());
            a.doneOn = a.status == ActionStatus::Done ? std::optional<QDate>(QDate::currentDate()) : std::nullopt;
            break;
        default: return;
        }
        commit(list);
    }

    std::optional<Id> askForOwner()
    {
        const QString name = Prompts::text(this, tr("Owner"), tr("Who owns this action item? Type their name:"));
        if (name.isEmpty() || !m_resolvePerson)
            return std::nullopt;
        return m_resolvePerson(name);
    }

    void addItem(ActionItem item)
    {
        QList<ActionItem> list = items();
        item.id = document()->temporaryId();
        item.source = ActionSource::Coe;
        item.sourceId = document()->id();
        // The team's default time for the priority; the author can change it.
        if (!item.due)
            item.due = m_choices.duePolicy.dueFor(item.priority, QDate::currentDate());
        if (item.title.isEmpty())
            item.title = tr("New action item");
        list.append(item);
        binder()->edit(CoeField::ActionItems, QVariant::fromValue(list));
        const int row = int(list.size()) - 1;
        m_table->setCurrentCell(row, TitleColumn);
        m_table->setFocus();
        if (item.title == tr("New action item"))
            m_table->editItem(m_table->item(row, TitleColumn));
    }

    void removeItem()
    {
        const int r = m_table->currentRow();
        QList<ActionItem> list = items();
        if (r < 0 || r >= list.size())
            return;
        list.removeAt(r);
        binder()->edit(CoeField::ActionItems, QVariant::fromValue(list));
    }

    void showProposals()
    {
        QLayout *layout = m_proposals->layout();
        // deleteLater: this runs inside the click on one of these buttons.
        while (QLayoutItem *child = layout->takeAt(0)) {
            child->widget()->hide();
            child->widget()->deleteLater();
            delete child;
        }
        const QList<ActionItem> proposals = proposedActionItems(document()->coe(), items());
        for (const ActionItem &p : proposals) {
            auto *row = new QWidget;
            auto *h = new QHBoxLayout(row);
            h->setContentsMargins(6, 4, 6, 4);
            row->setStyleSheet(themed(QStringLiteral("QWidget { background: #fdf3e1; }")));
            auto *text = new QLabel(tr("Proposed (%1): %2").arg(enumLabel(p.addresses), p.title));
            text->setWordWrap(true);
            auto *accept = new QPushButton(tr("Add it"));
            accept->setObjectName(QStringLiteral("accept_") + enumKey(p.addresses));
            connect(accept, &QPushButton::clicked, this, [this, p] { addItem(p); });
            h->addWidget(text, 1);
            h->addWidget(accept);
            layout->addWidget(row);
        }
        m_proposals->setVisible(!proposals.isEmpty());
    }

    const CoeChoices &m_choices;
    PersonResolver m_resolvePerson;
    QTableWidget *m_table;
    QWidget *m_proposals;
    QLabel *m_note;
    bool m_editing = false;
};

} // namespace

FormSection *createActionItemsSection(FieldBinder *binder, const CoeChoices &choices, PersonResolver resolvePerson)
{
    return new ActionItemsSection(binder, choices, std::move(resolvePerson));
}

} // namespace closeloop

#include "actionitemssection.moc"
