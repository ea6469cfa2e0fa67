#pragma once

#include "actions/actionfilter.h"
#include "actions/bulkedit.h"
#include "domain/actionitem.h"

#include <QObject>

class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;
class QUndoStack;

namespace closeloop {

class ActionItemListModel;
class DatabaseSession;
class ListPage;

// The action tracker: everything that turns the action-items list into a
// place where items get followed until done. It adds to the list page a
// summary of what is overdue, a filter bar (owner, service, source,
// priority, type, strength, due), bulk changes of status, owner and due
// date (each one undo step, however many items), opening an item's source,
// and CSV and digest export of what the filters show.
class ActionTracker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionTracker)
public:
    enum class Due { Any, Overdue, Within7Days, Within30Days, NoDueDate };

    ActionTracker(ListPage *page, ActionItemListModel *model, DatabaseSession *session);

    QUndoStack *undoStack() const { return m_undo; }
    ActionFilter filter() const; // the filter bar's criteria
    QString summary() const;
    void showOverdue();

    void openCurrent();
    void setStatus(ActionStatus status);
    void reassign();
    void setDue();
    void exportCsv();
    void copyDigest();
    void saveDigest();

Q_SIGNALS:
    // The item's source: a COE, an ORR review or a finding.
    void openRecord(closeloop::ActionSource kind, closeloop::Id recordId);
    void changed(); // data was written: lists should reload
    void problem(const QString &message);
    void message(const QString &text);

private:
    QWidget *createFilterBar();
    QWidget *createActionBar();
    QComboBox *addCombo(QWidget *bar, const QString &objectName, const QString &label, const QString &tip);
    void modelReloaded();
    void refillNames(QComboBox *combo, const QStringList &names, const QString &all);
    void filterChanged();
    void selectionChanged();
    bool applyEdit(const BulkEdit &edit, const QString &ownerName = {}); // false when refused
    void written(const Status &status);
    QList<ActionItemSummary> visibleItems();
    bool saveText(const QString &title, const QString &suggested, const QString &filter, const QString &text, int count);

    ListPage *m_page;
    ActionItemListModel *m_model;
    DatabaseSession *m_session;
    QUndoStack *m_undo;
    QLabel *m_summary;
    QPushButton *m_showOverdue;
    QComboBox *m_owner = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_strength = nullptr;
    QComboBox *m_due = nullptr;
    QLabel *m_selected = nullptr;
    QPushButton *m_open = nullptr;
    QToolButton *m_status = nullptr;
    QPushButton *m_reassign = nullptr;
    QPushButton *m_dueButton = nullptr;
    QList<Id> m_keepSelected; // reselected after the reload a write causes
};

} // namespace closeloop
