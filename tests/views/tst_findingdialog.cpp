// Recording a finding in the GUI and deciding a new axiom: the axiom
// editor opens pre-filled, and saving stores both, linked.
#include "demowindow.h"
#include "lists/listpage.h"
#include "shell/identitybox.h"
#include "storage/axiomrepository.h"
#include "workinggroup/findingcommands.h"
#include "workinggroup/findingdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace closeloop;

class TestFindingDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    test::DemoWindow m_demo;
    MainWindow *m_window = nullptr;

    FindingDialog *openNew()
    {
        m_window->showPage(m_window->pageNamed(QStringLiteral("workingGroupPage")));
        auto *button = m_window->findChild<QPushButton *>(QStringLiteral("newFinding"));
        QTest::mouseClick(button, Qt::LeftButton);
        FindingDialog *dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = m_window->findings()->openDialog()) && dialog->isVisible()); }();
        return dialog;
    }

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        QVERIFY(m_demo.open(test::seedDemoDatabase(m_dir, QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())))));
        m_window = m_demo.window.get();
    }

    void cleanup() { m_demo.close(); }

    // Who you are is remembered per database; a finding started straight
    // after the window opens is recorded as that person's (it used to be
    // no one's until the choice was made again).
    void aNewFindingIsTheRememberedPersons()
    {
        const QString path = m_demo.session->database()->path();
        IdentityBox *identity = m_window->identity();
        const int row = identity->findText(QStringLiteral("Mei Chen"));
        QVERIFY(row > 0);
        identity->setFocus();
        identity->setCurrentIndex(row);
        Q_EMIT identity->activated(row); // as when chosen from the list
        const OptionalId mei = identity->person();
        QVERIFY(mei);
        m_demo.close();
        QVERIFY(m_demo.open(path));
        m_window = m_demo.window.get();
        QCOMPARE(m_window->identity()->person(), mei);
        FindingDialog *dialog = openNew();
        QVERIFY(dialog);
        QCOMPARE(dialog->finding().createdBy, mei);
    }

    void aFindingBecomesANewAxiom()
    {
        FindingDialog *dialog = openNew();
        QVERIFY(dialog);
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("findingTitle"));
        title->setFocus();
        QTest::keyClicks(title, QStringLiteral("Stateful failover is tested before launch"));
        auto *coes = dialog->findChild<QListWidget *>(QStringLiteral("findingCoes"));
        coes->setFocus();
        for (int row : { 0, 1 }) {
            coes->setCurrentRow(row);
            QTest::keyClick(coes, Qt::Key_Space);
        }
        QCOMPARE(dialog->finding().coeIds.size(), 2);
        auto *outcome = dialog->findChild<QComboBox *>(QStringLiteral("findingOutcome"));
        outcome->setFocus();
        QTest::keyClick(outcome, Qt::Key_Down); // New ORR axiom
        auto *key = dialog->findChild<QLineEdit *>(QStringLiteral("axiomKey"));
        QTRY_VERIFY(key->isVisible());
        QCOMPARE(key->text(), QStringLiteral("WG-1"));
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("axiomStatement"))->toPlainText(),
                 QStringLiteral("Stateful failover is tested before launch"));
        QVERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("axiomRationale"))->toPlainText().contains(QStringLiteral("COE-")));
        const QList<Id> cited = dialog->finding().coeIds;

        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveFinding")), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findings()->openDialog() || !m_window->findings()->openDialog()->isVisible());
        const QList<FindingSummary> findings = FindingRepository(*m_demo.session->database()).list().value();
        const auto it = std::find_if(findings.cbegin(), findings.cend(), [](const FindingSummary &s) {
            return s.finding.title == QStringLiteral("Stateful failover is tested before launch");
        });
        QVERIFY(it != findings.cend());
        QCOMPARE(it->axiomKey, QStringLiteral("WG-1"));
        QCOMPARE(it->finding.status, FindingStatus::Decided);
        const Axiom axiom = AxiomRepository(*m_demo.session->database()).load(*it->finding.axiomId).value();
        QCOMPARE(axiom.motivatingCoeIds.size(), cited.size());
        for (Id id : cited)
            QVERIFY(axiom.motivatingCoeIds.contains(id));
    }

    void anIncompleteFindingSaysWhatIsMissing()
    {
        const qsizetype before = FindingRepository(*m_demo.session->database()).list().value().size();
        FindingDialog *dialog = openNew();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveFinding")), Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("findingError"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("title")));
        QVERIFY(dialog->isVisible());
        QCOMPARE(FindingRepository(*m_demo.session->database()).list().value().size(), before);
        dialog->reject();
    }
};

QTEST_MAIN(TestFindingDialog)
#include "tst_findingdialog.moc"
