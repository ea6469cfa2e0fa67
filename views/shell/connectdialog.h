#pragma once

#include "domain/result.h"
#include "storage/pgconnection.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace closeloop {

// File > Connect to Team Database: where the shared PostgreSQL server is,
// who signs in and how securely. The password goes to the system keychain
// when asked (never to a settings file); the rest is remembered for next
// time. A failed attempt is explained in the dialog, which stays open.
class ConnectDialog final : public QDialog {
    Q_OBJECT
public:
    // Tries the connection; an error keeps the dialog open with its message.
    using Connector = std::function<Status(const PgConnection &)>;

    explicit ConnectDialog(Connector connect, QWidget *parent = nullptr);

    PgConnection connection() const;
    QString errorText() const;

    static PgConnection lastConnection(); // from the settings, without password
    // The last team database again, with the password from the keychain
    // (or `conninfo`, when given, instead of the last one).
    static Status reconnect(class DatabaseSession &session, const QString &conninfo = {});
    static QString keychainAccount(const PgConnection &c);

private:
    void fill(const PgConnection &c);
    void tryConnect();
    void updateTls();

    Connector m_connect;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_tls = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_browseCa = nullptr;
    QLineEdit *m_schema = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace closeloop
