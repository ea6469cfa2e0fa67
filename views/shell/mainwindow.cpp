#include "mainwindow.h"
#include "look/actionicons.h"
#include "look/tones.h"
#include "actions/actionexport.h"
#include "actions/actiontracker.h"
#include "actions/overduenotice.h"
#include "backupsdialog.h"
#include "coe/coewindows.h"
#include "connectdialog.h"
#include "databasemove.h"
#include "databasesession.h"
#include "filedialogs.h"
#include "firstpaint.h"
#include "help/guidedialog.h"
#include "help/tourdialog.h"
#include "identitybox.h"
#include "importing/importcommands.h"
#include "lazypage.h"
#include "searchbox.h"
#include "settingsdialog.h"
#include "shortcutsheet.h"
#include "templatesfolder.h"
#include "lists/listpage.h"
#include "lists/listpages.h"
#include "models/listmodels.h"
#include "orr/librarycommands.h"
#include "orr/orrwindows.h"
#include "orr/recertificationpanel.h"
#include "storage/actionlistreader.h"
#include "storage/database.h"
#include "workinggroup/dashboardpage.h"
#include "workinggroup/findingcommands.h"
#include "workinggroup/weeklyreviewpage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace closeloop {

MainWindow::MainWindow(DatabaseSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_banner(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
    , m_coeWindows(new CoeWindows(session, this))
    , m_orrWindows(new OrrWindows(session, this))
    , m_library(new LibraryCommands(session, this))
    , m_notice(new OverdueNotice(this))
    , m_imports(new ImportCommands(session, this))
    , m_move(new DatabaseMove(session, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 800);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setFixedWidth(190);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);

    const QString icons[] = { QStringLiteral("coe"), QStringLiteral("actions"), QStringLiteral("orr"),
                              QStringLiteral("services"), QStringLiteral("working-group") };
    // Built when first opened: the window starts with the COE list alone.
    const QList<ListPageMaker> makers = listPageMakers();
    for (int i = 0; i < makers.size(); ++i) {
        const ListPageMaker &maker = makers.at(i);
        auto *holder = new LazyPage([this, make = maker.make](QWidget *into) { return adoptListPage(make(into)); }, this);
        m_listPages.append(holder);
        m_listPageNames.append(maker.objectName);
        m_pages->addWidget(holder);
        auto *item = new QListWidgetItem(actionIcon(icons[i]), maker.title, m_navigation);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(maker.title).arg(i + 1));
    }
    addWorkingGroupPages();
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    m_banner->setObjectName(QStringLiteral("problemBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(noticeStyleSheet());
    m_banner->hide();

    auto *central = new QWidget(this);
    auto *right = new QVBoxLayout;
    right->addWidget(m_notice);
    right->addWidget(m_banner);
    right->addWidget(m_pages, 1);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_databaseLabel);

    createMenus();
    createOrrMenu();
    createToolbar();
    wireOrr();
    // The tracker shows the same summary at its top; once there, the notice has done its job.
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_listPageNames.value(row) == QLatin1String("actionsPage"))
            m_notice->dismiss();
    });
    connect(m_notice, &OverdueNotice::problem, this, &MainWindow::showProblem);
    connect(m_notice, &OverdueNotice::showRequested, this, [this] {
        showPage(pageNamed(QStringLiteral("actionsPage")));
        m_tracker->showOverdue();
    });
    connect(m_coeWindows, &CoeWindows::coeChanged, this, &MainWindow::reloadAll);
    connect(m_coeWindows, &CoeWindows::problem, this, &MainWindow::showProblem);
    connect(m_session, &DatabaseSession::databaseChanged, this, &MainWindow::databaseOpened);
    connect(m_session, &DatabaseSession::recentFilesChanged, this, &MainWindow::rebuildRecentMenu);
    // Others' saves arrive in bursts (a COE and its items): refresh once.
    m_othersChanged = new QTimer(this);
    m_othersChanged->setSingleShot(true);
    m_othersChanged->setInterval(250);
    connect(m_session, &DatabaseSession::changedElsewhere, m_othersChanged, qOverload<>(&QTimer::start));
    connect(m_session, &DatabaseSession::damaged, this, &MainWindow::warnDamaged);
    connect(m_session, &DatabaseSession::dailyBackupDone, this, [this](const QString &path, const QString &problem) {
        if (problem.isEmpty())
            statusBar()->showMessage(tr("Today's backup is in %1.").arg(QDir::toNativeSeparators(path)), 8000);
        else
            statusBar()->showMessage(tr("Today's backup could not be made: %1").arg(problem)); // stays until the next message
    });
    connect(m_othersChanged, &QTimer::timeout, this, [this] {
        reloadAll();
        statusBar()->showMessage(tr("Updated with changes others saved."), 8000);
    });
    reloadAll();
    // After the lists: reloading clears the banner it may write to.
    m_identity->reload();
    // Counted on another thread once the window has painted: the notice
    // can come a moment after the list, and the list should not wait for
    // it nor share the processor with it while it paints.
    afterFirstPaint(this, [this] { presentOverdue(); });
}

// The working group's own pages follow the lists in the navigation.
void MainWindow::addWorkingGroupPages()
{
    // Built when first opened: the window starts without them.
    m_dashboardPage = new LazyPage([this](QWidget *parent) {
        auto *page = new DashboardPage(parent);
        connect(page, &DashboardPage::openCoe, this, [this](Id id) { m_coeWindows->open(id); });
        connect(page, &DashboardPage::problem, this, &MainWindow::showProblem);
        connect(page, &DashboardPage::message, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
        page->invalidate(m_session->database(), QDate::currentDate());
        return page;
    }, this);
    m_pages->addWidget(m_dashboardPage);
    auto *item = new QListWidgetItem(actionIcon(QStringLiteral("dashboard")), tr("Dashboard"), m_navigation);
    item->setToolTip(tr("Trends across COEs for the safety working group (Ctrl+%1)").arg(m_navigation->count()));

    m_findings = new FindingCommands(m_session, this);
    connect(m_findings, &FindingCommands::changed, this, &MainWindow::reloadAll);
    connect(m_findings, &FindingCommands::problem, this, &MainWindow::showProblem);
    connect(m_findings, &FindingCommands::message, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });

    m_weeklyPage = new LazyPage([this](QWidget *parent) {
        auto *page = new WeeklyReviewPage(parent);
        connect(page, &WeeklyReviewPage::openCoe, this, [this](Id id) { m_coeWindows->open(id); });
        connect(page, &WeeklyReviewPage::problem, this, &MainWindow::showProblem);
        page->invalidate(m_session->database(), QDate::currentDate());
        return page;
    }, this);
    m_pages->addWidget(m_weeklyPage);
    item = new QListWidgetItem(actionIcon(QStringLiteral("weekly")), tr("Weekly review"), m_navigation);
    item->setToolTip(tr("The weekly operations review: quick wins, the week's COEs, spin the wheel (Ctrl+%1)").arg(m_navigation->count()));
}

DashboardPage *MainWindow::dashboard() const
{
    return static_cast<DashboardPage *>(m_dashboardPage->content());
}

WeeklyReviewPage *MainWindow::weeklyReview() const
{
    return static_cast<WeeklyReviewPage *>(m_weeklyPage->content());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(tr("&New Database..."), this, [this] {
        const QString path = FileDialogs::newDatabase(this);
        if (!path.isEmpty())
            newDatabase(path);
    });
    newDb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newDb->setIcon(actionIcon(QStringLiteral("database")));
    QAction *open = file->addAction(tr("&Open Database..."), this, [this] {
        const QString path = FileDialogs::openDatabase(this);
        if (!path.isEmpty())
            openDatabase(path);
    });
    open->setShortcut(QKeySequence::Open);
    open->setIcon(actionIcon(QStringLiteral("open")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addAction(actionIcon(QStringLiteral("team-database")), tr("Connect to &Team Database..."), this, &MainWindow::connectToTeam)
        ->setObjectName(QStringLiteral("connectTeamAction"));
    QMenu *copy = file->addMenu(tr("&Copy Database"));
    copy->addAction(tr("Into a Team Database..."), m_move, &DatabaseMove::copyToServer)
        ->setObjectName(QStringLiteral("copyToServerAction"));
    copy->addAction(tr("Into a New File..."), m_move, &DatabaseMove::copyToFile)
        ->setObjectName(QStringLiteral("copyToFileAction"));
    file->addAction(actionIcon(QStringLiteral("backup")), tr("&Backups..."), this, [this] {
            auto *dialog = new BackupsDialog(m_session, [this] { return closeRecordWindows(); }, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        })
        ->setObjectName(QStringLiteral("backupsAction"));
    QAction *settings = file->addAction(actionIcon(QStringLiteral("settings")), tr("&Settings..."), this, [this] {
        auto *dialog = new SettingsDialog(m_session->database(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SettingsDialog::saved, this, [this](const Preferences &p) {
            applyPreferences(p);
            m_identity->reload();
            statusBar()->showMessage(tr("Settings saved."), 10000);
        });
        dialog->open();
    });
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_move, &DatabaseMove::problem, this, &MainWindow::showProblem);
    connect(m_move, &DatabaseMove::message, this, [this](const QString &text) { statusBar()->showMessage(text, 20000); });
    file->addSeparator();
    QAction *reload = file->addAction(tr("Re&load"), this, &MainWindow::reloadAll);
    reload->setShortcut(QKeySequence::Refresh);
    reload->setIcon(actionIcon(QStringLiteral("reload")));
    file->addSeparator();
    QAction *importFiles = file->addAction(tr("&Import Postmortems..."), m_imports, &ImportCommands::importFiles);
    importFiles->setObjectName(QStringLiteral("importPostmortemsAction"));
    importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importFiles->setIcon(actionIcon(QStringLiteral("import")));
    importFiles->setStatusTip(tr("Bring in postmortems written elsewhere as Markdown; they become draft COEs"));
    file->addAction(tr("Import Postmortem &Folder..."), m_imports, &ImportCommands::importFolder)
        ->setObjectName(QStringLiteral("importFolderAction"));
    connect(m_imports, &ImportCommands::imported, this, [this](const QList<Id> &ids) {
        reloadAll();
        if (ids.size() == 1)
            m_coeWindows->open(ids.first());
    });
    connect(m_imports, &ImportCommands::problem, this, &MainWindow::showProblem);
    connect(m_imports, &ImportCommands::message, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    file->addAction(tr("Open Report &Templates Folder"), this, [this] {
        auto opened = openTemplatesFolder();
        if (!opened)
            showProblem(opened.errorMessage());
        else
            statusBar()->showMessage(opened.value(), 20000);
    })->setObjectName(QStringLiteral("openTemplatesAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *coe = menuBar()->addMenu(tr("&COE"));
    QAction *newCoe = coe->addAction(tr("&New COE..."), m_coeWindows, &CoeWindows::createNew);
    newCoe->setObjectName(QStringLiteral("newCoeAction"));
    newCoe->setShortcut(QKeySequence::New);
    newCoe->setIcon(actionIcon(QStringLiteral("coe")));
    QAction *openCoe = coe->addAction(tr("&Open Selected COE"), this, [this] {
        const QModelIndex index = pageNamed(QStringLiteral("coesPage"))->table()->currentIndex();
        if (index.isValid())
            m_coeWindows->open(index.data(IdRole).toLongLong());
    });
    openCoe->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction *a = go->addAction(m_navigation->item(i)->text(), this, [this, i] { m_navigation->setCurrentRow(i); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    go->addSeparator();
    QAction *find = go->addAction(tr("&Filter the List"), this, [this] {
        if (ListPage *p = currentListPage())
            p->focusFilter();
    });
    find->setShortcut(QKeySequence::Find);
    find->setIcon(actionIcon(QStringLiteral("search")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(actionIcon(QStringLiteral("guide")), tr("&Guide"), this, [this] {
        GuideDialog::openAt(this, QStringLiteral("coe"));
    });
    guide->setObjectName(QStringLiteral("guideAction"));
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    QAction *tour = help->addAction(actionIcon(QStringLiteral("help")), tr("&Tour"), this, [this] {
        auto *dialog = new TourDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    tour->setObjectName(QStringLiteral("tourAction"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *sheet = new ShortcutSheet(menuBar(), this);
        sheet->setAttribute(Qt::WA_DeleteOnClose);
        sheet->open();
    });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    keys->setIcon(actionIcon(QStringLiteral("keyboard")));
    help->addAction(tr("&About Closeloop"), this, [this] {
        QMessageBox::about(this, tr("About Closeloop"),
                           tr("<p><b>Closeloop %1</b></p><p>Correction-of-Error reviews and Operational Readiness "
                              "Reviews, with the action items that connect them.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createOrrMenu()
{
    QMenu *orr = new QMenu(tr("&ORR"), this);
    menuBar()->insertMenu(menuBar()->actions().value(2), orr); // after File and COE
    QAction *newReview = orr->addAction(tr("&New Review..."), this, [this] { m_orrWindows->createNew(); });
    newReview->setObjectName(QStringLiteral("newReviewAction"));
    newReview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    newReview->setIcon(actionIcon(QStringLiteral("orr")));
    QAction *openReview = orr->addAction(tr("&Open Selected Review"), this, [this] {
        const QModelIndex index = pageNamed(QStringLiteral("orrPage"))->table()->currentIndex();
        if (index.isValid())
            m_orrWindows->open(index.data(IdRole).toLongLong());
    });
    openReview->setObjectName(QStringLiteral("openReviewAction"));
    orr->addSeparator();
    orr->addAction(tr("&Install Shipped Axiom Library"), m_library, &LibraryCommands::installShipped);
    orr->addAction(actionIcon(QStringLiteral("import")), tr("&Import Well-Architected Lens..."), m_library, &LibraryCommands::importLens)
        ->setObjectName(QStringLiteral("importLensAction"));
    orr->addAction(actionIcon(QStringLiteral("export")), tr("&Export Well-Architected Lens..."), m_library, &LibraryCommands::exportLens)
        ->setObjectName(QStringLiteral("exportLensAction"));
}

// ORR reviews open in their own windows; the ORR page shows what is due.
void MainWindow::wireOrr()
{
    connect(m_orrWindows, &OrrWindows::reviewsChanged, this, &MainWindow::reloadAll);
    connect(m_orrWindows, &OrrWindows::problem, this, &MainWindow::showProblem);
    connect(m_library, &LibraryCommands::changed, this, &MainWindow::reloadAll);
    connect(m_library, &LibraryCommands::problem, this, &MainWindow::showProblem);
    connect(m_library, &LibraryCommands::message, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
}

void MainWindow::createToolbar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *newCoe = bar->addAction(actionIcon(QStringLiteral("coe")), tr("New COE"), m_coeWindows, &CoeWindows::createNew);
    newCoe->setToolTip(tr("Write a new Correction of Error (Ctrl+N)"));
    QAction *newReview = bar->addAction(actionIcon(QStringLiteral("orr")), tr("New ORR Review"), this, [this] { m_orrWindows->createNew(); });
    newReview->setToolTip(tr("Start an Operational Readiness Review of a service (Ctrl+Shift+R)"));
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_search = new SearchBox(bar);
    bar->addWidget(m_search);
    connect(m_search, &SearchBox::openCoe, m_coeWindows, &CoeWindows::open);
    connect(m_search, &SearchBox::problem, this, &MainWindow::showProblem);
    auto *focusSearch = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    connect(focusSearch, &QShortcut::activated, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *gap = new QWidget(bar);
    gap->setFixedWidth(16);
    bar->addWidget(gap);
    bar->addWidget(new QLabel(tr("Working as: "), bar));
    m_identity = new IdentityBox(m_session, bar);
    bar->addWidget(m_identity);
    connect(m_identity, &IdentityBox::personChanged, m_coeWindows, &CoeWindows::setCurrentPerson);
    connect(m_identity, &IdentityBox::personChanged, m_orrWindows, &OrrWindows::setCurrentPerson);
    connect(m_identity, &IdentityBox::personChanged, m_findings, &FindingCommands::setCurrentPerson);
    connect(m_identity, &IdentityBox::problem, this, &MainWindow::showProblem);
    // Drafts left by a crash are offered once the window is up.
    QTimer::singleShot(0, m_coeWindows, &CoeWindows::offerLeftoverDrafts);
}

void MainWindow::databaseOpened()
{
    m_coeWindows->closeAll();
    m_orrWindows->closeAll();
    reloadAll();
    m_identity->reload();
    presentOverdue();
    QTimer::singleShot(0, m_coeWindows, &CoeWindows::offerLeftoverDrafts);
}

void MainWindow::connectToTeam()
{
    if (!closeRecordWindows())
        return;
    auto *dialog = new ConnectDialog([this](const PgConnection &c) { return m_session->connectShared(c); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = m_session->recentFiles();
    for (const QString &path : files)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openDatabase(path); });
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear the List"), m_session, &DatabaseSession::clearRecentFiles);
    }
}

// Record windows hold the database they were opened on; they close (saving
// or asking, as on any close) before another database replaces it. One
// that stays open, because its user chose to keep editing, stops the switch.
bool MainWindow::closeRecordWindows()
{
    m_coeWindows->closeAll();
    m_orrWindows->closeAll();
    if (!m_coeWindows->anyOpen() && !m_orrWindows->anyOpen())
        return true;
    showProblem(tr("A COE or ORR window is still open with changes to keep. Save or close it, then open the other database."));
    return false;
}

void MainWindow::openDatabase(const QString &path)
{
    if (!closeRecordWindows())
        return;
    if (auto s = m_session->open(path, false); !s)
        showProblem(s.errorMessage());
}

void MainWindow::newDatabase(const QString &path)
{
    if (QFileInfo::exists(path)) {
        showProblem(tr("%1 already exists. A new database never replaces a file: choose another name, or use "
                       "File > Open Database to open it.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!closeRecordWindows())
        return;
    if (auto s = m_session->open(path, true); !s)
        showProblem(s.errorMessage());
}

void MainWindow::loadDemo()
{
    if (auto s = m_session->seedDemo(); !s)
        showProblem(s.errorMessage());
}

// Found by the check that runs beside the window after a file opens. Not
// modal: the person may want to copy out what they were writing first.
void MainWindow::warnDamaged(const QString &message)
{
    showProblem(message);
    auto *box = new QMessageBox(QMessageBox::Critical, tr("The database is damaged"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("damagedWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showProblem(const QString &message)
{
    m_banner->setText(message);
    m_banner->setVisible(!message.isEmpty());
}

QString MainWindow::problem() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

ListPage *MainWindow::pageNamed(const QString &objectName) const
{
    const int index = int(m_listPageNames.indexOf(objectName));
    return index < 0 ? nullptr : static_cast<ListPage *>(m_listPages.at(index)->content());
}

ListPage *MainWindow::builtPage(int index) const
{
    LazyPage *holder = m_listPages.value(index);
    return holder && holder->isBuilt() ? static_cast<ListPage *>(holder->content()) : nullptr;
}

ListPage *MainWindow::currentListPage() const
{
    const int index = int(m_listPages.indexOf(qobject_cast<LazyPage *>(m_pages->currentWidget())));
    return index < 0 ? nullptr : pageNamed(m_listPageNames.at(index));
}

void MainWindow::showPage(ListPage *page)
{
    if (!page)
        return;
    m_navigation->setCurrentRow(int(m_listPageNames.indexOf(page->objectName())));
}

// A list just built: what every list reports, and what its feature adds.
ListPage *MainWindow::adoptListPage(ListPage *page)
{
    connect(page, &ListPage::loadDemoRequested, this, &MainWindow::loadDemo);
    connect(page->sourceModel(), &RecordListModel::problem, this, &MainWindow::showProblem);
    connect(page, &ListPage::problem, this, &MainWindow::showProblem);
    const QString name = page->objectName();
    if (name == QLatin1String("coesPage"))
        wireCoesPage(page);
    else if (name == QLatin1String("actionsPage"))
        wireActionsPage(page);
    else if (name == QLatin1String("orrPage"))
        wireOrrPage(page);
    else if (name == QLatin1String("workingGroupPage"))
        wireFindingsPage(page);
    // Not shown yet: it reads the database when it is.
    if (auto s = page->reload(m_session->database(), m_session->isEmpty()); !s)
        showProblem(s.errorMessage());
    return page;
}

void MainWindow::wireCoesPage(ListPage *page)
{
    connect(page->table(), &QTableView::activated, this, [this](const QModelIndex &index) {
        m_coeWindows->open(index.data(IdRole).toLongLong());
    });
}

void MainWindow::wireActionsPage(ListPage *page)
{
    m_tracker = new ActionTracker(page, static_cast<ActionItemListModel *>(page->sourceModel()), m_session);
    connect(m_tracker, &ActionTracker::openRecord, this, &MainWindow::openActionSource);
    connect(m_tracker, &ActionTracker::changed, this, &MainWindow::reloadAll);
    connect(m_tracker, &ActionTracker::problem, this, &MainWindow::showProblem);
    connect(m_tracker, &ActionTracker::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
}

// The ORR list shows what is due for recertification above the reviews.
void MainWindow::wireOrrPage(ListPage *page)
{
    m_recertification = new RecertificationPanel(page);
    page->addHeader(m_recertification);
    connect(m_recertification, &RecertificationPanel::recertifyRequested, m_orrWindows, &OrrWindows::recertify);
    // Read with its page: when the ORR list is shown, not at every start.
    connect(page, &ListPage::loaded, this, [this] {
        if (auto s = m_recertification->reload(m_session->database(), QDate::currentDate()); !s)
            showProblem(s.errorMessage());
    });
    connect(page->table(), &QTableView::activated, this, [this](const QModelIndex &index) {
        m_orrWindows->open(index.data(IdRole).toLongLong());
    });
}

void MainWindow::wireFindingsPage(ListPage *page)
{
    auto *newFinding = new QPushButton(tr("New &Finding..."), page);
    newFinding->setObjectName(QStringLiteral("newFinding"));
    newFinding->setToolTip(tr("Record a pattern seen across COEs and decide how practice changes"));
    page->addBar(newFinding);
    connect(newFinding, &QPushButton::clicked, m_findings, &FindingCommands::newFinding);
    connect(page->table(), &QTableView::activated, this, [this](const QModelIndex &index) {
        m_findings->openFinding(index.data(IdRole).toLongLong());
    });
}

void MainWindow::openActionSource(ActionSource kind, Id recordId)
{
    if (kind == ActionSource::Coe) {
        m_coeWindows->open(recordId);
        return;
    }
    ListPage *page = pageNamed(kind == ActionSource::OrrAnswer ? QStringLiteral("orrPage") : QStringLiteral("workingGroupPage"));
    showPage(page);
    if (!page->selectId(recordId)) {
        showProblem(tr("The %1 this item came from (id %2) is no longer in the database; it may have been deleted. "
                       "Reload (F5) to see the latest.").arg(enumLabel(kind)).arg(recordId));
        return;
    }
    if (kind == ActionSource::OrrAnswer)
        m_orrWindows->open(recordId);
}

// Once when a database opens, not on every reload: a notice that came back
// after each save would stop being read.
void MainWindow::presentOverdue()
{
    // Counted in SQL, beside the window: the action-item list itself is
    // read only when it is first shown.
    Database *db = m_session->database();
    if (!db)
        m_notice->dismiss();
    else
        m_notice->countIn(*db, QDate::currentDate());
}

RecertificationPanel *MainWindow::recertification() const
{
    [[maybe_unused]] const Status s = pageNamed(QStringLiteral("orrPage"))->ensureLoaded(); // reported by the page
    return m_recertification;
}

ActionTracker *MainWindow::tracker() const
{
    pageNamed(QStringLiteral("actionsPage"));
    return m_tracker;
}

ListPage *MainWindow::page(int index) const
{
    ListPage *p = index >= 0 && index < m_listPageNames.size() ? pageNamed(m_listPageNames.at(index)) : nullptr;
    if (p)
        [[maybe_unused]] const Status s = p->ensureLoaded(); // reported through the page's problem()
    return p;
}

int MainWindow::pageCount() const
{
    return int(m_listPages.size());
}

void MainWindow::reloadAll()
{
    Database *db = m_session->database();
    const bool empty = m_session->isEmpty();
    showProblem(QString());
    QStringList counts;
    for (int i = 0; i < m_listPages.size(); ++i) {
        ListPage *page = builtPage(i);
        if (!page)
            continue; // reads the database when it is built
        if (auto s = page->reload(db, empty); !s)
            showProblem(s.errorMessage());
        if (const QString count = page->countText(); !count.isEmpty()) // pages not read yet have none
            counts << count;
    }
    // Pages not built yet read the database when they are.
    if (m_dashboardPage->isBuilt())
        dashboard()->invalidate(db, QDate::currentDate());
    if (m_weeklyPage->isBuilt())
        weeklyReview()->invalidate(db, QDate::currentDate());
    m_search->setDatabase(db);
    if (db && db->isShared()) {
        setWindowTitle(tr("%1 — Team — Closeloop").arg(db->sharedConnection()->database));
        m_databaseLabel->setText(tr("Team database: %1").arg(db->path()));
        statusBar()->showMessage(counts.join(QStringLiteral(" · ")));
    } else if (db) {
        setWindowTitle(tr("%1 — Closeloop").arg(QFileInfo(db->path()).fileName()));
        m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(db->path())));
        statusBar()->showMessage(counts.join(QStringLiteral(" · ")));
    } else {
        setWindowTitle(tr("Closeloop"));
        m_databaseLabel->setText(tr("No database open"));
    }
}

} // namespace closeloop
