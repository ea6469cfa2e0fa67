#include "connectdialog.h"
#include "settings/preferences.h"
#include "look/tones.h"

#include "databasesession.h"
#include "passwordvault.h"
#include "prompts.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace closeloop {

namespace {
const QString &kLastConnection = prefkeys::lastConnection;
} // namespace

ConnectDialog::ConnectDialog(Connector connector, QWidget *parent)
    : QDialog(parent)
    , m_connect(std::move(connector))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a Team Database"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A shared PostgreSQL database lets a whole organisation work on the same COEs, "
                                "action items and ORR reviews. What you may change is decided by your role on the "
                                "server."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto line = [this](const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        return edit;
    };
    m_host = line("connectHost");
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("connectPort"));
    m_port->setRange(1, 65535);
    m_database = line("connectDatabase");
    m_user = line("connectUser");
    m_password = line("connectPassword");
    m_password->setEchoMode(QLineEdit::Password);
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("connectTls"));
    m_tls->addItem(tr("Verify the server (verify-full)"), int(PgConnection::Tls::VerifyFull));
    m_tls->addItem(tr("Encrypt, do not verify (require)"), int(PgConnection::Tls::Require));
    m_tls->addItem(tr("Encrypt if the server offers it (prefer)"), int(PgConnection::Tls::Prefer));
    m_tls->addItem(tr("No encryption (disable)"), int(PgConnection::Tls::Disable));
    m_caFile = line("connectCaFile");
    m_caFile->setPlaceholderText(tr("the CA certificate your server's certificate was signed with"));
    m_browseCa = new QPushButton(tr("Choose…"), this);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browseCa);
    m_schema = line("connectSchema");
    m_schema->setPlaceholderText(tr("optional: the schema holding Closeloop's tables"));
    m_remember = new QCheckBox(tr("Remember the password in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("connectRemember"));
    m_remember->setChecked(true);
    m_host->setToolTip(tr("The PostgreSQL server's host name or address."));
    m_port->setToolTip(tr("The server's port; PostgreSQL listens on 5432 unless told otherwise."));
    m_database->setToolTip(tr("The database on that server that holds your organisation's Closeloop data."));
    m_user->setToolTip(tr("Your sign-in on the server; your role there decides what you may change."));
    m_password->setToolTip(tr("Your password on the server."));
    m_tls->setToolTip(tr("How the connection is protected. Verify the server unless your administrator says otherwise."));
    m_caFile->setToolTip(tr("Needed to verify a server whose certificate your system does not already trust."));
    m_schema->setToolTip(tr("Leave empty unless your administrator put Closeloop's tables in a schema of their own."));
    m_remember->setToolTip(tr("Stores the password in the desktop's keychain, never in a settings file."));

    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Encryption (TLS):"), m_tls);
    auto *caLabel = new QLabel(tr("C&A file:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(tr("S&chema:"), m_schema);
    form->addRow(QString(), m_remember);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("connectError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(themed(QStringLiteral("QLabel { background: #fdf3e1; border: 1px solid #e69f00; padding: 6px; }")));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *connectButton = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    connectButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(connectButton, &QPushButton::clicked, this, &ConnectDialog::tryConnect);
    layout->addWidget(buttons);

    connect(m_tls, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateTls);
    connect(m_browseCa, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Certificate Authority"), m_caFile->text(),
                                                          tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });

    fill(lastConnection());
    setMinimumWidth(520);
}

PgConnection ConnectDialog::lastConnection()
{
    auto c = PgConnection::parse(QSettings().value(kLastConnection).toString());
    if (c)
        return c.value();
    PgConnection fresh;
    fresh.user = qEnvironmentVariable("USER");
    fresh.tls = PgConnection::Tls::VerifyFull;
    return fresh;
}

Status ConnectDialog::reconnect(DatabaseSession &session, const QString &conninfo)
{
    PgConnection c = lastConnection();
    if (!conninfo.isEmpty()) {
        auto given = PgConnection::parse(conninfo);
        if (!given)
            return given.error();
        c = given.value();
    }
    if (c.password.isEmpty())
        if (const auto stored = PasswordVault::current().read(keychainAccount(c)); stored)
            c.password = stored.value();
    const Status s = session.connectShared(c);
    if (!s)
        return Error { tr("Could not connect to the team database %1: %2 Use File > Connect to Team Database, or "
                          "open a local file.").arg(c.display(), s.errorMessage()), s.error().kind };
    return {};
}

QString ConnectDialog::keychainAccount(const PgConnection &c)
{
    return c.user + QLatin1Char('@') + c.host + QLatin1Char(':') + QString::number(c.port);
}

void ConnectDialog::fill(const PgConnection &c)
{
    m_host->setText(c.host);
    m_port->setValue(c.port);
    m_database->setText(c.database);
    m_user->setText(c.user);
    m_tls->setCurrentIndex(qMax(0, m_tls->findData(int(c.tls))));
    m_caFile->setText(c.caFile);
    m_schema->setText(c.schema);
    // The keychain may be locked or missing; then the person types it.
    const auto stored = PasswordVault::current().read(keychainAccount(c));
    if (stored && !stored.value().isEmpty())
        m_password->setText(stored.value());
    updateTls();
}

void ConnectDialog::updateTls()
{
    const bool verify = m_tls->currentData().toInt() == int(PgConnection::Tls::VerifyFull);
    m_caFile->setEnabled(verify);
    m_browseCa->setEnabled(verify);
}

PgConnection ConnectDialog::connection() const
{
    PgConnection c;
    c.host = m_host->text().trimmed();
    c.port = m_port->value();
    c.database = m_database->text().trimmed();
    c.user = m_user->text().trimmed();
    c.password = m_password->text();
    c.tls = PgConnection::Tls(m_tls->currentData().toInt());
    c.caFile = c.tls == PgConnection::Tls::VerifyFull ? m_caFile->text().trimmed() : QString();
    c.schema = m_schema->text().trimmed();
    return c;
}

QString ConnectDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ConnectDialog::tryConnect()
{
    const PgConnection c = connection();
    QString problem;
    if (c.host.isEmpty())
        problem = tr("Enter the server's host name or address.");
    else if (c.database.isEmpty())
        problem = tr("Enter the name of the database on the server.");
    else if (c.user.isEmpty())
        problem = tr("Enter the user name you sign in with.");
    if (problem.isEmpty()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status s = m_connect(c);
        QApplication::restoreOverrideCursor();
        if (!s)
            problem = s.errorMessage();
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QSettings().setValue(kLastConnection, c.toConninfo());
    PasswordVault &vault = PasswordVault::current();
    const Status kept = m_remember->isChecked() ? vault.write(keychainAccount(c), c.password)
                                                : vault.forget(keychainAccount(c));
    if (!kept)
        // Connected all the same; the person should know they will be asked again.
        Prompts::choose(this, tr("Password not kept"), kept.errorMessage(), { tr("OK") });
    accept();
}

} // namespace closeloop
