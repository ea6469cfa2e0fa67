#include "orrwindow.h"
#include "look/tones.h"

#include "look/actionicons.h"
#include "workinggroup/findingloop.h"

#include "answerpanel.h"
#include "axiomtree.h"
#include "orr/reviewrules.h"
#include "report/orrmarkdown.h"
#include "reviewdiffdialog.h"
#include "shell/prompts.h"
#include "shell/reportdestination.h"
#include "signoffdialog.h"
#include "storage/personrepository.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QSaveFile>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace closeloop {

OrrWindow *OrrWindow::open(Database &db, Id reviewId, QWidget *parent, QString *error)
{
    auto context = loadReviewContext(db, reviewId);
    auto people = PersonRepository(db).list();
    if (!context || !people) {
        if (error)
            *error = !context ? context.errorMessage() : people.errorMessage();
        return nullptr;
    }
    return new OrrWindow(db, std::move(context).value(), people.value(), parent);
}

OrrWindow::OrrWindow(Database &db, ReviewContext context, QList<Person> people, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_context(std::move(context))
    , m_people(std::move(people))
    , m_tree(new AxiomTree(this))
    , m_panel(new AnswerPanel(this))
    , m_header(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("orrWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1200, 780);
    m_panel->setPeople(m_people);

    m_header->setObjectName(QStringLiteral("reviewHeader"));
    m_header->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: 600;"));
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_problem->setObjectName(QStringLiteral("orrProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(noticeStyleSheet());
    m_problem->hide();

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 460, 740 });
    auto *legend = new QLabel(tr("Bold axioms block launch until met or waived."), this);
    legend->setStyleSheet(themed(QStringLiteral("color: #607d8b;")));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_header);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addWidget(splitter, 1);
    layout->addWidget(legend);
    setCentralWidget(central);

    createActions();
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &OrrWindow::axiomChanged);
    connect(m_panel, &AnswerPanel::saveRequested, this, &OrrWindow::saveAnswer);
    connect(m_panel, &AnswerPanel::problem, this, &OrrWindow::showProblem);
    refresh();
    const Id first = m_tree->firstOpenAxiom();
    if (!m_tree->selectAxiom(first ? first : m_context.review.answers.value(0).axiomId))
        m_panel->setEnabled(false);
}

QDate OrrWindow::today() const
{
    return QDate::currentDate();
}

void OrrWindow::createActions()
{
    QToolBar *bar = addToolBar(tr("Review"));
    bar->setObjectName(QStringLiteral("reviewToolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *save = bar->addAction(tr("Save Answer"), this, &OrrWindow::saveAnswer);
    save->setObjectName(QStringLiteral("saveAnswerAction"));
    save->setIcon(actionIcon(QStringLiteral("save")));
    save->setShortcut(QKeySequence::Save);
    m_signOff = bar->addAction(tr("Sign Off…"), this, &OrrWindow::signOff);
    m_signOff->setObjectName(QStringLiteral("signOffAction"));
    m_signOff->setIcon(actionIcon(QStringLiteral("sign-off")));
    m_signOff->setToolTip(tr("Record the go/no-go decision; the review can no longer change afterwards"));
    m_next = bar->addAction(tr("Start Next Review…"), this, &OrrWindow::startNextReview);
    m_next->setObjectName(QStringLiteral("nextReviewAction"));
    m_next->setIcon(actionIcon(QStringLiteral("next-review")));
    m_next->setToolTip(tr("Start the service's next review from a copy of this one; only what changed is asked again"));
    QAction *compare = bar->addAction(tr("Compare with Previous"), this, &OrrWindow::compareWithPrevious);
    compare->setObjectName(QStringLiteral("compareAction"));
    compare->setIcon(actionIcon(QStringLiteral("compare")));
    m_update = bar->addAction(tr("Use Current Axioms"), this, &OrrWindow::moveToCurrentAxioms);
    m_update->setObjectName(QStringLiteral("updateAxiomsAction"));
    m_update->setIcon(actionIcon(QStringLiteral("axioms")));
    m_update->setToolTip(tr("The axiom library changed since this review started: ask the revised and new axioms"));
    QAction *md = bar->addAction(tr("Export report…"), this, &OrrWindow::exportReport);
    md->setObjectName(QStringLiteral("exportAction"));
    md->setIcon(actionIcon(QStringLiteral("export")));
    md->setToolTip(tr("Save the review as Markdown, a web page or PDF"));
}

void OrrWindow::refresh()
{
    const OrrReview &r = m_context.review;
    QString reviewer;
    for (const Person &p : std::as_const(m_people))
        if (r.reviewerId && p.id == *r.reviewerId)
            reviewer = p.name;
    setWindowTitle(tr("ORR: %1, %2 — Closeloop").arg(m_context.service.name, r.reviewDate.toString(Qt::ISODate)));
    m_header->setText(tr("%1 · %2 · %3%4")
                          .arg(m_context.service.name, enumLabel(r.kind), r.reviewDate.toString(Qt::ISODate),
                               reviewer.isEmpty() ? QString() : tr(" · reviewer %1").arg(reviewer)));
    const SignOffSummary s = signOffSummary(r, m_context.axioms, today());
    QStringList parts;
    if (readOnly()) {
        parts << tr("<b>Signed off: %1</b> on %2").arg(enumLabel(r.decision), r.signedAt.toLocalTime().date().toString(Qt::ISODate));
        parts << tr("read-only; start the next review from a copy");
    } else {
        parts << tr("%1 of %2 answered").arg(s.answered).arg(s.total);
    }
    if (!s.blocking.isEmpty()) {
        QStringList keys;
        for (const OrrAnswer &a : s.blocking)
            keys << m_context.axioms.value(a.axiomId).key.toHtmlEscaped(); // keys come from imported libraries
        const QString shown = keys.size() > 6 ? keys.mid(0, 6).join(QStringLiteral(", ")) + tr(", …") : keys.join(QStringLiteral(", "));
        parts << tr("<span style='color:%3'>%1 launch-blocking not holding (%2)</span>").arg(keys.size()).arg(shown).arg(themed(QColor(0x8e, 0x1b, 0x1b)).name());
    } else {
        parts << tr("<span style='color:%1'>every launch-blocking axiom holds</span>").arg(themed(QColor(0x1b, 0x5e, 0x20)).name());
    }
    if (!s.waivers.isEmpty())
        parts << tr("%n waiver(s) in force", nullptr, int(s.waivers.size()));
    if (!s.expiredWaivers.isEmpty())
        parts << tr("%n waiver(s) expired", nullptr, int(s.expiredWaivers.size()));
    if (!readOnly() && m_context.behindLibrary())
        parts << tr("the axiom library has changed since: “Use Current Axioms” asks what changed");
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_signOff->setEnabled(!readOnly());
    m_next->setEnabled(readOnly());
    m_update->setEnabled(!readOnly() && m_context.behindLibrary());
    m_tree->populate(m_context, today());
}

void OrrWindow::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

QString OrrWindow::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void OrrWindow::showSelectedAnswer()
{
    const Id axiomId = m_tree->currentAxiomId();
    for (const OrrAnswer &a : std::as_const(m_context.review.answers))
        if (a.axiomId == axiomId) {
            m_panel->setEnabled(true);
            // Traceability: the findings that produced this axiom, with the COEs behind them.
            const Axiom &axiom = m_context.axioms.value(axiomId);
            QStringList findings;
            if (auto trace = axiomTrace(m_db, axiom))
                for (const FindingSummary &f : trace->findings)
                    findings << tr("Finding %1, \u201c%2\u201d").arg(f.finding.id).arg(f.finding.title);
            m_panel->setMotivatingFindings(findings);
            m_panel->showAnswer(m_context.axioms.value(axiomId), a, m_context.review.participantIds, readOnly(), today());
            return;
        }
}

void OrrWindow::axiomChanged(QTreeWidgetItem *current, QTreeWidgetItem *previous)
{
    if (!current || m_tree->currentAxiomId() == 0)
        return; // an area heading
    if (m_panel->isDirty() && m_panel->axiomId() != m_tree->currentAxiomId() && !saveAnswer()) {
        // Stay on the answer that could not be saved; the banner says why.
        const QSignalBlocker blocker(m_tree);
        m_tree->setCurrentItem(previous);
        return;
    }
    showSelectedAnswer();
}

bool OrrWindow::saveAnswer()
{
    if (readOnly() || !m_panel->isDirty())
        return true;
    const QStringList problems = m_panel->problems();
    const OrrAnswer edited = m_panel->answer();
    const Axiom axiom = m_context.axioms.value(edited.axiomId);
    if (!problems.isEmpty()) {
        showProblem(tr("%1 was not saved: %2").arg(axiom.key, problems.join(QLatin1Char(' '))));
        return false;
    }
    auto saved = closeloop::saveAnswer(m_db, m_context, edited, m_person, QDateTime::currentDateTimeUtc());
    if (!saved) {
        showProblem(saved.errorMessage());
        return false;
    }
    showProblem(QString());
    const Id selected = edited.axiomId;
    refresh();
    m_tree->selectAxiom(selected);
    showSelectedAnswer();
    statusBar()->showMessage(saved->createdActionId
                                 ? tr("%1 saved as not met; action item #%2 opened to meet it (see Action items).")
                                       .arg(axiom.key).arg(saved->createdActionId)
                                 : tr("%1 saved.").arg(axiom.key),
                             10000);
    Q_EMIT reviewChanged();
    return true;
}

void OrrWindow::signOff()
{
    if (!saveAnswer())
        return;
    if (m_signOffDialog) {
        m_signOffDialog->raise();
        return;
    }
    const SignOffSummary summary = signOffSummary(m_context.review, m_context.axioms, today());
    m_signOffDialog = new SignOffDialog(m_context, summary, m_people, m_person, this);
    m_signOffDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_signOffDialog, &SignOffDialog::submitted, this, [this](const SignOffRequest &request) {
        if (auto s = closeloop::signOff(m_db, m_context, request, QDateTime::currentDateTimeUtc()); !s) {
            m_signOffDialog->setError(s.errorMessage());
            return;
        }
        m_signOffDialog->accept();
        refresh();
        showSelectedAnswer();
        statusBar()->showMessage(tr("Signed off: %1. The review is now read-only.").arg(enumLabel(m_context.review.decision)), 10000);
        Q_EMIT reviewChanged();
    });
    m_signOffDialog->open();
}

void OrrWindow::startNextReview()
{
    const QList<ReviewKind> kinds { ReviewKind::Annual, ReviewKind::MajorChange, ReviewKind::PostIncident, ReviewKind::PreLaunch };
    QStringList labels;
    for (ReviewKind k : kinds)
        labels << enumLabel(k);
    const QString chosen = Prompts::pick(this, tr("Start the next review"),
                                         tr("The next review of %1 starts from a copy of this one. What kind of review is it?")
                                             .arg(m_context.service.name),
                                         labels);
    if (chosen.isEmpty())
        return;
    auto id = closeloop::startNextReview(m_db, m_context.review.id, kinds.value(labels.indexOf(chosen)), today());
    if (!id) {
        showProblem(id.errorMessage());
        return;
    }
    Q_EMIT reviewChanged();
    Q_EMIT openReview(id.value());
}

void OrrWindow::compareWithPrevious()
{
    auto previous = previousReview(m_db, m_context);
    if (!previous) {
        showProblem(previous.errorMessage());
        return;
    }
    if (!previous.value()) {
        showProblem(tr("There is no earlier signed-off review of %1 to compare with.").arg(m_context.service.name));
        return;
    }
    const ReviewContext &before = *previous.value();
    QHash<Id, Axiom> axioms = m_context.axioms;
    axioms.insert(before.axioms);
    const ReviewDiff diff = diffReviews(before.review, m_context.review, axioms, today());
    auto *dialog = new ReviewDiffDialog(diff, tr("%1 (%2)").arg(enumLabel(before.review.kind), before.review.reviewDate.toString(Qt::ISODate)),
                                        tr("%1 (%2)").arg(enumLabel(m_context.review.kind), m_context.review.reviewDate.toString(Qt::ISODate)),
                                        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void OrrWindow::moveToCurrentAxioms()
{
    if (!saveAnswer())
        return;
    auto moved = closeloop::moveToCurrentAxioms(m_db, m_context);
    if (!moved) {
        showProblem(moved.errorMessage());
        return;
    }
    refresh();
    showSelectedAnswer();
    QStringList said;
    if (!moved->reasked.isEmpty())
        said << tr("asked again (revised): %1").arg(moved->reasked.join(QStringLiteral(", ")));
    if (!moved->added.isEmpty())
        said << tr("added: %1").arg(moved->added.join(QStringLiteral(", ")));
    statusBar()->showMessage(said.isEmpty() ? tr("The review already uses the current axioms.") : said.join(QStringLiteral("; ")), 15000);
    Q_EMIT reviewChanged();
}

void OrrWindow::exportReport()
{
    if (!saveAnswer())
        return;
    const QString suggested = QStringLiteral("orr-%1-%2").arg(m_context.service.name, m_context.review.reviewDate.toString(Qt::ISODate));
    const auto destination = askReportDestination(this, tr("Export the review"), suggested);
    if (!destination)
        return;
    auto report = orrReviewReport(m_db, m_context.review.id, today());
    if (!report) {
        showProblem(report.errorMessage());
        return;
    }
    const QString title = tr("ORR review of %1, %2").arg(m_context.service.name, m_context.review.reviewDate.toString(Qt::ISODate));
    if (auto written = writeReport(report.value(), title, destination->format, destination->path); !written) {
        showProblem(written.errorMessage());
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(destination->path)), 10000);
}

void OrrWindow::closeEvent(QCloseEvent *event)
{
    if (!m_panel->isDirty() || saveAnswer()) {
        event->accept();
        return;
    }
    const int choice = Prompts::choose(this, tr("Unsaved answer"),
                                       tr("%1\n\nKeep editing to fix it, or discard this answer's changes?").arg(problem()),
                                       { tr("Keep editing"), tr("Discard changes") });
    if (choice == 1)
        event->accept();
    else
        event->ignore();
}

} // namespace closeloop
