// File > Settings driven as a person would: what is typed is stored and
// takes effect at once (autosave interval, template folder, who you are,
// the export's default audience, the team's due dates in the database); a
// wrong value is named and nothing at all is written.
#include "actions/duepolicy.h"
#include "coe/coewindow.h"
#include "coe/coewindows.h"
#include "demowindow.h"
#include "report/reporttemplates.h"
#include "settings/preferences.h"
#include "shell/identitybox.h"
#include "shell/prompts.h"
#include "shell/settingsdialog.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QCheckBox>
#include <QStatusBar>
#include <QTest>

using namespace closeloop;

class TestSettingsDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    test::DemoWindow m_demo;

    SettingsDialog *openWithShortcut()
    {
        QTest::keyClick(m_demo.window.get(), Qt::Key_Comma, Qt::ControlModifier);
        SettingsDialog *dialog = nullptr;
        (void)QTest::qWaitFor([&] { return (dialog = m_demo.window->findChild<SettingsDialog *>()) && dialog->isVisible(); });
        return dialog;
    }

    static void replaceText(QWidget *field, const QString &text)
    {
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_Delete);
        QTest::keyClicks(field, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A settings file of this test's own.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QSettings().clear();
    }

    void init()
    {
        QSettings().clear();
        QVERIFY(m_demo.open(test::seedDemoDatabase(m_dir, QStringLiteral("settings-%1.db").arg(QLatin1String(QTest::currentTestFunction())))));
    }

    void cleanup()
    {
        m_demo.close();
        applyPreferences(Preferences {});
    }

    void whatIsTypedIsStoredAndTakesEffect()
    {
        SettingsDialog *dialog = openWithShortcut();
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("yourName"));
        replaceText(name, QStringLiteral("Sam Whitfield"));
        replaceText(dialog->findChild<QLineEdit *>(QStringLiteral("yourRole")), QStringLiteral("Storage on-call"));
        const QString templates = m_dir.filePath(QStringLiteral("my-templates"));
        replaceText(dialog->findChild<QLineEdit *>(QStringLiteral("templateFolder")), templates);
        QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("blamelessByDefault")), Qt::LeftButton);
        replaceText(dialog->findChild<QSpinBox *>(QStringLiteral("autosaveSeconds")), QStringLiteral("15"));
        replaceText(dialog->findChild<QSpinBox *>(QStringLiteral("dueDaysP1")), QStringLiteral("21"));
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY2(!dialog->isVisible(), qPrintable(dialog->findChild<QLabel *>(QStringLiteral("settingsProblem"))->text()));

        QSettings settings;
        const Preferences stored = Preferences::load(settings);
        QCOMPARE(stored.name, QStringLiteral("Sam Whitfield"));
        QCOMPARE(stored.role, QStringLiteral("Storage on-call"));
        QCOMPARE(stored.templateFolder, templates);
        QCOMPARE(stored.blamelessByDefault, false);
        QCOMPARE(stored.autosaveSeconds, 15);
        QCOMPARE(settings.value(prefkeys::version).toInt(), Preferences::kVersion);
        // In effect now, without a restart.
        QCOMPARE(CoeWindow::autosaveDelay(), 15000);
        QCOMPARE(ReportTemplates::userFolder(), templates);
        auto policy = DueDatePolicy::load(*m_demo.session->database());
        QVERIFY(policy);
        QCOMPARE(policy->days[1], 21);
        QCOMPARE(policy->days[0], DueDatePolicy {}.days[0]);
        // "Working as" had no choice on this database: it is now you.
        QCOMPARE(m_demo.window->identity()->currentText(), QStringLiteral("Sam Whitfield"));
        QVERIFY(m_demo.window->statusBar()->currentMessage().contains(QLatin1String("Settings saved")));

        // The export's first, default choice is now the team's report.
        CoeWindow *coe = m_demo.window->coeWindows()->open(1);
        QVERIFY(coe);
        const QString exported = m_dir.filePath(QStringLiteral("team-report.md"));
        Prompts::queueChoice(0);
        Prompts::queueText(exported);
        coe->findChild<QAction *>(QStringLiteral("exportAction"))->trigger();
        QFile report(exported);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY2(QString::fromUtf8(report.readAll()).contains(QLatin1String("Priya Raman")), "the team's report keeps names");

        // Reopened, the dialog shows what is stored.
        dialog = openWithShortcut();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("yourName"))->text(), QStringLiteral("Sam Whitfield"));
        QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("dueDaysP1"))->value(), 21);
        dialog->reject();
    }

    void aWrongValueIsNamedAndNothingIsWritten()
    {
        {
            QSettings settings;
            Preferences before;
            before.name = QStringLiteral("Before");
            const auto saved = before.save(settings);
            QVERIFY2(saved, qPrintable(saved.errorMessage()));
        }
        SettingsDialog *dialog = openWithShortcut();
        QVERIFY(dialog);
        replaceText(dialog->findChild<QLineEdit *>(QStringLiteral("yourName")), QStringLiteral("After"));
        replaceText(dialog->findChild<QSpinBox *>(QStringLiteral("dueDaysP0")), QStringLiteral("3"));
        const QString nowhere = m_dir.filePath(QStringLiteral("no/such/folder/team.db"));
        replaceText(dialog->findChild<QLineEdit *>(QStringLiteral("defaultDatabase")), nowhere);
        QTest::keyClick(dialog, Qt::Key_Return);

        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("settingsProblem"));
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("folder that does not exist")), qPrintable(problem->text()));
        QVERIFY(dialog->isVisible());
        QSettings settings;
        QCOMPARE(Preferences::load(settings).name, QStringLiteral("Before"));
        auto policy = DueDatePolicy::load(*m_demo.session->database());
        QVERIFY(policy);
        QCOMPARE(policy->days[0], DueDatePolicy {}.days[0]);
        dialog->reject();
    }

    // The database refuses the team's part: neither it nor your own
    // settings change, and the message says so.
    void aRefusedDatabaseWriteKeepsYourSettingsToo()
    {
        {
            QSettings settings;
            Preferences before;
            before.name = QStringLiteral("Before");
            QVERIFY(before.save(settings));
        }
        SettingsDialog *dialog = openWithShortcut();
        QVERIFY(dialog);
        replaceText(dialog->findChild<QLineEdit *>(QStringLiteral("yourName")), QStringLiteral("After"));
        replaceText(dialog->findChild<QSpinBox *>(QStringLiteral("dueDaysP2")), QStringLiteral("40"));
        Database *db = m_demo.session->database();
        db->blockStatements();
        QTest::keyClick(dialog, Qt::Key_Return);
        db->unblockStatements();
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("settingsProblem"));
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("nothing was saved")) || problem->text().contains(QLatin1String("nor were your settings")),
                 qPrintable(problem->text()));
        QVERIFY(dialog->isVisible());
        QSettings settings;
        QCOMPARE(Preferences::load(settings).name, QStringLiteral("Before"));
        auto policy = DueDatePolicy::load(*db);
        QVERIFY(policy);
        QCOMPARE(policy->days[2], DueDatePolicy {}.days[2]);
        dialog->reject();
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
