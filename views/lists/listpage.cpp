#include "listpage.h"

#include "attentiondelegate.h"
#include "columnwidths.h"
#include "idsreadahead.h"
#include "models/listfilterproxy.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace closeloop {

ListPage::ListPage(ListPageSpec spec, RecordListModel *model, Loader loader, QWidget *parent)
    : QWidget(parent)
    , m_spec(std::move(spec))
    , m_model(model)
    , m_loader(std::move(loader))
    , m_filter(new QLineEdit(this))
    , m_typing(new QTimer(this))
    , m_state(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new ListTable(this))
    , m_emptyLabel(new QLabel(this))
    , m_emptyAction(new QPushButton(tr("Load the demo data"), this))
    , m_count(new QLabel(this))
{
    setObjectName(m_spec.objectName);
    m_model->setParent(this);
    if (!m_model->queriesItself()) {
        m_proxy = new ListFilterProxy(this);
        m_proxy->setSourceModel(m_model);
    }

    auto *title = new QLabel(m_spec.title, this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *blurb = new QLabel(m_spec.blurb, this);
    blurb->setWordWrap(true);
    blurb->setForegroundRole(QPalette::PlaceholderText);

    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter %1 (Ctrl+F)").arg(m_spec.noun));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this); // Escape clears it
    m_filter->setAccessibleName(tr("Filter %1").arg(m_spec.noun));
    m_filter->setToolTip(tr("Shows only the %1 whose text contains every word typed here, in any column. "
                            "Escape clears it.").arg(m_spec.noun));
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setAccessibleName(tr("Show"));
    m_state->setToolTip(tr("Which %1 to list, by where they are in their life.").arg(m_spec.noun));
    m_state->addItem(tr("All %1").arg(m_spec.noun), QString());
    for (const StateChoice &choice : std::as_const(m_spec.states))
        m_state->addItem(choice.label, choice.key);
    m_state->setCurrentIndex(std::max(0, m_state->findData(m_spec.defaultState)));
    applyState();
    auto *stateLabel = new QLabel(tr("&Show:"), this);
    stateLabel->setBuddy(m_state);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(stateLabel);
    filterRow->addWidget(m_state);
    filterRow->addWidget(m_count);

    m_table->setObjectName(QStringLiteral("table"));
    if (m_proxy)
        m_table->setModel(m_proxy);
    else
        m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(m_spec.sortColumn, m_spec.sortOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegate(new AttentionDelegate(m_table));
    // Sizing columns to their contents reads and measures the rows it
    // looks at: about a screen's worth, not a thousand, for a list read a
    // page at a time (measuring 100 rows cost 5 to 10 ms of every start).
    if (m_model->queriesItself()) {
        m_table->horizontalHeader()->setResizeContentsPrecision(32);
        new IdsReadAhead(m_model, m_table, [this] { return m_db; }, this);
    }
    m_table->setAccessibleName(m_spec.title);
    m_widths = new ColumnWidths(m_table, m_spec.objectName, 420, this);
    auto *fit = new QAction(tr("Fit Columns to Their Contents"), m_table->horizontalHeader());
    fit->setObjectName(QStringLiteral("fitColumns"));
    connect(fit, &QAction::triggered, m_widths, &ColumnWidths::fitToContents);
    m_table->horizontalHeader()->addAction(fit);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    m_emptyLabel->setObjectName(QStringLiteral("emptyState"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyAction->setObjectName(QStringLiteral("loadDemo"));
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(m_emptyAction, 0, Qt::AlignCenter);
    emptyLayout->addStretch(2);

    m_stack->addWidget(m_table);
    m_stack->addWidget(empty);

    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(title);
    m_layout->addWidget(blurb);
    m_layout->addLayout(filterRow);
    m_layout->addWidget(m_stack, 1);

    // Filtering 100,000 COEs in SQL takes a tenth of a second: not once per
    // key while someone types.
    m_typing->setSingleShot(true);
    m_typing->setInterval(m_model->queriesItself() ? 200 : 0);
    connect(m_typing, &QTimer::timeout, this, &ListPage::applyText);
    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        if (m_model->queriesItself())
            m_typing->start();
        else
            applyText();
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        applyState();
        updateEmptyState();
    });
    connect(m_emptyAction, &QPushButton::clicked, this, [this] {
        if (m_model->recordTotal() > 0) { // the button reads "Clear the filter" then
            clearFilters();
        } else {
            Q_EMIT loadDemoRequested();
        }
    });
    updateEmptyState();
}

void ListPage::applyText()
{
    m_typing->stop();
    if (m_proxy)
        m_proxy->setText(m_filter->text());
    else
        m_model->setQueryText(m_filter->text());
    updateEmptyState();
}

void ListPage::applyState()
{
    const QString key = m_state->currentData().toString();
    if (m_proxy)
        m_proxy->setStateKey(key);
    else
        m_model->setQueryState(key);
}

QModelIndex ListPage::shownIndexOfSourceRow(int row) const
{
    if (row < 0 || row >= m_model->rowCount())
        return {};
    const QModelIndex index = m_model->index(row, 0);
    return m_proxy ? m_proxy->mapFromSource(index) : index;
}

int ListPage::sourceRowOf(const QModelIndex &shown) const
{
    if (!shown.isValid())
        return -1;
    return m_proxy ? m_proxy->mapToSource(shown).row() : shown.row();
}

void ListPage::clearFilters()
{
    m_filter->clear();
    applyText();
    m_state->setCurrentIndex(0);
}

Status ListPage::reload(Database *db, bool databaseIsEmpty)
{
    m_hasDatabase = db != nullptr;
    m_databaseEmpty = databaseIsEmpty;
    m_db = db;
    if (!db)
        m_model->clear(); // a paged list must not keep reading a closed database
    if (db && !isVisible()) {
        // Forget what was read before: it may be of a database now closed.
        m_model->clear();
        m_stale = true;
        updateEmptyState();
        return {};
    }
    m_stale = false;
    const Status status = db ? load() : Status();
    updateEmptyState();
    return status;
}

Status ListPage::load()
{
    const Status status = m_loader(*m_db);
    // Measured once, when the list first has rows to measure; after that
    // a reload (every saved record) leaves the widths as they are.
    if (!m_widths->settled() && m_model->rowCount() > 0)
        m_widths->fitToContents();
    Q_EMIT loaded();
    return status;
}

Status ListPage::ensureLoaded()
{
    if (!m_stale)
        return {};
    m_stale = false;
    const Status status = load();
    updateEmptyState();
    // A page read late says what went wrong where the window shows problems.
    if (!status)
        Q_EMIT problem(status.errorMessage());
    return status;
}

void ListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    [[maybe_unused]] const Status s = ensureLoaded(); // a failure is reported through problem()
}

void ListPage::addHeader(QWidget *widget)
{
    m_layout->insertWidget(2 + m_headerCount++, widget);
}

void ListPage::addBar(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_stack), widget);
}

bool ListPage::selectId(qint64 id)
{
    if (!ensureLoaded())
        return false;
    QModelIndex shown = shownIndexOfSourceRow(m_model->rowOfId(id));
    if (!shown.isValid()) {
        clearFilters();
        shown = shownIndexOfSourceRow(m_model->rowOfId(id));
    }
    if (!shown.isValid())
        return false;
    m_table->setCurrentIndex(shown);
    m_table->selectRow(shown.row());
    m_table->scrollTo(shown);
    m_table->setFocus();
    return true;
}

QList<int> ListPage::visibleSourceRows() const
{
    const QAbstractItemModel *shown = m_table->model();
    QList<int> rows;
    rows.reserve(shown->rowCount());
    for (int row = 0; row < shown->rowCount(); ++row)
        rows.append(sourceRowOf(shown->index(row, 0)));
    return rows;
}

QList<int> ListPage::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(sourceRowOf(index));
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString ListPage::countText() const
{
    if (m_stale)
        return {};
    const int shown = m_table->model()->rowCount();
    const int total = m_model->recordTotal();
    if (shown == total)
        return tr("%L1 %2").arg(total).arg(m_spec.noun); // %L: 100,000 or 100.000, as the reader writes it
    return tr("%L1 of %L2 %3").arg(shown).arg(total).arg(m_spec.noun);
}

void ListPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ListPage::updateEmptyState()
{
    m_count->setText(m_hasDatabase ? countText() : QString());
    const bool anyRows = m_model->recordTotal() > 0;
    const bool anyShown = m_table->model()->rowCount() > 0;
    if (m_hasDatabase && anyShown) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_emptyAction->setVisible(false);
    if (!m_hasDatabase) {
        m_emptyLabel->setText(tr("No database is open.\nUse File > Open Database (Ctrl+O) to open one, "
                                 "or File > New Database (Ctrl+Shift+N) to start a new one."));
    } else if (anyRows) {
        m_emptyLabel->setText(tr("No %1 match the filter.").arg(m_spec.noun));
        m_emptyAction->setText(tr("Clear the filter"));
        m_emptyAction->setVisible(true);
    } else {
        QString text = m_spec.emptyText;
        if (m_databaseEmpty) {
            text += QStringLiteral("\n\n") + tr("This database is empty. To explore Closeloop first, load a small "
                                                "demo organisation with services, COEs, ORR reviews and action items.");
            m_emptyAction->setText(tr("Load the demo data"));
            m_emptyAction->setVisible(true);
        }
        m_emptyLabel->setText(text);
    }
}

bool ListPage::eventFilter(QObject *watched, QEvent *event)
{
    // Escape in the filter box empties it and brings every row back, the way
    // search fields behave elsewhere on the desktop.
    if (watched == m_filter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
        m_filter->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace closeloop
