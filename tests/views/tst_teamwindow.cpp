// Team mode in the main window: connecting through the dialog (a wrong
// password explained in place, the right one kept in the keychain and
// nowhere else), and a COE someone else saves appearing without a reload.
// Runs against the PostgreSQL test cluster (tst_teamwindow_pg).
#include "coefixtures.h"
#include "lists/listpage.h"
#include "shell/connectdialog.h"
#include "shell/databasesession.h"
#include "shell/mainwindow.h"
#include "shell/passwordvault.h"
#include "storage/coerepository.h"
#include "screenshot.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
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
    Result<QString> read(const QString &account) override { return stored.value(account); }
    Status write(const QString &account, const QString &password) override
    {
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

        // The password went to the keychain, and only there.
        QCOMPARE(m_vault.stored.value(ConnectDialog::keychainAccount(server)), server.password);
        const QString remembered = QSettings().value(QStringLiteral("team/lastConnection")).toString();
        QVERIFY(remembered.contains(m_schema));
        QVERIFY2(!remembered.contains(server.password), "no password in the settings file");

        // Someone else saves a COE: it appears in the list by itself.
        ListPage *coes = window.page(0);
        QTRY_COMPARE(coes->table()->model()->rowCount(), 1);
        Coe second;
        second.title = QStringLiteral("Queue backlog after a config push");
        QVERIFY(CoeRepository(*m_admin).create(second));
        QTRY_COMPARE(coes->table()->model()->rowCount(), 2);
        test::screenshot(&window, "team-window.png");
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
