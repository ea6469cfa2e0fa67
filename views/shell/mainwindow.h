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
    ActionTracker *tracker() const { return m_tracker; }
    OverdueNotice *overdueNotice() const { return m_notice; }
    // Built on first use, as when first opened.
    DashboardPage *dashboard() const;
    WeeklyReviewPage *weeklyReview() const;
    FindingCommands *findings() const { return m_findings; }
    ImportCommands *imports() const { return m_imports; }
    SearchBox *searchBox() const { return m_search; }
    ListPage *pageNamed(const QString &objectName) const;
    void showPage(ListPage *page);

    void openDatabase(const QString &path);
    void newDatabase(const QString &path);

private:
    void createMenus();
    void createToolbar();
    void createOrrMenu();
    void wireOrr();
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
    QList<ListPage *> m_listPages;
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
