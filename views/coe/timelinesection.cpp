// Timeline: the events from before the impact to its resolution. Any
// event can become one of the five named moments of the impact window.
#include "coe/coedocument.h"
#include "coe/timeinput.h"
#include "cellcombo.h"
#include "fieldbinder.h"
#include "formsection.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>

namespace closeloop {

namespace {

enum Column { TimeColumn, KindColumn, TextColumn, EvidenceColumn, ColumnCount };

class TimelineSection final : public FormSection {
    Q_OBJECT
public:
    explicit TimelineSection(FieldBinder *binder) : FormSection(CoeSection::Timeline, binder), m_table(new QTableWidget)
    {
        m_table->setColumnCount(ColumnCount);
        m_table->setHorizontalHeaderLabels({ tr("Time (with UTC offset)"), tr("Kind"), tr("What happened"), tr("Evidence link") });
        m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
        m_table->horizontalHeader()->resizeSection(TimeColumn, 200);
        m_table->verticalHeader()->hide();
        m_table->setMinimumHeight(160);
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setTabKeyNavigation(false); // Tab leaves the table and goes on through the form
        m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
        binder->bindCustom(m_table, CoeField::Timeline, [this](const QVariant &v) { show(v.value<QList<TimelineEvent>>()); });
        m_table->setObjectName(coeFieldKey(CoeField::Timeline));
        connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) { cellEdited(item); });
        addWide(m_table);
        addWide(binder->messageLabel(CoeField::Timeline));

        auto *buttons = new QWidget;
        auto *row = new QHBoxLayout(buttons);
        row->setContentsMargins(0, 0, 0, 0);
        auto *add = new QPushButton(tr("Add event"));
        add->setObjectName(QStringLiteral("addTimelineEvent"));
        connect(add, &QPushButton::clicked, this, [this] { addEvent(); });
        auto *remove = new QPushButton(tr("Remove event"));
        remove->setObjectName(QStringLiteral("removeTimelineEvent"));
        connect(remove, &QPushButton::clicked, this, [this] { removeEvent(); });
        auto *setAs = new QToolButton;
        setAs->setObjectName(QStringLiteral("setTimelineMoment"));
        setAs->setText(tr("Use this time as…"));
        setAs->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(setAs);
        for (CoeField f : impactWindowFields()) {
            QAction *a = menu->addAction(coeFieldLabel(f), this, [this, f] { useAs(f); });
            a->setObjectName(QStringLiteral("useAs_") + coeFieldKey(f));
        }
        setAs->setMenu(menu);
        row->addWidget(add);
        row->addWidget(remove);
        row->addWidget(setAs);
        row->addStretch();
        addWide(buttons);
    }

private:
    QList<TimelineEvent> events() const { return document()->coe().timeline; }

    void show(const QList<TimelineEvent> &events)
    {
        if (m_editing)
            return;
        const QSignalBlocker block(m_table);
        m_table->setRowCount(int(events.size()));
        for (int r = 0; r < events.size(); ++r) {
            const TimelineEvent &e = events.at(r);
            m_table->setItem(r, TimeColumn, new QTableWidgetItem(e.at.utc.isValid() ? formatUserInstant(e.at) : QString()));
            auto *kind = new CellCombo;
            for (TimelineKind k : enumValues<TimelineKind>())
                kind->addItem(enumLabel(k), int(k));
            kind->setCurrentIndex(kind->findData(int(e.kind)));
            connect(kind, &QComboBox::activated, this, [this, r, kind] {
                QList<TimelineEvent> list = this->events();
                if (r < list.size()) {
                    list[r].kind = TimelineKind(kind->currentData().toInt());
                    m_editing = true; // keep this combo box alive while its signal runs
                    binder()->edit(CoeField::Timeline, QVariant::fromValue(list));
                    m_editing = false;
                }
            });
            m_table->setCellWidget(r, KindColumn, kind);
            m_table->setItem(r, TextColumn, new QTableWidgetItem(e.text));
            m_table->setItem(r, EvidenceColumn, new QTableWidgetItem(e.evidenceUrl));
        }
    }

    void cellEdited(QTableWidgetItem *item)
    {
        QList<TimelineEvent> list = events();
        const int r = item->row();
        if (r >= list.size())
            return;
        switch (item->column()) {
        case TimeColumn: {
            auto at = parseUserInstant(item->text());
            if (!at) {
                // Keep the text in the cell and say what is wrong.
                binder()->setParseError(CoeField::Timeline, tr("Row %1: %2").arg(r + 1).arg(at.errorMessage()));
                return;
            }
            binder()->setParseError(CoeField::Timeline, {});
            list[r].at = at.value();
            break;
        }
        case TextColumn: list[r].text = item->text(); break;
        case EvidenceColumn: list[r].evidenceUrl = item->text().trimmed(); break;
        default: return;
        }
        m_editing = true;
        binder()->edit(CoeField::Timeline, QVariant::fromValue(list));
        m_editing = false;
    }

    void addEvent()
    {
        QList<TimelineEvent> list = events();
        TimelineEvent e;
        e.id = document()->temporaryId();
        // Start from the last event, or the start of impact, in the incident's offset.
        if (!list.isEmpty())
            e.at = list.last().at;
        else if (document()->coe().impactStart)
            e.at = *document()->coe().impactStart;
        else
            e.at = Instant::fromUtc(QDateTime::currentDateTimeUtc().addSecs(-QDateTime::currentDateTimeUtc().time().second()), 0);
        list.append(e);
        binder()->edit(CoeField::Timeline, QVariant::fromValue(list));
        m_table->setCurrentCell(int(list.size()) - 1, TextColumn);
        m_table->setFocus();
    }

    void removeEvent()
    {
        const int r = m_table->currentRow();
        QList<TimelineEvent> list = events();
        if (r < 0 || r >= list.size())
            return;
        list.removeAt(r);
        binder()->edit(CoeField::Timeline, QVariant::fromValue(list));
    }

    void useAs(CoeField field)
    {
        const int r = m_table->currentRow();
        const QList<TimelineEvent> list = events();
        if (r < 0 || r >= list.size())
            return;
        binder()->edit(field, QVariant::fromValue(list.at(r).at));
    }

    QTableWidget *m_table;
    bool m_editing = false;
};

} // namespace

FormSection *createTimelineSection(FieldBinder *binder)
{
    return new TimelineSection(binder);
}

} // namespace closeloop

#include "timelinesection.moc"
