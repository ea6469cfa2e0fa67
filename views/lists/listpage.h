#pragma once

#include "domain/result.h"
#include "listtable.h"
#include "models/listmodels.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace closeloop {

class ColumnWidths;
class Database;
class ListFilterProxy;

// What distinguishes one list page from another: words, filter choices,
// default order. Everything else is shared.
struct ListPageSpec {
    QString objectName;  // for tests and style sheets
    QString title;       // e.g. "COEs"
    QString blurb;       // one line under the title: what the list is for
    QString emptyText;   // shown when the database holds none; says what to do next
    QString noun;        // plural noun for counts, e.g. "COEs"
    QList<StateChoice> states;
    QString defaultState; // the state shown first; empty shows all
    int sortColumn = 0;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
};

// A list of records: title, a text filter, a state filter, a sortable
// table, and an empty state that explains itself.
class ListPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListPage)
public:
    using Loader = std::function<Status(Database &)>;
    ListPage(ListPageSpec spec, RecordListModel *model, Loader loader, QWidget *parent = nullptr);

    // Reloads from the database; with no database, shows how to open one.
    // A page out of sight only notes the database and reads it when it is
    // first shown (or ensureLoaded() is called): at start, only the page
    // in front is read.
    Status reload(Database *db, bool databaseIsEmpty);
    Status ensureLoaded();
    bool isLoaded() const { return !m_stale; }
    QString title() const { return m_spec.title; }
    QString countText() const;
    QTableView *table() const { return m_table; }
    RecordListModel *sourceModel() const { return m_model; }
    // Between the table's rows and the source model's: the same for a list
    // that queries itself, which the table shows directly.
    QModelIndex shownIndexOfSourceRow(int row) const;
    int sourceRowOf(const QModelIndex &shown) const;
    // Rows beyond the shared filter: a page's own filter bar, its actions,
    // a summary line. Headers go under the blurb, bars above the table.
    void addHeader(QWidget *widget);
    void addBar(QWidget *widget);
    // Makes the row with this record id current and visible; false when
    // the filter hides it or it does not exist. Clears the filter first.
    bool selectId(qint64 id);
    // The records the filters let through, in the order shown.
    QList<int> visibleSourceRows() const;
    // The selected records, as source-model rows.
    QList<int> selectedSourceRows() const;
    void updateCount() { updateEmptyState(); }
    // Shows every record again: the text and the state filter cleared.
    void clearFilters();
    void focusFilter();

Q_SIGNALS:
    void loadDemoRequested();
    // Read from the database (a deferred page, when it was first shown).
    void loaded();
    void problem(const QString &message);

public:
    // A page fills the height the window gives it. Said so, the window's
    // stack of pages does not lay out every page's wrapped text, shown or
    // not, each time it is sized (which held up the first paint).
    bool hasHeightForWidth() const override { return false; }

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateEmptyState();
    void applyText();
    void applyState();
    Status load();

    ListPageSpec m_spec;
    RecordListModel *m_model;
    Loader m_loader;
    // Filters and sorts a list held in memory; none for a list that queries
    // itself, which does both in SQL (a proxy over 100,000 rows that passes
    // each through still maps every one on every reload).
    ListFilterProxy *m_proxy = nullptr;
    QLineEdit *m_filter;
    QTimer *m_typing; // a list that queries itself waits for a pause in typing
    QComboBox *m_state;
    QStackedWidget *m_stack;
    ListTable *m_table;
    ColumnWidths *m_widths;
    QLabel *m_emptyLabel;
    QPushButton *m_emptyAction;
    QLabel *m_count;
    QVBoxLayout *m_layout;
    int m_headerCount = 0;
    bool m_hasDatabase = false;
    bool m_stale = false; // noted a database, not read it yet
    Database *m_db = nullptr;
    bool m_databaseEmpty = false;
};

} // namespace closeloop
