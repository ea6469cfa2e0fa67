// Team mode in the main window: connecting through the dialog (a wrong
// password explained in place, the right one kept in the keychain and
// nowhere else), and a COE someone else saves appearing without a reload.
// Runs against the PostgreSQL test cluster (tst_teamwindow_pg).
#include "coefixtures.h"
#include "lists/listpage.h"
#include "coe/coedocument.h"
#include "coe/coewindow.h"
#include "shell/connectdialog.h"
#include "settings/preferences.h"
#include "shell/databasesession.h"
#include "shell/mainwindow.h"
#include "shell/passwordvault.h"
#include "shell/prompts.h"
#include "storage/databasecopy.h"
#include "storage/coerepository.h"
#include "storage/sql.h"
#include "screenshot.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QStatusBar>
#include <QTimer>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace closeloop;

// Stands in for the system keychain.
class MemoryVault final : public PasswordVault {
public:
    QHash<QString, QString> stored;
    bool refuseWrites = false; // a locked or missing keychain
    Result<QString> read(const QString &account) override { return stored.value(account); }
    Status write(const QString &account, const QString &password) override
    {
        if (refuseWrites)
            return Error { QStringLiteral("The password could not be stored in the system keychain (locked).") };
        stored.insert(account, password);
        return {};
    }
    Status forget(const QString &account) override
    {
        stored.remove(account);
        return {};
    }
};

class TestTeamWindow : public QObject {
    Q_OBJECT
    MemoryVault m_vault;
    QString m_schema;
    std::unique_ptr<Database> m_admin;

    static void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::onServer())
            QSKIP("team mode needs the PostgreSQL test cluster (tst_teamwindow_pg)");
        QSettings().clear();
        PasswordVault::replaceForTests(&m_vault);
        m_schema = test::freshSchemaName();
        m_admin = test::openOnServer(m_schema);
        const test::CoeCast cast = test::createCast(*m_admin);
        Coe first = test::completeCoe(cast);
        QVERIFY(CoeRepository(*m_admin).create(first));
        // The reviewer signs in as the cluster's user.
        QVERIFY(sql::exec(*m_admin, QStringLiteral("UPDATE people SET login = :l WHERE id = :id"),
                          { { QStringLiteral("l"), test::testServer()->user }, { QStringLiteral("id"), cast.reviewer } }));
    }

    void cleanupTestCase() { PasswordVault::replaceForTests(nullptr); }

    void connectAndSeeOthersChanges()
    {
        const PgConnection server = *test::testServer();
        DatabaseSession session;
        MainWindow window(&session);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        window.findChild<QAction *>(QStringLiteral("connectTeamAction"))->trigger();
        ConnectDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ConnectDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("connectHost")), server.host);
        auto *port = dialog->findChild<QSpinBox *>(QStringLiteral("connectPort"));
        port->setFocus();
        port->selectAll();
        QTest::keyClicks(port, QString::number(server.port));
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("connectDatabase")), server.database);
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("connectUser")), server.user);
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("connectPassword")), QStringLiteral("not the password"));
        auto *tls = dialog->findChild<QComboBox *>(QStringLiteral("connectTls"));
        tls->setCurrentIndex(tls->findData(int(PgConnection::Tls::Disable)));
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("connectSchema")), m_schema);

        // A wrong password: explained in the dialog, which stays open.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
        QVERIFY2(dialog->errorText().contains(QStringLiteral("did not accept the password")), qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        QVERIFY(!session.database());
        test::screenshot(dialog, "connect-dialog-wrong-password.png");

        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("connectPassword")), server.password);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
        QTRY_VERIFY(session.database() != nullptr);
        QVERIFY(session.database()->isShared());
        QVERIFY(window.windowTitle().contains(QStringLiteral("Team")));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("databaseLabel"))->text().contains(m_schema));

        // You are who you signed in as.
        auto *identity = window.findChild<QComboBox *>(QStringLiteral("identity"));
        QCOMPARE(identity->currentText(), QStringLiteral("Bo Lindqvist"));
        QVERIFY(!identity->isEnabled());

        // The password went to the keychain, and only there.
        QCOMPARE(m_vault.stored.value(ConnectDialog::keychainAccount(server)), server.password);
        const QString remembered = QSettings().value(prefkeys::lastConnection).toString();
        QVERIFY(remembered.contains(m_schema));
        QVERIFY2(!remembered.contains(server.password), "no password in the settings file");

        // The next start connects there again, password from the keychain.
        QVERIFY(session.lastWasShared());
        {
            DatabaseSession nextStart;
            QVERIFY(ConnectDialog::reconnect(nextStart));
            QVERIFY(nextStart.database()->isShared());
            QCOMPARE(nextStart.database()->path(), session.database()->path());
        }

        // Someone else saves a COE: it appears in the list by itself.
        ListPage *coes = window.page(0);
        QTRY_COMPARE(coes->table()->model()->rowCount(), 1);
        Coe second;
        second.title = QStringLiteral("Queue backlog after a config push");
        QVERIFY(CoeRepository(*m_admin).create(second));
        QTRY_COMPARE(coes->table()->model()->rowCount(), 2);
        test::screenshot(&window, "team-window.png");
    }

    // The keychain refuses the password: connected all the same, and told
    // that the password will be asked for again.
    void keychainRefusalIsTold()
    {
        m_vault.refuseWrites = true;
        ConnectDialog dialog([](const PgConnection &) { return Status {}; });
        dialog.show();
        typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("connectHost")), QStringLiteral("db.example.com"));
        typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("connectDatabase")), QStringLiteral("closeloop"));
        typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("connectUser")), QStringLiteral("asha"));
        typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("connectPassword")), QStringLiteral("s3cret"));
        Prompts::queueChoice(0);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
        m_vault.refuseWrites = false;
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY2(Prompts::lastQuestion().contains(QStringLiteral("system keychain")), qPrintable(Prompts::lastQuestion()));
        QVERIFY(!QSettings().value(prefkeys::lastConnection).toString().contains(QStringLiteral("s3cret")));
    }

    // A team moving from a file to the server: the whole file is copied,
    // verified, and the window switches over when asked.
    void copyLocalFileToTheServer()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("team.db"));
        DatabaseSession session;
        QVERIFY(session.open(file, true));
        QVERIFY(session.seedDemo());
        const auto before = tallyTables(*session.database());
        QVERIFY(before);
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const PgConnection server = *test::testServer();
        const QString schema = test::freshSchemaName();
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("connectHost")), server.host);
            dialog->findChild<QSpinBox *>(QStringLiteral("connectPort"))->setValue(server.port);
            typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("connectDatabase")), server.database);
            typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("connectUser")), server.user);
            typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("connectPassword")), server.password);
            auto *tls = dialog->findChild<QComboBox *>(QStringLiteral("connectTls"));
            tls->setCurrentIndex(tls->findData(int(PgConnection::Tls::Disable)));
            typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("connectSchema")), schema);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
        });
        Prompts::queueChoice(0); // switch to the team database
        window.findChild<QAction *>(QStringLiteral("copyToServerAction"))->trigger();
        QTRY_VERIFY(session.database() && session.database()->isShared());
        QVERIFY(Prompts::lastQuestion().contains(QStringLiteral("verified")));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("checksums match")),
                 qPrintable(window.statusBar()->currentMessage()));
        const auto after = tallyTables(*session.database());
        QVERIFY(after);
        for (int i = 0; i < before.value().size(); ++i)
            QCOMPARE(after.value().at(i).checksum, before.value().at(i).checksum);
        QTRY_COMPARE(window.page(0)->table()->model()->rowCount(), 8);
    }

    // The server goes away while a COE is being edited: the edits stay on
    // this computer, and the next save reconnects and goes through.
    void lostServerKeepsWorkAndReconnects()
    {
        const QString login = QStringLiteral("editor_%1").arg(QCoreApplication::applicationPid());
        QVERIFY(sql::exec(*m_admin, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw-%1' IN ROLE closeloop_admin").arg(login)));
        PgConnection c = *test::testServer();
        c.user = login;
        c.password = QStringLiteral("pw-") + login;
        c.schema = m_schema;
        auto db = Database::openPostgres(c, OpenOptions {});
        QVERIFY2(db, qPrintable(db.errorMessage()));
        const Id id = CoeRepository(*m_admin).list().value().first().id;
        QString error;
        QPointer<CoeWindow> window = CoeWindow::open(*db.value(), id, nullptr, &error);
        QVERIFY2(window, qPrintable(error));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        auto *lessons = window->findChild<QPlainTextEdit *>(QStringLiteral("lessons"));
        lessons->setFocus();
        QTest::keyClicks(lessons, QStringLiteral(" Bake every config push."));
        // The server drops the connection and, for now, refuses this user.
        QVERIFY(sql::exec(*m_admin, QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(login)));
        QVERIFY(sql::exec(*m_admin, QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :u"),
                          { { QStringLiteral("u"), login } }));
        QVERIFY(!window->save());
        QVERIFY2(window->bannerText().contains(QStringLiteral("kept on this computer")), qPrintable(window->bannerText()));
        QVERIFY(window->document()->isModified());
        const auto kept = CoeDocument::pendingDraft(*db.value(), id);
        QVERIFY(kept && kept.value().has_value());
        QVERIFY(kept.value()->coe.lessons.contains(QStringLiteral("Bake every config push.")));
        QVERIFY(!CoeRepository(*m_admin).load(id).value().lessons.contains(QStringLiteral("Bake every")));

        // The server is back: saving again reconnects by itself.
        QVERIFY(sql::exec(*m_admin, QStringLiteral("ALTER ROLE %1 LOGIN").arg(login)));
        QVERIFY2(window->save(), qPrintable(window->bannerText()));
        QVERIFY(CoeRepository(*m_admin).load(id).value().lessons.contains(QStringLiteral("Bake every config push.")));
        QVERIFY(!CoeDocument::pendingDraft(*db.value(), id).value().has_value());
        delete window;
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
