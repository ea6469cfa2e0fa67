// An ORR review driven as a team would: start it, answer with evidence and
// a calculator, waive with an expiry, sign off, start next year's review
// from a copy and see what changed; recertification shows what is due.
#include "lists/listpage.h"
#include "orr/answerpanel.h"
#include "orr/axiomlibrary.h"
#include "orr/axiomtree.h"
#include "orr/newreviewdialog.h"
#include "orr/orrwindow.h"
#include "orr/orrwindows.h"
#include "orr/recertificationpanel.h"
#include "orr/reviewdiffdialog.h"
#include "orr/signoffdialog.h"
#include "shell/databasesession.h"
#include "shell/filedialogs.h"
#include "shell/mainwindow.h"
#include "shell/prompts.h"
#include "storage/actionitemrepository.h"
#include "storage/orrreviewrepository.h"
#include "storage/personrepository.h"
#include "storage/servicerepository.h"
#include "storage/axiomrepository.h"
#include "storage/coerepository.h"
#include "storage/findingrepository.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTest>
#include <QTreeWidget>

using namespace closeloop;

class TestOrrWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    Id m_ana = 0;
    Id m_quinn = 0;
    Id m_service = 0;

    Database &db() const { return *m_session->database(); }
    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child named %s", name);
        return w;
    }
    static void type(QWidget *parent, const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(parent, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    static void choose(QComboBox *combo, const QString &text)
    {
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    }
    static void pickAxiom(OrrWindow *w, const QString &key)
    {
        QTreeWidget *tree = w->axiomTree();
        const auto items = tree->findItems(key + QStringLiteral("  "), Qt::MatchStartsWith | Qt::MatchRecursive);
        QVERIFY2(!items.isEmpty(), qPrintable(key));
        tree->setCurrentItem(items.first());
        QTRY_VERIFY(child<QLabel>(w, "axiomTitle")->text().startsWith(key + QStringLiteral(" ·")));
    }
    static QString stateShown(OrrWindow *w, const QString &key)
    {
        const auto items = w->axiomTree()->findItems(key + QStringLiteral("  "), Qt::MatchStartsWith | Qt::MatchRecursive);
        return items.isEmpty() ? QString() : items.first()->text(1);
    }
    static void click(QWidget *parent, const char *name)
    {
        auto *b = child<QAbstractButton>(parent, name);
        QVERIFY2(b->isEnabled(), name);
        QTest::mouseClick(b, Qt::LeftButton);
    }
    static void trigger(QWidget *parent, const char *name)
    {
        auto *a = parent->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(a && a->isEnabled(), name);
        a->trigger();
    }
    static void save(OrrWindow *w)
    {
        QTest::keyClick(w, Qt::Key_S, Qt::ControlModifier);
    }

    // A review of "ledger" with Ana on the team, started from the ORR menu.
    OrrWindow *startReview()
    {
        m_window->findChild<QAction *>(QStringLiteral("newReviewAction"))->trigger();
        auto *dialog = m_window->findChild<NewReviewDialog *>();
        if (!dialog)
            return nullptr;
        auto *team = child<QListWidget>(dialog, "newReviewParticipants");
        team->findItems(QStringLiteral("Ana"), Qt::MatchStartsWith).first()->setCheckState(Qt::Checked);
        choose(child<QComboBox>(dialog, "newReviewReviewer"), QStringLiteral("Ana"));
        QTest::mouseClick(child<QPushButton>(dialog, "newReviewConfirm"), Qt::LeftButton);
        const auto reviews = OrrReviewRepository(db()).list().value();
        if (reviews.isEmpty())
            return nullptr;
        OrrWindow *w = m_window->orrWindows()->window(reviews.first().id);
        if (w) {
            w->activateWindow();
            if (!QTest::qWaitForWindowActive(w))
                return nullptr;
        }
        return w;
    }

    void answerMetWithCalculator(OrrWindow *w)
    {
        pickAxiom(w, QStringLiteral("CAP-1"));
        click(w, "state_met");
        QTRY_VERIFY(child<QLabel>(w, "answerProblems")->text().contains(QStringLiteral("without evidence")));
        type(w, "calc_peak", QStringLiteral("12000"));
        type(w, "calc_margin", QStringLiteral("0.2"));
        type(w, "calc_capacity", QStringLiteral("9000, 4000, 4000"));
        // The worked example: losing the first AZ leaves 8,000 < 14,400.
        QTRY_VERIFY(child<QLabel>(w, "calcVerdict")->text().startsWith(QStringLiteral("Fail.")));
        type(w, "calc_capacity", QStringLiteral("7350, 7350, 7350"));
        QTRY_VERIFY(child<QLabel>(w, "calcVerdict")->text().startsWith(QStringLiteral("Pass.")));
        type(w, "calc_peak_factor", QStringLiteral("2"));
        QTRY_VERIFY(child<QLabel>(w, "whatIfVerdict")->text().startsWith(QStringLiteral("What if: Fail.")));
        Prompts::queueText(QStringLiteral("Capacity model v7, AZ-loss tab"));
        click(w, "addNote");
        QTRY_VERIFY(child<QLabel>(w, "answerProblems")->text().isEmpty());
        save(w);
        QTRY_COMPARE(stateShown(w, QStringLiteral("CAP-1")), QStringLiteral("Met"));
    }

private Q_SLOTS:
    void initTestCase() { QSettings().clear(); }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
        m_session = std::make_unique<DatabaseSession>();
        QVERIFY(m_session->open(path, true)); // a new database gets the shipped axiom library
        Person ana { 0, 0, QStringLiteral("Ana"), {}, QStringLiteral("Ledger"), PersonRole::Engineer };
        Person quinn { 0, 0, QStringLiteral("Quinn"), {}, QStringLiteral("Principal engineers"), PersonRole::Reviewer };
        QVERIFY(PersonRepository(db()).create(ana));
        QVERIFY(PersonRepository(db()).create(quinn));
        m_ana = ana.id;
        m_quinn = quinn.id;
        Service ledger;
        ledger.name = QStringLiteral("ledger");
        ledger.tier = 1;
        QVERIFY(ServiceRepository(db()).create(ledger));
        m_service = ledger.id;
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        QVERIFY2(Prompts::pendingAnswers() == 0, "a queued answer was not used");
        m_window->orrWindows()->closeAll();
        m_window.reset();
        m_session.reset();
    }

    void answerAReview()
    {
        OrrWindow *w = startReview();
        QVERIFY(w);
        QCOMPARE(w->context().review.answers.size(), 53);
        QVERIFY(child<QLabel>(w, "reviewSummary")->text().contains(QStringLiteral("0 of 53 answered")));
        answerMetWithCalculator(w);

        // Not met opens an action item to meet the axiom.
        pickAxiom(w, QStringLiteral("CAP-3"));
        click(w, "state_not_met");
        QTest::keyClicks(child<QPlainTextEdit>(w, "answerNotes"), QStringLiteral("ASG minimums are 1 per AZ"));
        save(w);
        QTRY_COMPARE(stateShown(w, QStringLiteral("CAP-3")), QStringLiteral("Not met"));
        QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("action item")));
        const auto items = ActionItemRepository(db()).list().value();
        QCOMPARE(items.size(), 1);
        QVERIFY(items.first().item.title.startsWith(QStringLiteral("Meet CAP-3")));

        // Not applicable needs a reason: moving on without one keeps you there.
        pickAxiom(w, QStringLiteral("CAP-5"));
        click(w, "state_not_applicable");
        QTreeWidget *tree = w->axiomTree();
        tree->setCurrentItem(tree->findItems(QStringLiteral("CAP-6  "), Qt::MatchStartsWith | Qt::MatchRecursive).first());
        QTRY_VERIFY(w->problem().contains(QStringLiteral("CAP-5 was not saved")));
        QVERIFY(child<QLabel>(w, "axiomTitle")->text().startsWith(QStringLiteral("CAP-5 ·")));
        QTest::keyClicks(child<QLineEdit>(w, "naReason"), QStringLiteral("No quorum: stateless service"));
        save(w);
        QTRY_COMPARE(stateShown(w, QStringLiteral("CAP-5")), QStringLiteral("Not applicable"));
        QVERIFY(w->problem().isEmpty());

        const auto stored = OrrReviewRepository(db()).load(w->reviewId()).value();
        int answered = 0;
        for (const OrrAnswer &a : stored.answers)
            answered += a.state == AnswerState::Unanswered ? 0 : 1;
        QCOMPARE(answered, 3);
        QVERIFY(child<QLabel>(w, "reviewSummary")->text().contains(QStringLiteral("3 of 53 answered")));

        // The review leaves as a web page (the suffix typed decides the form) and as PDF.
        const QString html = m_dir.filePath(QStringLiteral("review.html"));
        Prompts::queueText(html);
        trigger(w, "exportAction");
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(page.readAll());
        QVERIFY(text.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(text.contains(QStringLiteral("ASG minimums are 1 per AZ")));
        QVERIFY(text.contains(QStringLiteral("<table>")));
        const QString pdf = m_dir.filePath(QStringLiteral("review.pdf"));
        Prompts::queueText(pdf);
        trigger(w, "exportAction");
        QFile printed(pdf);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QVERIFY(printed.read(5) == "%PDF-");
        QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("review.pdf")));
    }

    void anAxiomShowsTheFindingThatProducedIt()
    {
        Coe coe;
        coe.title = QStringLiteral("A zone outage took the ledger down");
        QVERIFY(CoeRepository(db()).create(coe));
        const AxiomSet set = AxiomRepository(db()).listSets().value().constFirst();
        const QList<Axiom> axioms = AxiomRepository(db()).current(set.id).value();
        const auto cap4 = std::find_if(axioms.cbegin(), axioms.cend(), [](const Axiom &a) { return a.key == QStringLiteral("CAP-4"); });
        QVERIFY(cap4 != axioms.cend());
        Finding finding;
        finding.title = QStringLiteral("Zonal capacity is assumed, never measured");
        finding.coeIds = { coe.id };
        finding.outcome = FindingOutcome::NewAxiom;
        finding.status = FindingStatus::Decided;
        finding.axiomId = cap4->id;
        QVERIFY(FindingRepository(db()).create(finding));

        OrrWindow *w = startReview();
        QVERIFY(w);
        pickAxiom(w, QStringLiteral("CAP-4"));
        const QString details = child<QLabel>(w, "axiomDetails")->text();
        QVERIFY2(details.contains(QStringLiteral("From the working group")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("Zonal capacity is assumed, never measured")));
        pickAxiom(w, QStringLiteral("CAP-1"));
        QVERIFY(!child<QLabel>(w, "axiomDetails")->text().contains(QStringLiteral("Zonal capacity")));
    }

    void waiveWithExpiry()
    {
        OrrWindow *w = startReview();
        QVERIFY(w);
        pickAxiom(w, QStringLiteral("MON-1"));
        click(w, "state_waived");
        QVERIFY(child<QWidget>(w, "waiverBox")->isVisible());
        QTest::keyClicks(child<QLineEdit>(w, "waiverReason"), QStringLiteral("SLOs are drafted; sign-off with product in January"));
        auto *approver = child<QComboBox>(w, "waiverApprover");
        QCOMPARE(approver->findText(QStringLiteral("Ana"), Qt::MatchStartsWith), -1); // on the team: cannot approve
        choose(approver, QStringLiteral("Quinn (Principal engineers)"));
        type(w, "waiverExpires", QDate::currentDate().addDays(-3).toString(Qt::ISODate));
        save(w);
        QTRY_VERIFY(w->problem().contains(QStringLiteral("MON-1 was not saved")));
        type(w, "waiverExpires", QStringLiteral("next spring"));
        QTRY_VERIFY(child<QLabel>(w, "answerProblems")->text().contains(QStringLiteral("is not a date")));
        const QDate expiry = QDate::currentDate().addDays(60);
        type(w, "waiverExpires", expiry.toString(Qt::ISODate));
        save(w);
        QTRY_COMPARE(stateShown(w, QStringLiteral("MON-1")), QStringLiteral("Waived"));
        QVERIFY(child<QLabel>(w, "reviewSummary")->text().contains(QStringLiteral("1 waiver(s) in force")));
        const auto stored = OrrReviewRepository(db()).load(w->reviewId()).value();
        const auto waived = std::find_if(stored.answers.cbegin(), stored.answers.cend(),
                                         [](const OrrAnswer &a) { return a.state == AnswerState::Waived; });
        QVERIFY(waived != stored.answers.cend());
        QCOMPARE(waived->waiver->approverId, m_quinn);
        QCOMPARE(waived->waiver->expiresOn, expiry);
    }

    void signOffThenNextYearAndDiff()
    {
        OrrWindow *w = startReview();
        QVERIFY(w);
        answerMetWithCalculator(w);
        trigger(w, "signOffAction");
        auto *dialog = w->findChild<SignOffDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY2(!child<QRadioButton>(dialog, "decisionGo")->isEnabled(), "no go-ahead while launch-blocking axioms do not hold");
        const QString facts = child<QTextBrowser>(dialog, "signOffFacts")->toPlainText();
        QVERIFY2(facts.contains(QStringLiteral("Unanswered (39)")) && facts.contains(QStringLiteral("CAP-2")), qPrintable(facts));
        QTest::mouseClick(child<QPushButton>(dialog, "signOffConfirm"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(dialog, "signOffError")->text().contains(QStringLiteral("go or no-go")));
        click(dialog, "decisionNoGo");
        choose(child<QComboBox>(dialog, "decisionOwner"), QStringLiteral("Quinn"));
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "decisionNotes"), QStringLiteral("Come back with static stability"));
        QTest::mouseClick(child<QPushButton>(dialog, "signOffConfirm"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(w, "reviewSummary")->text().contains(QStringLiteral("Signed off: No go")));

        // Signed: read-only, and the record is final.
        QVERIFY(!child<QRadioButton>(w, "state_met")->isEnabled());
        QVERIFY(!w->findChild<QAction *>(QStringLiteral("signOffAction"))->isEnabled());
        const OrrReview signedReview = OrrReviewRepository(db()).load(w->reviewId()).value();
        QCOMPARE(signedReview.decision, ReviewDecision::NoGo);
        QCOMPARE(signedReview.decisionOwnerId, OptionalId(m_quinn));
        QVERIFY(signedReview.signOffRecord.contains(QStringLiteral("CAP-2")));

        // Recertification now counts from this sign-off.
        RecertificationPanel *recert = m_window->recertification();
        recert->setFilter(RecertificationPanel::Filter::All);
        QTRY_COMPARE(recert->table()->rowCount(), 1);
        QCOMPARE(recert->table()->item(0, 1)->text(), QDate::currentDate().addDays(365).toString(Qt::ISODate));

        // Next year's review starts from a copy: CAP-1 is still met.
        Prompts::queueText(enumLabel(ReviewKind::Annual));
        trigger(w, "nextReviewAction");
        OrrWindow *next = nullptr;
        QTRY_VERIFY((next = [&] {
            const QList<OrrReviewSummary> reviews = OrrReviewRepository(db()).list().value();
            for (const OrrReviewSummary &s : reviews)
                if (s.id != signedReview.id)
                    return m_window->orrWindows()->window(s.id);
            return static_cast<OrrWindow *>(nullptr);
        }()));
        next->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(next));
        QCOMPARE(next->context().review.previousReviewId, OptionalId(signedReview.id));
        QCOMPARE(stateShown(next, QStringLiteral("CAP-1")), QStringLiteral("Met"));

        // This year CAP-1 is not met any more; the diff says so.
        pickAxiom(next, QStringLiteral("CAP-1"));
        click(next, "state_not_met");
        type(next, "calc_capacity", QStringLiteral("9000, 4000, 4000"));
        save(next);
        QTRY_COMPARE(stateShown(next, QStringLiteral("CAP-1")), QStringLiteral("Not met"));
        trigger(next, "compareAction");
        auto *diff = next->findChild<ReviewDiffDialog *>();
        QVERIFY(diff);
        auto *tree = child<QTreeWidget>(diff, "diffTree");
        const auto changed = tree->findItems(QStringLiteral("CAP-1"), Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(changed.size(), 2); // the answer, and the calculator inputs
        QCOMPARE(changed.at(0)->text(1), QStringLiteral("Met → Not met"));
        QVERIFY(changed.at(1)->text(1).contains(QStringLiteral("capacity")));
    }

    void newerLibraryIsAskedAgain()
    {
        OrrWindow *w = startReview();
        QVERIFY(w);
        answerMetWithCalculator(w);
        QVERIFY(!w->findChild<QAction *>(QStringLiteral("updateAxiomsAction"))->isEnabled());
        AxiomLibrary revised = builtInAxiomLibrary().value();
        revised.axioms[0].statement += QStringLiteral(" Checked each quarter.");
        QVERIFY(installAxiomLibrary(db(), revised));
        m_window->orrWindows()->closeAll();
        w = m_window->orrWindows()->open(OrrReviewRepository(db()).list().value().first().id);
        QVERIFY(w);
        QVERIFY(child<QLabel>(w, "reviewSummary")->text().contains(QStringLiteral("library has changed")));
        trigger(w, "updateAxiomsAction");
        QTRY_COMPARE(stateShown(w, QStringLiteral("CAP-1")), QStringLiteral("—"));
        QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("asked again (revised): CAP-1")));
        QVERIFY(!w->findChild<QAction *>(QStringLiteral("updateAxiomsAction"))->isEnabled());
    }

    // ORR > Export/Import Well-Architected Lens: a round trip changes
    // nothing; a file with a field the format does not define is refused
    // and nothing is installed.
    void lensExportAndImportFromTheMenu()
    {
        const QString lens = m_dir.filePath(QStringLiteral("menu-lens.json"));
        Prompts::queueText(lens);
        trigger(m_window.get(), "exportLensAction");
        QTRY_VERIFY(QFile::exists(lens));
        FileDialogs::setNextAnswer(lens);
        trigger(m_window.get(), "importLensAction");
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("0 added, 0 revised as new versions, 53 unchanged")));

        QFile f(lens);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"schemaVersion":"2021-11-01","name":"Closeloop readiness axioms","pillars":[],"owner":"me"})");
        f.close();
        FileDialogs::setNextAnswer(lens);
        trigger(m_window.get(), "importLensAction");
        QTRY_VERIFY(m_window->problem().contains(QStringLiteral("Nothing was imported")));
        QVERIFY(m_window->problem().contains(QStringLiteral("“owner”")));
        QCOMPARE(installedAxiomLibrary(db(), QStringLiteral("closeloop-core")).value()->axioms.size(), 53);
    }

    // Another database never replaces this one under an open review: the
    // answer being written is saved, or the user keeps editing and the
    // switch does not happen.
    void openingAnotherDatabaseWaitsForOpenAnswers()
    {
        OrrWindow *w = startReview();
        QVERIFY(w);
        const QString before = db().path();
        pickAxiom(w, QStringLiteral("CAP-5"));
        click(w, "state_not_applicable"); // no reason yet: cannot be saved
        Prompts::queueChoice(0); // keep editing
        m_window->openDatabase(m_dir.filePath(QStringLiteral("other.db")));
        QVERIFY(m_window->problem().contains(QStringLiteral("still open")));
        QCOMPARE(db().path(), before);
        QVERIFY(w->isVisible());

        QTest::keyClicks(child<QLineEdit>(w, "naReason"), QStringLiteral("Stateless: no replicas"));
        const Id reviewId = w->reviewId();
        m_window->newDatabase(m_dir.filePath(QStringLiteral("other.db"))); // the answer can be saved now, so it is
        QTRY_VERIFY(db().path() != before);
        OpenOptions options;
        options.path = before;
        auto old = Database::openSqlite(options);
        QVERIFY(old);
        const auto stored = OrrReviewRepository(*old.value()).load(reviewId).value();
        QVERIFY(std::any_of(stored.answers.cbegin(), stored.answers.cend(), [](const OrrAnswer &a) {
            return a.state == AnswerState::NotApplicable && a.naReason == QStringLiteral("Stateless: no replicas");
        }));
    }

    void recertificationShowsWhatIsDue()
    {
        RecertificationPanel *recert = m_window->recertification();
        QCOMPARE(recert->table()->rowCount(), 1); // never reviewed: due today
        QCOMPARE(recert->table()->item(0, 0)->text(), QStringLiteral("ledger"));
        QCOMPARE(recert->table()->item(0, 2)->text(), QStringLiteral("due today"));
        recert->setFilter(RecertificationPanel::Filter::Overdue);
        QCOMPARE(recert->table()->rowCount(), 0);
        recert->setFilter(RecertificationPanel::Filter::Soon);
        QTest::mouseClick(child<QPushButton>(recert, "startRecert"), Qt::LeftButton);
        QTRY_VERIFY(m_window->findChild<NewReviewDialog *>()); // no earlier review: a new one, this service chosen
        auto *dialog = m_window->findChild<NewReviewDialog *>();
        QCOMPARE(child<QComboBox>(dialog, "newReviewService")->currentData().toLongLong(), m_service);
        QTest::mouseClick(child<QPushButton>(dialog, "newReviewConfirm"), Qt::LeftButton);
        QTRY_COMPARE(OrrReviewRepository(db()).list().value().size(), 1);
        const Id id = OrrReviewRepository(db()).list().value().first().id;
        QTRY_VERIFY(m_window->orrWindows()->window(id));
        m_window->orrWindows()->closeAll();
        // Asked again, it continues the review under way instead of starting a second.
        QTest::mouseClick(child<QPushButton>(recert, "startRecert"), Qt::LeftButton);
        QTRY_VERIFY(m_window->orrWindows()->window(id));
        QCOMPARE(OrrReviewRepository(db()).list().value().size(), 1);
    }
};

QTEST_MAIN(TestOrrWindow)
#include "tst_orrwindow.moc"
