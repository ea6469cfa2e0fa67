#pragma once

#include "domain/actionitem.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;

namespace closeloop {
class DatabaseMove;
}

namespace closeloop {

class ActionTracker;
class CoeWindows;
class DashboardPage;
class LazyPage;
class FindingCommands;
class WeeklyReviewPage;
class LibraryCommands;
class OrrWindows;
class OverdueNotice;
class RecertificationPanel;
class DatabaseSession;
class IdentityBox;
class ListPage;
class ImportCommands;
class SearchBox;

// The shell: navigation on the left, the current feature in the middle,
// the database in the status bar. It wires features together and holds no
// feature logic of its own.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(DatabaseSession *session, QWidget *parent = nullptr);

    // Shows a problem without a modal dialog: a banner above the lists.
    void showProblem(const QString &message);
    void warnDamaged(const QString &message);
    QString problem() const;
    ListPage *page(int index) const;
    int pageCount() const;

    CoeWindows *coeWindows() const { return m_coeWindows; }
    OrrWindows *orrWindows() const { return m_orrWindows; }
    // Read with the ORR list, which this reads if it was not yet.
    RecertificationPanel *recertification() const;
    IdentityBox *identity() const { return m_identity; }
    // Built with the action-item list, which this builds if it was not yet.
    ActionTracker *tracker() const;
    OverdueNotice *overdueNotice() const { return m_notice; }
    // Built on first use, as when first opened.
    DashboardPage *dashboard() const;
    WeeklyReviewPage *weeklyReview() const;
    FindingCommands *findings() const { return m_findings; }
    ImportCommands *imports() const { return m_imports; }
    SearchBox *searchBox() const { return m_search; }
    // The list, built now if it was not yet (the lists are built when first
    // opened or asked for).
    ListPage *pageNamed(const QString &objectName) const;
    void showPage(ListPage *page);

    void openDatabase(const QString &path);
    void newDatabase(const QString &path);

private:
    void createMenus();
    void createToolbar();
    void createOrrMenu();
    void wireOrr();
    ListPage *adoptListPage(ListPage *page);
    void wireCoesPage(ListPage *page);
    void wireActionsPage(ListPage *page);
    void wireOrrPage(ListPage *page);
    void wireFindingsPage(ListPage *page);
    ListPage *builtPage(int index) const; // null until the list is first opened
    ListPage *currentListPage() const;
    void addWorkingGroupPages();
    void databaseOpened();
    void rebuildRecentMenu();
    void connectToTeam();
    void reloadAll();
    void loadDemo();
    void openActionSource(ActionSource kind, Id recordId);
    void presentOverdue();
    bool closeRecordWindows();

    DatabaseSession *m_session;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_banner;
    QLabel *m_databaseLabel;
    QMenu *m_recentMenu = nullptr;
    QTimer *m_othersChanged = nullptr;
    CoeWindows *m_coeWindows;
    OrrWindows *m_orrWindows;
    LibraryCommands *m_library;
    RecertificationPanel *m_recertification = nullptr;
    IdentityBox *m_identity = nullptr;
    // The lists, each in a holder that builds it when first opened, and
    // their pages' object names in the same order.
    QList<LazyPage *> m_listPages;
    QStringList m_listPageNames;
    ActionTracker *m_tracker = nullptr;
    OverdueNotice *m_notice;
    LazyPage *m_dashboardPage = nullptr;
    LazyPage *m_weeklyPage = nullptr;
    FindingCommands *m_findings = nullptr;
    ImportCommands *m_imports;
    DatabaseMove *m_move;
    SearchBox *m_search = nullptr;
};

} // namespace closeloop
