#include "coewindow.h"
#include "look/tones.h"
#include "help/guidedialog.h"
#include "look/actionicons.h"
#include "settings/preferences.h"
#include "formsection.h"

#include "coe/coechecks.h"
#include "coe/coedocument.h"
#include "coeform.h"
#include "findingspanel.h"
#include "historypanel.h"
#include "previewpanel.h"
#include "report/coemarkdown.h"
#include "mergedialog.h"
#include "reviewdialog.h"
#include "shell/personprompt.h"
#include "shell/prompts.h"
#include "shell/reportdestination.h"
#include "storage/database.h"

#include <QAction>
#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

#include "similarcoespanel.h"
#include <QSettings>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace closeloop {

CoeWindow *CoeWindow::open(Database &db, Id coeId, QWidget *parent, QString *error)
{
    auto doc = CoeDocument::load(db, coeId);
    if (!doc) {
        *error = doc.errorMessage();
        return nullptr;
    }
    auto choices = CoeChoices::load(db);
    if (!choices) {
        *error = choices.errorMessage();
        return nullptr;
    }
    auto *window = new CoeWindow(db, std::move(doc).value(), std::move(choices).value(), parent);
    window->offerRecovery();
    return window;
}

CoeWindow::CoeWindow(Database &db, std::unique_ptr<CoeDocument> doc, CoeChoices choices, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_doc(std::move(doc))
    , m_choices(std::move(choices))
    , m_undo(new QUndoStack(this))
    , m_form(new CoeForm(m_doc.get(), m_undo, m_choices, [this](const QString &name) { return resolvePerson(name); }, this))
    , m_preview(new PreviewPanel(m_doc.get(), m_choices, this))
    , m_findings(new FindingsPanel(this))
    , m_history(new HistoryPanel(this))
    , m_similar(new SimilarCoesPanel(this))
    , m_side(new QTabWidget(this))
    , m_banner(new QLabel(this))
    , m_state(new QLabel(this))
    , m_status(new QLabel(this))
    , m_autosave(new QTimer(this))
    , m_findingsTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("coeWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1400, 900);

    m_side->setObjectName(QStringLiteral("sidePanels"));
    m_side->addTab(m_preview, tr("Preview"));
    m_side->addTab(m_findings, tr("Findings"));
    m_side->addTab(m_history, tr("History"));
    m_side->addTab(m_similar, tr("Similar"));

    m_banner->setObjectName(QStringLiteral("coeBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(noticeStyleSheet());
    m_banner->hide();

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_form);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    auto *dock = new QDockWidget(tr("Outline"), this);
    dock->setObjectName(QStringLiteral("outlineDock"));
    dock->setFeatures(QDockWidget::NoDockWidgetFeatures);
    dock->setWidget(createOutline());
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    m_state->setObjectName(QStringLiteral("saveState"));
    m_status->setObjectName(QStringLiteral("coeStatus"));
    statusBar()->addWidget(m_state, 1);
    statusBar()->addPermanentWidget(m_status);

    createActions();

    // Autosave: the first change after a save starts the clock, later
    // changes do not push it back, so a draft is never older than this.
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(autosaveDelay());
    connect(m_autosave, &QTimer::timeout, this, &CoeWindow::autosave);
    m_findingsTimer->setSingleShot(true);
    m_findingsTimer->setInterval(300);
    connect(m_findingsTimer, &QTimer::timeout, this, &CoeWindow::updateFindings);
    connect(m_doc.get(), &CoeDocument::changed, this, [this] {
        if (m_doc->isModified() && !m_autosave->isActive())
            m_autosave->start();
        m_findingsTimer->start();
        updateState();
    });
    connect(m_findings, &FindingsPanel::fieldActivated, m_form, &CoeForm::goToField);
    m_similar->setSource(&m_db, [this] { return m_doc->coe(); });
    connect(m_similar, &SimilarCoesPanel::openCoe, this, &CoeWindow::openCoeRequested);

    m_history->load(m_db, m_doc->id());
    updateFindings();
    updateState();
}

CoeWindow::~CoeWindow() = default;

QWidget *CoeWindow::createOutline()
{
    m_outline = new QListWidget;
    m_outline->setObjectName(QStringLiteral("outline"));
    m_outline->setFixedWidth(210);
    int n = 1;
    for (CoeSection s : enumValues<CoeSection>()) {
        auto *item = new QListWidgetItem(tr("%1  %2").arg(n).arg(enumLabel(s)), m_outline);
        item->setData(Qt::UserRole, int(s));
        item->setToolTip(tr("Alt+%1").arg(n));
        auto *jump = new QShortcut(QKeySequence(QStringLiteral("Alt+%1").arg(n)), this);
        connect(jump, &QShortcut::activated, this, [this, s] { m_form->goToSection(s); });
        ++n;
    }
    auto go = [this](QListWidgetItem *item) { m_form->goToSection(CoeSection(item->data(Qt::UserRole).toInt())); };
    connect(m_outline, &QListWidget::itemClicked, this, go);
    connect(m_outline, &QListWidget::itemActivated, this, go);
    auto *focus = new QShortcut(QKeySequence(QStringLiteral("Ctrl+L")), this);
    connect(focus, &QShortcut::activated, m_outline, [this] { m_outline->setFocus(); });
    return m_outline;
}

void CoeWindow::createActions()
{
    QToolBar *bar = addToolBar(tr("COE"));
    bar->setObjectName(QStringLiteral("coeToolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    QAction *save = bar->addAction(tr("Save"), this, [this] { this->save(); });
    save->setObjectName(QStringLiteral("saveAction"));
    save->setIcon(actionIcon(QStringLiteral("save")));
    save->setShortcut(QKeySequence::Save);
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setIcon(actionIcon(QStringLiteral("undo")));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setIcon(actionIcon(QStringLiteral("redo")));
    redo->setShortcut(QKeySequence::Redo);
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();
    m_submit = bar->addAction(tr("Submit for review"), this, [this] { submitForReview(); });
    m_submit->setObjectName(QStringLiteral("submitAction"));
    m_submit->setIcon(actionIcon(QStringLiteral("submit")));
    m_submit->setShortcut(QKeySequence(QStringLiteral("Ctrl+Return")));
    m_review = bar->addAction(tr("Review…"), this, [this] { review(); });
    m_review->setObjectName(QStringLiteral("reviewAction"));
    m_review->setIcon(actionIcon(QStringLiteral("review")));
    m_close = bar->addAction(tr("Close COE"), this, [this] { closeCoe(); });
    m_close->setObjectName(QStringLiteral("closeCoeAction"));
    m_close->setIcon(actionIcon(QStringLiteral("close-record")));
    bar->addSeparator();
    QAction *exportReport = bar->addAction(tr("Export report…"), this, [this] { this->exportReport(); });
    exportReport->setObjectName(QStringLiteral("exportAction"));
    exportReport->setIcon(actionIcon(QStringLiteral("export")));
    exportReport->setToolTip(tr("Save the COE as Markdown, a web page or PDF; for readers outside the team, names become roles"));
    QAction *reload = bar->addAction(tr("Reload"), this, [this] { this->reload(); });
    reload->setObjectName(QStringLiteral("reloadAction"));
    reload->setIcon(actionIcon(QStringLiteral("reload")));
    reload->setToolTip(tr("Discard unsaved changes and show the stored COE"));
    // F1: the guide, at the section being written.
    QAction *guide = new QAction(tr("Guide to This Section"), this);
    guide->setObjectName(QStringLiteral("guideAction"));
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    connect(guide, &QAction::triggered, this, [this] {
        static const char *const keys[] = { "header", "window", "timeline", "detection", "resolution", "blast", "whys", "actions", "lessons" };
        const int row = m_outline->currentRow();
        GuideDialog::openAt(this, row >= 0 && row < 9 ? QString::fromLatin1(keys[row]) : QStringLiteral("coe"));
    });
    addAction(guide);
    QAction *closeWindow = new QAction(tr("Close window"), this);
    closeWindow->setShortcut(QKeySequence::Close);
    connect(closeWindow, &QAction::triggered, this, &QWidget::close);
    addAction(closeWindow);
}

void CoeWindow::setCurrentPerson(OptionalId personId)
{
    m_person = personId;
    for (FormSection *section : m_form->sections())
        section->setCurrentPerson(personId);
    updateState();
}

QString CoeWindow::saveState() const
{
    return m_state->text();
}

// Reports shared outside the team are blameless unless the author says
// the report stays within the team: the first, default choice.
std::optional<Id> CoeWindow::resolvePerson(const QString &name)
{
    auto person = findOrOfferPerson(this, m_db, name);
    if (!person) {
        showBanner(person.errorMessage());
        return std::nullopt;
    }
    if (!person.value())
        return std::nullopt;
    const Person &p = *person.value();
    const bool known = std::any_of(m_choices.people.cbegin(), m_choices.people.cend(), [&p](const Choice &c) { return c.id == p.id; });
    if (!known) // someone just added: a choice in every owner list of this window
        m_choices.people.append(Choice { p.id, p.name, p.team, enumKey(p.role), p.email });
    return p.id;
}

void CoeWindow::exportReport()
{
    // The first choice is the default; Settings decides which comes first.
    QSettings settings;
    const bool blamelessFirst = Preferences::load(settings).blamelessByDefault;
    QStringList audiences = { tr("People outside the team: names replaced by roles"), tr("The team only: names kept") };
    if (!blamelessFirst)
        audiences.swapItemsAt(0, 1);
    const int chosen = Prompts::choose(this, tr("Export report"), tr("Who will read this report?"), audiences);
    if (chosen < 0)
        return;
    const int audience = blamelessFirst ? chosen : 1 - chosen;
    const Coe &coe = m_doc->coe();
    QString suggested = coe.title.simplified().toLower();
    suggested.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    const auto destination = askReportDestination(this, tr("Export report"), QStringLiteral("coe-%1-%2").arg(coe.id).arg(suggested.left(40)));
    if (!destination)
        return;
    // What the form shows, saved or not: the report is of the COE as it reads now.
    const QString report = coeReport(coe, m_doc->actionItems(), m_choices, audience == 0 ? ReportAudience::Outside : ReportAudience::Team);
    if (auto written = writeReport(report, coe.title, destination->format, destination->path); !written) {
        showBanner(tr("The report was not saved. %1").arg(written.errorMessage()));
        return;
    }
    statusBar()->showMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(destination->path)), 5000);
}

QString CoeWindow::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void CoeWindow::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void CoeWindow::offerRecovery()
{
    QDateTime savedAt;
    auto draft = CoeDocument::pendingDraft(m_db, m_doc->id(), &savedAt);
    if (!draft) {
        showBanner(tr("An autosaved draft of this COE could not be read and was left in place: %1").arg(draft.errorMessage()));
        return;
    }
    if (!draft.value() || (draft.value()->coe == m_doc->coe() && draft.value()->actionItems == m_doc->actionItems()))
        return;
    const int choice = Prompts::choose(this, tr("Recover unsaved changes"),
        tr("Closeloop found changes to \"%1\" that were never saved, autosaved at %2 UTC. "
           "It was probably closed without saving, or it crashed.\n\nRestore them into the form? "
           "You can review them and then save, or undo nothing and reload.")
            .arg(m_doc->coe().title, savedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
        { tr("Restore my changes"), tr("Discard them") });
    if (choice == 0) {
        m_doc->restore(*draft.value());
        showBanner(tr("Restored the unsaved changes from %1 UTC. Save to keep them.").arg(savedAt.toString(QStringLiteral("HH:mm:ss"))));
    } else if (choice == 1) {
        (void)m_doc->discardDraft(m_db);
    }
    updateState();
}

void CoeWindow::autosave()
{
    if (!m_doc->isModified())
        return;
    const Status s = m_doc->saveDraft(m_db, QDateTime::currentDateTimeUtc());
    if (!s) {
        showBanner(tr("Autosave failed, so a crash now could lose recent edits: %1").arg(s.errorMessage()));
        return;
    }
    m_lastDraft = QDateTime::currentDateTime();
    updateState();
}

void CoeWindow::updateState()
{
    const Coe &c = m_doc->coe();
    setWindowTitle(tr("COE: %1[*]").arg(c.title.simplified().left(80)));
    setWindowModified(m_doc->isModified());
    if (!m_doc->isModified())
        m_state->setText(tr("Saved"));
    else if (m_lastDraft.isValid())
        m_state->setText(tr("Unsaved changes · recovery copy kept at %1").arg(m_lastDraft.toString(QStringLiteral("HH:mm:ss"))));
    else
        m_state->setText(tr("Unsaved changes"));
    m_status->setText(tr("Status: %1").arg(enumLabel(c.status)));
    m_submit->setEnabled(c.status == CoeStatus::Draft);
    m_review->setEnabled(c.status == CoeStatus::InReview);
    m_close->setEnabled(c.status == CoeStatus::Approved);
    const bool locked = c.status == CoeStatus::Approved || c.status == CoeStatus::Closed;
    m_form->setLocked(locked);
    if (locked)
        m_status->setText(m_status->text() + tr(" · a record now: only action items can change"));
}

void CoeWindow::updateFindings()
{
    m_similar->refresh();
    m_findings->setChecks(completenessCheck(m_doc->coe(), m_doc->actionItems(), QDateTime::currentDateTimeUtc()));
}

void CoeWindow::afterStore()
{
    m_autosave->stop();
    m_lastDraft = {};
    m_undo->setClean();
    m_history->load(m_db, m_doc->id());
    updateFindings();
    updateState();
    Q_EMIT coeSaved(m_doc->id());
}

bool CoeWindow::resolveConflict(const Status &failure)
{
    if (failure.error().kind != Error::Kind::Conflict) {
        showBanner(tr("Not saved: %1 Your changes are still in the form.").arg(failure.errorMessage()));
        return false;
    }
    (void)m_doc->saveDraft(m_db, QDateTime::currentDateTimeUtc()); // whatever is chosen, nothing typed is lost
    auto theirs = CoeDocument::load(m_db, m_doc->id());
    if (!theirs) {
        showBanner(tr("Not saved: %1 Your changes are still in the form.").arg(theirs.errorMessage()));
        return false;
    }
    const CoeSnapshot stored = theirs.value()->snapshot();
    auto *dialog = new MergeDialog(failure.errorMessage(), differingFields(m_doc->stored(), m_doc->snapshot(), stored),
                                   m_choices, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, stored] {
        if (dialog->outcome() == MergeDialog::TakeTheirs) {
            reload();
            return;
        }
        if (dialog->outcome() != MergeDialog::SaveMerged) {
            showBanner(tr("Not saved: this COE changed elsewhere. Your edits are still here; save again to merge."));
            return;
        }
        if (const Status s = m_doc->saveMerged(m_db, stored, dialog->takeMine()); !s) {
            // Changed again while the person was choosing: merge once more.
            resolveConflict(s);
            return;
        }
        showBanner(tr("Saved the merged version. Both saves are in the history."));
        afterStore();
    });
    dialog->open();
    showBanner(tr("Not saved yet: this COE changed elsewhere. Choose what to keep in the merge window."));
    return false;
}

namespace {
int g_autosaveMs = CoeWindow::kAutosaveMs;
} // namespace

void CoeWindow::setAutosaveDelay(int ms)
{
    g_autosaveMs = std::max(1, ms);
}

int CoeWindow::autosaveDelay()
{
    return g_autosaveMs;
}

bool CoeWindow::save()
{
    if (!m_doc->isModified())
        return true;
    Status s = m_doc->save(m_db);
    if (!s && s.error().kind == Error::Kind::Offline) {
        // The server went away (a restart, a network blip): keep the work on
        // this computer first, then try once to reconnect and save.
        (void)m_doc->saveDraft(m_db, QDateTime::currentDateTimeUtc());
        if (const Status back = m_db.reconnect(); !back) {
            showBanner(tr("Not saved: the connection to the team database was lost and could not be made again (%1). "
                          "Your changes are kept on this computer; save again once the server is back.")
                           .arg(back.errorMessage()));
            return false;
        }
        s = m_doc->save(m_db);
    }
    if (!s)
        return resolveConflict(s);
    showBanner({});
    afterStore();
    return true;
}

void CoeWindow::submitForReview()
{
    updateFindings();
    const Status s = m_doc->submit(m_db, QDateTime::currentDateTimeUtc());
    if (!s) {
        if (s.error().kind == Error::Kind::Conflict) {
            resolveConflict(s);
            return;
        }
        m_side->setCurrentWidget(m_findings);
        showBanner(s.errorMessage());
        return;
    }
    showBanner(tr("Submitted for review. The reviewer can now approve it or request changes."));
    afterStore();
}

void CoeWindow::review()
{
    if (!m_person) {
        showBanner(tr("Choose who you are first (\"Working as\" in the main window), so the review is recorded under your name."));
        return;
    }
    if (m_doc->coe().authorId == m_person) {
        showBanner(tr("You wrote this COE, so someone else has to review it."));
        return;
    }
    auto *dialog = new ReviewDialog(m_choices.personName(m_person), m_doc->coe().reviewChecks, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Status s = dialog->decision() == ReviewDialog::Decision::Approve
            ? m_doc->approve(m_db, *m_person, dialog->answers(), now)
            : m_doc->requestChanges(m_db, *m_person, dialog->answers(), now);
        if (!s) {
            showBanner(s.errorMessage());
            return;
        }
        showBanner(dialog->decision() == ReviewDialog::Decision::Approve
                       ? tr("Approved. Close the COE once every action item is done or explicitly not done.")
                       : tr("Sent back to the author with your notes."));
        afterStore();
    });
    dialog->open();
}

void CoeWindow::closeCoe()
{
    const Status s = m_doc->close(m_db, QDateTime::currentDateTimeUtc());
    if (!s) {
        showBanner(s.errorMessage());
        return;
    }
    showBanner(tr("Closed. Every action item is settled."));
    afterStore();
}

void CoeWindow::reload()
{
    if (const Status s = m_doc->reload(m_db); !s) {
        showBanner(s.errorMessage());
        return;
    }
    m_undo->clear();
    showBanner({});
    afterStore();
}

void CoeWindow::closeEvent(QCloseEvent *event)
{
    if (m_doc->isModified()) {
        const int choice = Prompts::choose(this, tr("Unsaved changes"),
            tr("\"%1\" has unsaved changes.").arg(m_doc->coe().title),
            { tr("Save"), tr("Discard changes"), tr("Cancel") });
        if (choice == 0 && !save()) {
            event->ignore();
            return;
        }
        if (choice == 1)
            (void)m_doc->discardDraft(m_db);
        if (choice != 0 && choice != 1) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace closeloop
