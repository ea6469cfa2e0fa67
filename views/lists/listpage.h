#pragma once

#include "domain/result.h"
#include "models/listmodels.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace closeloop {

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
    ListPage(ListPageSpec spec, QAbstractItemModel *model, Loader loader, QWidget *parent = nullptr);

    // Reloads from the database; with no database, shows how to open one.
    Status reload(Database *db, bool databaseIsEmpty);
    QString title() const { return m_spec.title; }
    QString countText() const;
    QTableView *table() const { return m_table; }
    ListFilterProxy *proxy() const { return m_proxy; }
    void focusFilter();

Q_SIGNALS:
    void loadDemoRequested();

private:
    void updateEmptyState();

    ListPageSpec m_spec;
    QAbstractItemModel *m_model;
    Loader m_loader;
    ListFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_state;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    QPushButton *m_emptyAction;
    QLabel *m_count;
    bool m_hasDatabase = false;
    bool m_databaseEmpty = false;
};

} // namespace closeloop
