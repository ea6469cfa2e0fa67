// The COE form driven from the keyboard and mouse, offscreen: fill every
// section, submit and see the findings, fix them, approve as another
// person, close. Plus undo, autosave, the preview, conflicts and bad input.
#include "coe/coedocument.h"
#include "coe/coewindow.h"
#include "coe/mergedialog.h"
#include "coe/findingspanel.h"
#include "coe/historypanel.h"
#include "coe/previewpanel.h"
#include "coe/reviewdialog.h"
#include "coe/similarcoespanel.h"
#include "coefixtures.h"
#include "shell/prompts.h"
#include "shell/shortcutsheet.h"
#include "help/guidedialog.h"
#include "coe/coechecks.h"
#include "storage/actionitemrepository.h"
#include "storage/coerepository.h"
#include "storage/personrepository.h"
#include "storage/draftrepository.h"
#include "screenshot.h"
#include "testsupport.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QImage>
#include <QTextBlock>
#include <QFile>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QShortcut>
#include <QTextBrowser>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace closeloop;

class LinkRecorder : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

class TestCoeWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::CoeCast m_cast;
    int m_count = 0;
    QPointer<CoeWindow> m_window;

    template <typename T>
    T *field(const QString &name) const
    {
        T *w = m_window->findChild<T *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }

    Id newCoe(const QString &title = QStringLiteral("Checkout errors after a bad deploy"))
    {
        Coe c;
        c.title = title;
        c.authorId = m_cast.author;
        return CoeRepository(*m_db).create(c).value();
    }

    CoeWindow *openWindow(Id id)
    {
        QString error;
        CoeWindow *w = CoeWindow::open(*m_db, id, nullptr, &error);
        if (!w)
            qFatal("%s", qPrintable(error));
        w->setAttribute(Qt::WA_DeleteOnClose, false);
        w->show();
        w->activateWindow();
        if (!QTest::qWaitForWindowActive(w))
            qWarning("the COE window did not become active");
        return w;
    }

    // Picks an entry of a closed combo box with the arrow keys, as a user would.
    static void choose(QComboBox *combo, const QString &text)
    {
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < combo->count() && !combo->currentText().startsWith(text); ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        QVERIFY2(combo->currentText().startsWith(text), qPrintable(combo->currentText()));
    }

    static void type(QWidget *w, const QString &text)
    {
        w->setFocus();
        QTest::keyClicks(w, text);
    }

    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    QString message(const char *fieldKey) const
    {
        auto *label = field<QLabel>(QString::fromLatin1(fieldKey) + QStringLiteral("_message"));
        return label->isVisible() ? label->text() : QString();
    }

    void clickButton(const char *name) { QTest::mouseClick(field<QPushButton>(QString::fromLatin1(name)), Qt::LeftButton); }
    void trigger(const char *name) { field<QAction>(QString::fromLatin1(name))->trigger(); }

    void editCell(QTableWidget *table, int row, int column, const QString &text)
    {
        table->setFocus();
        table->setCurrentCell(row, column);
        table->editItem(table->item(row, column));
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QVERIFY(table->isAncestorOf(editor));
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
        const QPointer<QLineEdit> open = editor;
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits Enter through a queued call.
        QTRY_VERIFY(!open || !open->isVisible());
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::openFresh(m_dir, QStringLiteral("gui%1.db").arg(++m_count));
        m_cast = test::createCast(*m_db);
    }

    void cleanup()
    {
        QVERIFY2(Prompts::pendingAnswers() == 0, "a queued answer was not used");
        delete m_window;
    }

    // The file is made read-only while a COE is being written: the save
    // fails with a message, and every word stays in the form until it can.
    void aFailedSaveKeepsTheText()
    {
        if (test::onServer())
            QSKIP("about a local file; a lost server connection is tested in tst_teamwindow");
        const Id id = newCoe();
        m_window = openWindow(id);
        type(field<QPlainTextEdit>(QStringLiteral("summary")), QStringLiteral("Written while the file was read-only"));
        QVERIFY(QFile::setPermissions(m_db->path(), QFile::ReadOwner | QFile::ReadGroup));
        QVERIFY(!m_window->save());
        QFile::setPermissions(m_db->path(), QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY2(m_window->bannerText().contains(QStringLiteral("read-only")), qPrintable(m_window->bannerText()));
        QVERIFY(m_window->bannerText().contains(QStringLiteral("still in the form")));
        QCOMPARE(field<QPlainTextEdit>(QStringLiteral("summary"))->toPlainText(), QStringLiteral("Written while the file was read-only"));
        QVERIFY(m_window->document()->isModified());
        QVERIFY(CoeRepository(*m_db).load(id)->summary.isEmpty());
        QVERIFY(m_window->save());
        QCOMPARE(CoeRepository(*m_db).load(id)->summary, QStringLiteral("Written while the file was read-only"));
    }

    // Links in the preview ask first and open only the web; a local file
    // named in the text is neither a link nor ever read.
    void previewLinksAskFirstAndOpenOnlyTheWeb()
    {
        Coe c;
        c.title = QStringLiteral("Dashboards went blank");
        c.authorId = m_cast.author;
        c.summary = QStringLiteral("<img src=\"/etc/hostname\"> [passwords](file:///etc/passwd)");
        TimelineEvent e;
        e.at = Instant::fromUtc(QDateTime(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC), 0);
        e.text = QStringLiteral("Graph attached");
        e.evidenceUrl = QStringLiteral("https://dashboards.example.com/d/1");
        c.timeline << e;
        e.text = QStringLiteral("Notes on disk");
        e.evidenceUrl = QStringLiteral("/etc/passwd");
        c.timeline << e;
        const Id id = CoeRepository(*m_db).create(c).value();
        m_window = openWindow(id);
        auto *preview = m_window->findChild<PreviewPanel *>(QStringLiteral("preview"));
        QVERIFY(preview);
        QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("Notes on disk")));

        // The anchors the preview holds, and where the web one is.
        QStringList anchors;
        QTextCursor webLink;
        for (QTextBlock b = preview->document()->begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().isAnchor()) {
                    anchors << it.fragment().charFormat().anchorHref();
                    if (anchors.last().startsWith(QLatin1String("https://dashboards")) && webLink.isNull()) {
                        webLink = QTextCursor(preview->document());
                        webLink.setPosition(it.fragment().position() + 1);
                    }
                }
        QCOMPARE(anchors, QStringList { QStringLiteral("https://dashboards.example.com/d/1") });

        LinkRecorder recorder;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &recorder, "open");
        preview->setTextCursor(webLink);
        preview->ensureCursorVisible();
        const QPoint at = preview->cursorRect(webLink).center();
        Prompts::queueChoice(0); // Cancel
        QTest::mouseClick(preview->viewport(), Qt::LeftButton, {}, at);
        QVERIFY2(Prompts::lastQuestion().contains(QStringLiteral("https://dashboards.example.com/d/1")), qPrintable(Prompts::lastQuestion()));
        QVERIFY(recorder.opened.isEmpty());
        Prompts::queueChoice(1); // Open Link
        QTest::mouseClick(preview->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(recorder.opened, QList<QUrl> { QUrl(QStringLiteral("https://dashboards.example.com/d/1")) });
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));

        // A picture on disk is not read, even when asked for by name.
        const QString png = m_dir.filePath(QStringLiteral("secret.png"));
        QImage image(4, 4, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(png));
        QVERIFY(!preview->document()->resource(QTextDocument::ImageResource, QUrl::fromLocalFile(png)).isValid());
        QVERIFY(!preview->toHtml().contains(QStringLiteral("<img")));
    }

    void aRepeatFailureShowsWhileWriting()
    {
        const Id earlier = newCoe(QStringLiteral("Login failed after the TLS certificate expired"));
        newCoe(QStringLiteral("Database failover took forty minutes"));
        const Id id = newCoe(QStringLiteral("Payments errors"));
        m_window = openWindow(id);
        auto *side = m_window->findChild<QTabWidget *>();
        auto *panel = m_window->findChild<SimilarCoesPanel *>(QStringLiteral("similarCoesPanel"));
        QVERIFY(side && panel);
        side->setCurrentWidget(panel);
        QTRY_VERIFY(panel->isVisible());
        QTRY_VERIFY(panel->trace()->text().contains(QStringLiteral("not cited this COE")));
        // Nothing shared yet; then the author writes the summary and the
        // earlier certificate COE appears, unsaved text and all.
        type(field<QPlainTextEdit>(QStringLiteral("summary")), QStringLiteral("The certificate on the payments endpoint expired."));
        QTRY_VERIFY(panel->similar()->topLevelItemCount() >= 1
                    && panel->similar()->topLevelItem(0)->text(1).startsWith(QStringLiteral("COE-%1 ").arg(earlier)));
        QVERIFY(panel->similar()->topLevelItem(0)->text(2).contains(QStringLiteral("certificate")));
    }

    void fillSubmitFixApproveClose()
    {
        const Id id = newCoe();
        m_window = openWindow(id);
        CoeDocument *doc = m_window->document();

        // Header
        choose(field<QComboBox>(QStringLiteral("service")), QStringLiteral("Checkout"));
        choose(field<QComboBox>(QStringLiteral("severity")), QStringLiteral("Sev 2"));
        QCOMPARE(field<QLabel>(QStringLiteral("severityDefinition"))->text().left(15), QStringLiteral("Partial failure"));
        choose(field<QComboBox>(QStringLiteral("reviewer")), QStringLiteral("Bo Lindqvist"));
        type(field<QLineEdit>(QStringLiteral("tags")), QStringLiteral("deploy, payments"));
        QCOMPARE(doc->coe().tags, (QStringList { QStringLiteral("deploy"), QStringLiteral("payments") }));

        // Summary and impact window, with a time missing its offset first.
        type(field<QPlainTextEdit>(QStringLiteral("summary")), QStringLiteral("A build with a broken payment client reached every AZ."));
        type(field<QPlainTextEdit>(QStringLiteral("impact")), QStringLiteral("12% of checkouts failed for 50 minutes."));
        type(field<QLineEdit>(QStringLiteral("impact_start")), QStringLiteral("2026-03-29 01:50"));
        QVERIFY(message("impact_start").contains(QStringLiteral("UTC offset")));
        QCOMPARE(field<QLineEdit>(QStringLiteral("impact_start"))->text(), QStringLiteral("2026-03-29 01:50")); // kept
        QVERIFY(!doc->coe().impactStart);
        type(field<QLineEdit>(QStringLiteral("impact_start")), QStringLiteral(" +05:45"));
        QVERIFY(message("impact_start").isEmpty());
        QCOMPARE(doc->coe().impactStart->offsetMinutes, 345);
        type(field<QLineEdit>(QStringLiteral("detected")), QStringLiteral("2026-03-29 02:05 +05:45"));
        type(field<QLineEdit>(QStringLiteral("engaged")), QStringLiteral("2026-03-29 02:09 +05:45"));
        type(field<QLineEdit>(QStringLiteral("mitigated")), QStringLiteral("2026-03-29 02:40 +05:45"));
        // Resolved before mitigated: said at the field, live.
        type(field<QLineEdit>(QStringLiteral("resolved")), QStringLiteral("2026-03-29 02:30 +05:45"));
        QTRY_VERIFY(message("resolved").contains(QStringLiteral("before mitigated")));
        retype(field<QLineEdit>(QStringLiteral("resolved")), QStringLiteral("2026-03-29 03:30 +05:45"));
        QTRY_VERIFY(message("resolved").isEmpty());
        QVERIFY(field<QLabel>(QStringLiteral("ttd"))->text().contains(QStringLiteral("15 min")));
        QVERIFY(field<QLabel>(QStringLiteral("ttm"))->text().contains(QStringLiteral("50 min")));
        QVERIFY(field<QLabel>(QStringLiteral("ttr"))->text().contains(QStringLiteral("1 h 40 min")));

        // Timeline: an event whose time becomes the detection time.
        clickButton("addTimelineEvent");
        auto *timeline = field<QTableWidget>(QStringLiteral("timeline"));
        QCOMPARE(timeline->rowCount(), 1);
        editCell(timeline, 0, 2, QStringLiteral("Deploy reaches every AZ"));
        editCell(timeline, 0, 0, QStringLiteral("2026-03-29 01:48 +05:45"));
        QCOMPARE(doc->coe().timeline.first().text, QStringLiteral("Deploy reaches every AZ"));
        QCOMPARE(doc->coe().timeline.first().at.offsetMinutes, 345);

        // Detection: customer-reported, which proposes a monitoring action.
        choose(field<QComboBox>(QStringLiteral("detection_method")), QStringLiteral("Customer report"));
        type(field<QLineEdit>(QStringLiteral("detection_source")), QStringLiteral("Support ticket 48213"));
        QVERIFY(field<QLabel>(QStringLiteral("ttdTarget"))->text().contains(QStringLiteral("7 min 30 s")));
        auto *halveTtd = field<QPlainTextEdit>(QStringLiteral("halve_ttd_answer"));
        type(halveTtd, QStringLiteral("nothing"));
        QVERIFY(field<QLabel>(QStringLiteral("halve_ttd_answer_verdict"))->text().contains(QStringLiteral("is not an answer")));
        halveTtd->clear();
        type(halveTtd, QStringLiteral("An alarm on the payment client error metric with a one minute period"));
        QVERIFY(field<QLabel>(QStringLiteral("halve_ttd_answer_verdict"))->text().startsWith(QStringLiteral("✓")));

        // Resolution
        type(field<QPlainTextEdit>(QStringLiteral("resolution")), QStringLiteral("Rolled the deploy back."));
        QTest::mouseClick(field<QCheckBox>(QStringLiteral("no_runbook")), Qt::LeftButton, {}, QPoint(5, 5));
        QVERIFY(doc->coe().noRunbook);

        // Blast radius, with text in a number field first.
        type(field<QLineEdit>(QStringLiteral("customers_affected")), QStringLiteral("lots"));
        QVERIFY(message("customers_affected").contains(QStringLiteral("not a whole number")));
        retype(field<QLineEdit>(QStringLiteral("customers_affected")), QStringLiteral("1,200"));
        QVERIFY(message("customers_affected").isEmpty());
        QCOMPARE(doc->coe().customersAffected, std::optional<qint64>(1200));
        type(field<QLineEdit>(QStringLiteral("customers_total")), QStringLiteral("90000"));
        QCOMPARE(field<QLabel>(QStringLiteral("customerShare"))->text(), QStringLiteral("1.33% of all customers affected."));
        type(field<QLineEdit>(QStringLiteral("failed_request_share")), QStringLiteral("12%"));
        QCOMPARE(*doc->coe().failedRequestShare, 0.12);
        type(field<QLineEdit>(QStringLiteral("scope_region")), QStringLiteral("ap-south-1"));
        type(field<QLineEdit>(QStringLiteral("scope_az")), QStringLiteral("aps1-az1, aps1-az2"));
        QCOMPARE(doc->coe().blastScopes.size(), 3);
        auto *series = field<QPlainTextEdit>(QStringLiteral("impact_series"));
        series->setFocus();
        series->insertPlainText(QStringLiteral("2026-03-29 01:50 +05:45, 1000, 1000\n2026-03-29 01:51 +05:45, 1000, 500\n"
                                               "2026-03-29 01:52 +05:45, 1000, 500\n2026-03-29 01:53 +05:45, 1000, 1000"));
        QTRY_COMPARE(doc->coe().impactSeries.size(), 4);
        QTRY_VERIFY(field<QLabel>(QStringLiteral("availability"))->text().contains(QStringLiteral("66.67%")));
        type(field<QPlainTextEdit>(QStringLiteral("halve_blast_answer")), QStringLiteral("Deploy to one AZ first and bake for an hour"));

        // Five Whys: a cause, Enter asks why again, Enter on an empty
        // answer ends the chain.
        clickButton("addWhy");
        auto *whys = field<QTreeWidget>(QStringLiteral("whys"));
        QTRY_VERIFY(whys->findChild<QLineEdit *>());
        QTest::keyClicks(whys->findChild<QLineEdit *>(), QStringLiteral("The payment client sent malformed requests."));
        QTest::keyClick(whys->findChild<QLineEdit *>(), Qt::Key_Return);
        QTRY_COMPARE(doc->coe().whys.size(), 2);
        QCOMPARE(doc->coe().whys.first().answer, QStringLiteral("The payment client sent malformed requests."));
        QTRY_VERIFY(whys->findChild<QLineEdit *>() && whys->findChild<QLineEdit *>()->isVisible());
        QTest::keyClicks(whys->findChild<QLineEdit *>(), QStringLiteral("The pipeline deployed to every AZ at once."));
        QTest::keyClick(whys->findChild<QLineEdit *>(), Qt::Key_Return);
        QTRY_COMPARE(doc->coe().whys.size(), 3);
        QTRY_VERIFY(whys->findChild<QLineEdit *>() && whys->findChild<QLineEdit *>()->isVisible());
        QTest::keyClick(whys->findChild<QLineEdit *>(), Qt::Key_Return);
        QTRY_COMPARE(doc->coe().whys.size(), 2);
        QCOMPARE(doc->coe().whys.at(1).answer, QStringLiteral("The pipeline deployed to every AZ at once."));
        QCOMPARE(doc->coe().whys.at(1).parentId, OptionalId(doc->coe().whys.at(0).id));

        // Lessons and the axiom question.
        type(field<QPlainTextEdit>(QStringLiteral("lessons")), QStringLiteral("Stage every deploy."));
        QTest::mouseClick(field<QCheckBox>(QStringLiteral("no_axiom_exists")), Qt::LeftButton, {}, QPoint(5, 5));
        type(field<QPlainTextEdit>(QStringLiteral("axiom_proposal")), QStringLiteral("Every deploy goes one AZ at a time with a bake."));

        type(field<QPlainTextEdit>(QStringLiteral("notes")), QStringLiteral("Status page history is in the shared drive."));
        QCOMPARE(doc->coe().notes, QStringLiteral("Status page history is in the shared drive."));

        // The preview follows.
        QTRY_VERIFY(m_window->preview()->markdown().contains(QStringLiteral("Every deploy goes one AZ at a time")));
        QVERIFY(m_window->preview()->markdown().contains(QStringLiteral("Status page history is in the shared drive.")));

        // Submit: the findings are listed by section and lead to the field.
        trigger("submitAction");
        QCOMPARE(doc->coe().status, CoeStatus::Draft);
        QVERIFY(m_window->bannerText().contains(QStringLiteral("must be fixed before review")));
        QTreeWidget *findings = m_window->findings()->tree();
        QVERIFY(findings->isVisible());
        QTreeWidgetItem *actionGroup = nullptr;
        for (int i = 0; i < findings->topLevelItemCount(); ++i)
            if (findings->topLevelItem(i)->text(0) == QStringLiteral("Action items"))
                actionGroup = findings->topLevelItem(i);
        QVERIFY(actionGroup);
        QVERIFY(actionGroup->child(0)->text(0).contains(QStringLiteral("monitoring")));
        const QRect rect = findings->visualItemRect(actionGroup->child(0));
        QTest::mouseClick(findings->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(QApplication::focusWidget(), field<QTableWidget>(QStringLiteral("action_items")));

        // Fix: accept both proposals and link actions to the two answers.
        clickButton("accept_detection_gap");
        clickButton("accept_runbook_gap");
        auto *actions = field<QTableWidget>(QStringLiteral("action_items"));
        QCOMPARE(actions->rowCount(), 2);
        clickButton("addActionItem");
        editCell(actions, 2, 0, QStringLiteral("Deploy one AZ at a time"));
        // A new item is due after the team's default for its priority (P2:
        // eight weeks), and follows a change of priority until edited.
        const QDate today = QDate::currentDate();
        QCOMPARE(doc->actionItems().at(2).due, std::optional<QDate>(today.addDays(56)));
        choose(qobject_cast<QComboBox *>(actions->cellWidget(2, 3)), QStringLiteral("P0"));
        QCOMPARE(doc->actionItems().at(2).due, std::optional<QDate>(today.addDays(14)));
        choose(qobject_cast<QComboBox *>(actions->cellWidget(2, 3)), QStringLiteral("P2"));
        QCOMPARE(doc->actionItems().at(2).due, std::optional<QDate>(today.addDays(56)));
        for (int row = 0; row < 3; ++row) {
            choose(qobject_cast<QComboBox *>(actions->cellWidget(row, 1)), QStringLiteral("Asha Rao"));
            editCell(actions, row, 2, QStringLiteral("2026-12-15"));
        }
        choose(qobject_cast<QComboBox *>(actions->cellWidget(0, 5)), QStringLiteral("Halve time to detect"));
        choose(qobject_cast<QComboBox *>(actions->cellWidget(2, 5)), QStringLiteral("Halve blast radius"));
        editCell(actions, 1, 2, QStringLiteral("next week"));
        QVERIFY(message("action_items").contains(QStringLiteral("not a date")));
        QCOMPARE(doc->actionItems().at(1).due, std::optional<QDate>(QDate(2026, 12, 15))); // kept the good value
        // Adding the DetectionGap item replaced its "addresses"; add the gap back as its own item.
        clickButton("accept_detection_gap");
        QCOMPARE(actions->rowCount(), 4);
        choose(qobject_cast<QComboBox *>(actions->cellWidget(3, 1)), QStringLiteral("Chen Wei"));
        editCell(actions, 3, 2, QStringLiteral("2026-12-20"));

        trigger("submitAction");
        QVERIFY2(doc->coe().status == CoeStatus::InReview, qPrintable(m_window->bannerText()));
        QVERIFY(!doc->isModified());
        QCOMPARE(CoeRepository(*m_db).load(id)->status, CoeStatus::InReview);

        // The author cannot approve their own COE.
        m_window->setCurrentPerson(m_cast.author);
        trigger("reviewAction");
        QVERIFY(m_window->bannerText().contains(QStringLiteral("someone else")));
        QVERIFY(!m_window->findChild<ReviewDialog *>());

        // The reviewer answers the checklist and approves.
        m_window->setCurrentPerson(m_cast.reviewer);
        trigger("reviewAction");
        auto *dialog = m_window->findChild<ReviewDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *approve = dialog->findChild<QPushButton *>(QStringLiteral("approveButton"));
        QVERIFY(!approve->isEnabled());
        for (QCheckBox *box : dialog->findChildren<QCheckBox *>())
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(5, 5));
        QVERIFY(approve->isEnabled());
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_COMPARE(doc->coe().status, CoeStatus::Approved);
        QCOMPARE(doc->coe().reviewChecks.size(), 4);

        // Closing waits for every action item.
        trigger("closeCoeAction");
        QVERIFY(m_window->bannerText().contains(QStringLiteral("4 action items are not done")));
        for (int row = 0; row < 4; ++row)
            choose(qobject_cast<QComboBox *>(actions->cellWidget(row, 6)), QStringLiteral("Done"));
        QVERIFY(field<QAction>(QStringLiteral("saveAction"))->isEnabled());
        trigger("closeCoeAction");
        QCOMPARE(doc->coe().status, CoeStatus::Closed);
        QCOMPARE(CoeRepository(*m_db).load(id)->status, CoeStatus::Closed);

        // Every step is in the history.
        QTRY_VERIFY(m_window->history()->topLevelItemCount() > 10);
        QCOMPARE(m_window->history()->topLevelItem(0)->text(2), QStringLiteral("Status: Approved → Closed"));
    }

    // The why tree from the keyboard: a blame root cause gets its next why
    // added under it and blocks submission; Tab branches; Alt+Up reorders;
    // Delete removes; every change undoes; the reviewer can accept a
    // finding in writing.
    void whyTreeRefusesBlame()
    {
        Coe c;
        c.title = QStringLiteral("Volumes deleted during cleanup");
        c.authorId = m_cast.author;
        c.reviewerId = m_cast.reviewer;
        m_window = openWindow(CoeRepository(*m_db).create(c).value());
        CoeDocument *doc = m_window->document();
        auto *whys = field<QTreeWidget>(QStringLiteral("whys"));
        auto *detail = field<QLabel>(QStringLiteral("whyDetail"));
        auto editor = [whys] { return whys->findChild<QLineEdit *>(QStringLiteral("whyAnswerEditor")); };

        clickButton("addWhy");
        QTRY_VERIFY(editor() && editor()->isVisible());
        QTest::keyClicks(editor(), QStringLiteral("The engineer forgot to drain the node"));
        // Checked while typing, with the words that triggered it.
        QTRY_VERIFY2(detail->text().contains(QStringLiteral("forgot")) && detail->text().contains(QStringLiteral("Blame")), qPrintable(detail->text()));
        QVERIFY(detail->text().contains(QStringLiteral("background")));
        QTest::keyClick(editor(), Qt::Key_Return);

        // Refused as a root cause: the next why was added under it, asked
        // with the reframing question, and the editor is on it.
        QTRY_COMPARE(doc->coe().whys.size(), 2);
        const WhyNode blame = doc->coe().whys.at(0);
        const WhyNode next = doc->coe().whys.at(1);
        QCOMPARE(next.parentId, OptionalId(blame.id));
        QCOMPARE(next.question, QStringLiteral("What allowed this action to have this effect?"));
        QTRY_VERIFY(editor() && editor()->isVisible());
        QCOMPARE(editor()->placeholderText(), next.question);
        QTest::keyClicks(editor(), QStringLiteral("The drain step was a manual command with no check that traffic had left"));
        // Tab: another contributing cause beside it.
        QTest::keyClick(editor(), Qt::Key_Tab);
        QTRY_COMPARE(doc->coe().whys.size(), 3);
        QTRY_VERIFY(editor() && editor()->isVisible());
        QTest::keyClicks(editor(), QStringLiteral("The cleanup job selected volumes by a tag production also carried"));
        QTest::keyClick(editor(), Qt::Key_Return); // asks why again...
        QTRY_COMPARE(doc->coe().whys.size(), 4);
        QTRY_VERIFY(editor() && editor()->isVisible());
        QTest::keyClick(editor(), Qt::Key_Return); // ...and Enter on nothing ends the chain
        QTRY_COMPARE(doc->coe().whys.size(), 3);
        QTRY_COMPARE(doc->coe().whys.at(2).answer, QStringLiteral("The cleanup job selected volumes by a tag production also carried"));
        QCOMPARE(doc->coe().whys.at(2).parentId, OptionalId(blame.id));
        QTRY_VERIFY(!editor() || !editor()->isVisible());
        QTreeWidgetItem *root = whys->topLevelItem(0);
        QVERIFY(root->text(1).startsWith(QStringLiteral("Blame")));
        QVERIFY(root->child(0)->text(1).contains(QStringLiteral("root cause")));
        QVERIFY(root->child(0)->text(1).startsWith(QStringLiteral("Systemic")));

        // Reorder with Alt+Up, undo it.
        whys->setFocus();
        whys->setCurrentItem(root->child(1));
        QTest::keyClick(whys, Qt::Key_Up, Qt::AltModifier);
        QTRY_COMPARE(whys->topLevelItem(0)->child(0)->text(0), QStringLiteral("The cleanup job selected volumes by a tag production also carried"));
        trigger("undoAction");
        QTRY_COMPARE(whys->topLevelItem(0)->child(0)->text(0), QStringLiteral("The drain step was a manual command with no check that traffic had left"));

        // Delete the two causes: the blame answer is a root cause again and
        // the COE cannot go to review; undo brings them back.
        whys->setFocus();
        whys->setCurrentItem(whys->topLevelItem(0)->child(0));
        QTest::keyClick(whys, Qt::Key_Delete);
        whys->setCurrentItem(whys->topLevelItem(0)->child(0));
        QTest::keyClick(whys, Qt::Key_Delete);
        QTRY_COMPARE(doc->coe().whys.size(), 1);
        const auto blocking = [doc] {
            for (const CoeCheck &k : completenessCheck(doc->coe(), doc->actionItems(), QDateTime::currentDateTimeUtc()))
                if (k.field == CoeField::Whys && k.level == CoeCheck::Level::Blocking)
                    return k.message;
            return QString();
        };
        QVERIFY2(blocking().contains(QStringLiteral("blames a person")), qPrintable(blocking()));
        trigger("undoAction");
        trigger("undoAction");
        QTRY_COMPARE(doc->coe().whys.size(), 3);
        QVERIFY(blocking().isEmpty());

        // The reviewer accepts the flagged answer in writing.
        whys->setCurrentItem(whys->topLevelItem(0));
        auto *accept = field<QPushButton>(QStringLiteral("acceptWhy"));
        m_window->setCurrentPerson(m_cast.author);
        QVERIFY(!accept->isEnabled()); // only the reviewer may
        m_window->setCurrentPerson(m_cast.reviewer);
        QTRY_VERIFY(accept->isEnabled());
        Prompts::queueText(QStringLiteral("The answer quotes the shift log; the causes below carry the fix."));
        QTest::mouseClick(accept, Qt::LeftButton);
        QTRY_COMPARE(doc->coe().whys.at(0).overrideReason, QStringLiteral("The answer quotes the shift log; the causes below carry the fix."));
        QCOMPARE(doc->coe().whys.at(0).overrideBy, OptionalId(m_cast.reviewer));
        QTRY_VERIFY(whys->topLevelItem(0)->text(1).contains(QStringLiteral("accepted")));
        // Exported for readers outside the team: roles, not names.
        const QString exported = QDir(QDir::tempPath()).filePath(QStringLiteral("closeloop-export-%1.md").arg(QCoreApplication::applicationPid()));
        Prompts::queueChoice(0);
        Prompts::queueText(exported);
        trigger("exportAction");
        QFile report(exported);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(report.readAll());
        QVERIFY(text.startsWith(QStringLiteral("# Volumes deleted during cleanup")));
        QVERIFY(!text.contains(QStringLiteral("Asha")) && !text.contains(QStringLiteral("Lindqvist")));
        QVERIFY(text.contains(QStringLiteral("The reviewer")));
        report.remove();
        // For the team, as a web page: names kept, typed text escaped into the page.
        const QString page = exported.chopped(3) + QStringLiteral(".html");
        Prompts::queueChoice(1);
        Prompts::queueText(page);
        trigger("exportAction");
        QFile html(page);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString htmlText = QString::fromUtf8(html.readAll());
        QVERIFY(htmlText.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(htmlText.contains(QStringLiteral("<h1>Volumes deleted during cleanup</h1>")));
        QVERIFY(htmlText.contains(QStringLiteral("Asha")));
        html.remove();
        const QString pdf = exported.chopped(3) + QStringLiteral(".pdf");
        Prompts::queueChoice(0);
        Prompts::queueText(pdf);
        trigger("exportAction");
        QFile printed(pdf);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QVERIFY(printed.read(5) == "%PDF-");
        printed.remove();

        QVERIFY(m_window->save());
        m_window->history()->load(*m_db, doc->coe().id);
        QVERIFY(!m_window->history()->findItems(QStringLiteral("The answer quotes the shift log"), Qt::MatchContains, 2).isEmpty());
    }

    // Bad input on action items: a past due date is flagged but kept, an
    // unknown owner is offered to be added, a broken tracker link refused.
    void actionItemBadInput()
    {
        m_window = openWindow(newCoe());
        CoeDocument *doc = m_window->document();
        auto *actions = field<QTableWidget>(QStringLiteral("action_items"));
        clickButton("addActionItem");
        editCell(actions, 0, 0, QStringLiteral("Alarm on queue age per shard"));
        auto *note = field<QLabel>(QStringLiteral("actionItemsNote"));
        QVERIFY(!note->isVisible());
        const QDate past = QDate::currentDate().addDays(-10);
        editCell(actions, 0, 2, past.toString(Qt::ISODate));
        QCOMPARE(doc->actionItems().at(0).due, std::optional<QDate>(past));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("Row 1: the due date %1 is already past").arg(past.toString(Qt::ISODate))),
                 qPrintable(note->text()));
        editCell(actions, 0, 2, QDate::currentDate().addDays(10).toString(Qt::ISODate));
        QVERIFY(!note->isVisible());

        // Someone not in the database: offered, declined, then added.
        auto *owner = qobject_cast<QComboBox *>(actions->cellWidget(0, 1));
        Prompts::queueText(QStringLiteral("Nadia Petrova"));
        Prompts::queueChoice(1);
        auto someoneElse = [actions] {
            auto *combo = qobject_cast<QComboBox *>(actions->cellWidget(0, 1));
            combo->setFocus();
            QTest::keyClick(combo, Qt::Key_End); // the last entry, as a user would reach it
        };
        QVERIFY(owner->itemText(owner->count() - 1).startsWith(QStringLiteral("Someone else")));
        someoneElse();
        QVERIFY(Prompts::lastQuestion().contains(QStringLiteral("“Nadia Petrova” is not among the people")));
        QCOMPARE(doc->actionItems().at(0).ownerId, std::nullopt);
        QVERIFY(!PersonRepository(*m_db).findByName(QStringLiteral("Nadia Petrova")).value());
        QCOMPARE(qobject_cast<QComboBox *>(actions->cellWidget(0, 1))->currentText(), QStringLiteral("(no owner)"));

        Prompts::queueText(QStringLiteral("Nadia Petrova"));
        Prompts::queueChoice(0);
        someoneElse();
        const auto nadia = PersonRepository(*m_db).findByName(QStringLiteral("Nadia Petrova")).value();
        QVERIFY(nadia);
        QCOMPARE(doc->actionItems().at(0).ownerId, OptionalId(nadia->id));
        QCOMPARE(qobject_cast<QComboBox *>(actions->cellWidget(0, 1))->currentText(), QStringLiteral("Nadia Petrova"));
        // A known first name needs no question.
        Prompts::queueText(QStringLiteral("nadia"));
        someoneElse();
        QCOMPARE(doc->actionItems().at(0).ownerId, OptionalId(nadia->id));

        editCell(actions, 0, 8, QStringLiteral("htp:/tracker/OPS-1"));
        QVERIFY2(message("action_items").contains(QStringLiteral("https://")), qPrintable(message("action_items")));
        QVERIFY(doc->actionItems().at(0).trackerRef.isEmpty());
        editCell(actions, 0, 8, QStringLiteral("https://tracker.example.com/browse/OPS-1"));
        QVERIFY(message("action_items").isEmpty());
        QCOMPARE(doc->actionItems().at(0).trackerRef, QStringLiteral("https://tracker.example.com/browse/OPS-1"));
        QVERIFY(m_window->save());
        const auto stored = ActionItemRepository(*m_db).forSource(ActionSource::Coe, doc->id()).value();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().ownerId, OptionalId(nadia->id));
    }

    void undoRedoEveryEdit()
    {
        m_window = openWindow(newCoe());
        auto *summary = field<QPlainTextEdit>(QStringLiteral("summary"));
        type(summary, QStringLiteral("First draft"));
        choose(field<QComboBox>(QStringLiteral("severity")), QStringLiteral("Sev 1"));
        QCOMPARE(m_window->document()->coe().severity, 1);
        QAction *undo = field<QAction>(QStringLiteral("undoAction"));
        undo->trigger();
        QCOMPARE(m_window->document()->coe().severity, 3);
        QCOMPARE(field<QComboBox>(QStringLiteral("severity"))->currentData().toInt(), 3);
        undo->trigger(); // the typing is one step, not one per letter
        QVERIFY(summary->toPlainText().isEmpty());
        QVERIFY(!m_window->document()->isModified());
        QCOMPARE(m_window->saveState(), QStringLiteral("Saved"));
        field<QAction>(QStringLiteral("redoAction"))->trigger();
        QCOMPARE(summary->toPlainText(), QStringLiteral("First draft"));
        QVERIFY(m_window->saveState().startsWith(QStringLiteral("Unsaved")));
    }

    void autosavesADraftWithinSeconds()
    {
        const Id id = newCoe();
        m_window = openWindow(id);
        type(field<QPlainTextEdit>(QStringLiteral("summary")), QStringLiteral("Typed just before a crash"));
        QTRY_VERIFY_WITH_TIMEOUT(CoeDocument::pendingDraft(*m_db, id).value().has_value(), CoeWindow::kAutosaveMs + 3000);
        QCOMPARE(CoeDocument::pendingDraft(*m_db, id).value()->coe.summary, QStringLiteral("Typed just before a crash"));
        QVERIFY(m_window->saveState().contains(QStringLiteral("recovery copy")));
        trigger("saveAction");
        QVERIFY(!CoeDocument::pendingDraft(*m_db, id).value().has_value());
        QCOMPARE(CoeRepository(*m_db).load(id)->summary, QStringLiteral("Typed just before a crash"));
    }

    // Two people edit the same COE: the second save opens a field-by-field
    // merge, nothing of either is lost, and the person decides per field.
    void conflictingSaveMergesFieldByField()
    {
        const Id id = newCoe();
        m_window = openWindow(id);
        QPointer<CoeWindow> other = openWindow(id);
        other->findChild<QPlainTextEdit *>(QStringLiteral("summary"))->setFocus();
        QTest::keyClicks(other->findChild<QPlainTextEdit *>(QStringLiteral("summary")), QStringLiteral("Theirs"));
        other->findChild<QPlainTextEdit *>(QStringLiteral("impact"))->setFocus();
        QTest::keyClicks(other->findChild<QPlainTextEdit *>(QStringLiteral("impact")), QStringLiteral("Their impact"));
        QVERIFY(other->save());

        type(field<QPlainTextEdit>(QStringLiteral("summary")), QStringLiteral("Mine"));
        type(field<QPlainTextEdit>(QStringLiteral("lessons")), QStringLiteral("My lesson"));
        QVERIFY(!m_window->save());
        auto *merge = m_window->findChild<MergeDialog *>();
        QVERIFY(merge);
        QTRY_VERIFY(merge->isVisible());
        QVERIFY(CoeDocument::pendingDraft(*m_db, id).value().has_value()); // kept while choosing
        auto *table = merge->findChild<QTableWidget *>(QStringLiteral("mergeTable"));
        QCOMPARE(table->rowCount(), 3); // summary (both), impact (theirs), lessons (mine)
        QVERIFY(table->item(0, 0)->text().contains(QStringLiteral("both sides")));
        QVERIFY(table->item(0, 1)->text().contains(QStringLiteral("Mine")));
        QVERIFY(table->item(0, 2)->text().contains(QStringLiteral("Theirs")));
        test::screenshot(merge, "merge-dialog.png");
        auto *keepSummary = merge->findChild<QComboBox *>(QStringLiteral("keep_summary"));
        QCOMPARE(keepSummary->currentText(), QStringLiteral("Yours"));
        QCOMPARE(merge->findChild<QComboBox *>(QStringLiteral("keep_impact"))->currentText(), QStringLiteral("Stored"));
        QCOMPARE(merge->findChild<QComboBox *>(QStringLiteral("keep_lessons"))->currentText(), QStringLiteral("Yours"));
        // Their summary wins; my lessons and their impact are kept too.
        keepSummary->setFocus();
        QTest::keyClick(keepSummary, Qt::Key_Down);
        QCOMPARE(keepSummary->currentText(), QStringLiteral("Stored"));
        QTest::mouseClick(merge->findChild<QPushButton *>(QStringLiteral("mergeSave")), Qt::LeftButton);
        QTRY_VERIFY(!m_window->document()->isModified());
        const Coe stored = CoeRepository(*m_db).load(id).value();
        QVERIFY(stored.summary.contains(QStringLiteral("Theirs")));
        QVERIFY(!stored.summary.contains(QStringLiteral("Mine")));
        QVERIFY(stored.impact.contains(QStringLiteral("Their impact")));
        QVERIFY(stored.lessons.contains(QStringLiteral("My lesson")));
        QCOMPARE(field<QPlainTextEdit>(QStringLiteral("summary"))->toPlainText(), stored.summary);
        QVERIFY(!CoeDocument::pendingDraft(*m_db, id).value().has_value());
        delete other;
    }

    void conflictCanBeLeftForLater()
    {
        const Id id = newCoe();
        m_window = openWindow(id);
        QPointer<CoeWindow> other = openWindow(id);
        other->findChild<QPlainTextEdit *>(QStringLiteral("summary"))->setFocus();
        QTest::keyClicks(other->findChild<QPlainTextEdit *>(QStringLiteral("summary")), QStringLiteral("Theirs"));
        QVERIFY(other->save());
        type(field<QPlainTextEdit>(QStringLiteral("summary")), QStringLiteral("Mine"));
        QVERIFY(!m_window->save());
        auto *merge = m_window->findChild<MergeDialog *>();
        QVERIFY(merge);
        QTest::mouseClick(merge->findChild<QPushButton *>(QStringLiteral("mergeKeepEditing")), Qt::LeftButton);
        QTRY_VERIFY(m_window->bannerText().contains(QStringLiteral("save again to merge")));
        QVERIFY(CoeRepository(*m_db).load(id)->summary.contains(QStringLiteral("Theirs")));
        QVERIFY(field<QPlainTextEdit>(QStringLiteral("summary"))->toPlainText().contains(QStringLiteral("Mine")));
        QVERIFY(CoeDocument::pendingDraft(*m_db, id).value().has_value());
        delete other;
    }

    void hugeAndUnusualTextIsKept()
    {
        const Id id = newCoe();
        m_window = openWindow(id);
        // A megabyte of prose, as pasted from a chat log.
        QString big;
        while (big.size() < (1 << 20))
            big += (big.size() % 800 == 0 ? QStringLiteral("\n") : QString()) + QStringLiteral("timeout retry ");
        auto *title = field<QLineEdit>(QStringLiteral("title"));
        title->setFocus();
        title->selectAll();
        title->insert(QStringLiteral("🚨 שגיאות תשלום ") + big);
        QCOMPARE(m_window->document()->coe().title.size(), big.size() + 16);
        QTRY_VERIFY(message("title").contains(QStringLiteral("keep it under 200")));
        auto *summary = field<QPlainTextEdit>(QStringLiteral("summary"));
        summary->setFocus();
        summary->insertPlainText(big);
        QCOMPARE(m_window->document()->coe().summary.size(), big.size());
        QVERIFY(m_window->save());
        QCOMPARE(CoeRepository(*m_db).load(id)->summary.size(), big.size());
        QVERIFY(CoeRepository(*m_db).load(id)->title.startsWith(QStringLiteral("🚨 שגיאות")));
    }

    void outlineAndFindingsMoveTheFocus()
    {
        m_window = openWindow(newCoe());
        QListWidget *outline = m_window->outline();
        outline->setFocus();
        outline->setCurrentRow(5);
        QTest::keyClick(outline, Qt::Key_Return);
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("section_blast_radius"))->isAncestorOf(focused));
        QTest::keyClick(m_window, Qt::Key_2, Qt::AltModifier);
        QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("section_summary"))->isAncestorOf(QApplication::focusWidget()));

        // Tab from the title walks the header in order.
        field<QLineEdit>(QStringLiteral("title"))->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("service"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("severity"));
    }

    // The shortcut sheet's COE-window keys are all bound here, and F1
    // opens the guide at the section being written.
    void sheetKeysAreBoundAndF1GuidesTheSection()
    {
        m_window = openWindow(newCoe());
        QSet<QString> bound;
        for (const QAction *a : m_window->findChildren<QAction *>())
            for (const QKeySequence &k : a->shortcuts())
                bound << k.toString(QKeySequence::PortableText);
        for (const QShortcut *sc : m_window->findChildren<QShortcut *>())
            bound << sc->key().toString(QKeySequence::PortableText);
        for (const auto &k : ShortcutSheet::recordWindowKeys())
            if (k.window == QLatin1String("COE window"))
                QVERIFY2(bound.contains(k.keys.toString(QKeySequence::PortableText)), qPrintable(k.action + QLatin1Char(' ') + k.keys.toString()));

        m_window->outline()->setCurrentRow(6); // Five Whys
        QTest::keyClick(m_window, Qt::Key_F1);
        GuideDialog *guide = nullptr;
        QTRY_VERIFY((guide = m_window->findChild<GuideDialog *>()) && guide->isVisible());
        QCOMPARE(guide->currentTopic(), QStringLiteral("whys"));
        QVERIFY(guide->findChild<QTextBrowser *>(QStringLiteral("guideText"))->toPlainText().contains(QLatin1String("never the root cause")));
        guide->close();
    }

    void recoveredDraftIsOfferedOnOpen()
    {
        const Id id = newCoe();
        {
            auto doc = CoeDocument::load(*m_db, id).value();
            doc->setValue(CoeField::Lessons, QStringLiteral("Recovered lesson"));
            QVERIFY(doc->saveDraft(*m_db, QDateTime::currentDateTimeUtc()));
        }
        Prompts::queueChoice(0); // restore
        m_window = openWindow(id);
        QVERIFY(Prompts::lastQuestion().contains(QStringLiteral("never saved")));
        QCOMPARE(field<QPlainTextEdit>(QStringLiteral("lessons"))->toPlainText(), QStringLiteral("Recovered lesson"));
        QVERIFY(m_window->document()->isModified());
    }
};

QTEST_MAIN(TestCoeWindow)
#include "tst_coewindow.moc"
