#include "pgerrors.h"
#include "domain/translate.h"

#include <QCoreApplication>

namespace closeloop::pg {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::pg", text);
}

QString serverText(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.simplified();
}

bool says(const QString &text, const char *what)
{
    return text.contains(QLatin1String(what), Qt::CaseInsensitive);
}

} // namespace

bool isConnectionLost(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") || code == QLatin1String("57P02")
        || code == QLatin1String("57P03"))
        return true;
    const QString text = serverText(error);
    return says(text, "server closed the connection") || says(text, "no connection to the server")
        || says(text, "could not receive data") || says(text, "could not send data")
        || says(text, "terminating connection") || says(text, "connection to server was lost")
        || says(text, "connection not open");
}

Error connectError(const PgConnection &c, const QSqlError &error)
{
    const QString text = serverText(error);
    const QString where = c.display();
    QString what;
    Error::Kind kind = Error::Kind::General;
    if (says(text, "password authentication failed") || says(text, "no password supplied")
        || says(text, "fe_sendauth")) {
        what = tr("The server at %1 did not accept the password for %2. If the password was changed, enter the "
                  "new one; otherwise check the user name.").arg(where, c.user);
        kind = Error::Kind::Denied;
    } else if (says(text, "role \"") && says(text, "does not exist")) {
        what = tr("The server at %1 has no user called %2. Check the user name, or ask an administrator to "
                  "create it.").arg(where, c.user);
        kind = Error::Kind::Denied;
    } else if (says(text, "database \"") && says(text, "does not exist")) {
        what = tr("The server is reachable, but it has no database called %1. Check the name, or ask an "
                  "administrator to create it (createdb %1).").arg(c.database);
    } else if (says(text, "SSL") || says(text, "certificate") || says(text, "TLS")) {
        what = tr("A secure (TLS) connection to %1 could not be made. With \"require\" the server must offer TLS; "
                  "with \"verify-full\" its certificate must be signed by the CA file chosen and name the host "
                  "%2.").arg(where, c.host);
    } else if (says(text, "could not translate host name") || says(text, "Name or service not known")) {
        what = tr("The server name %1 could not be found. Check the host name and the network.").arg(c.host);
        kind = Error::Kind::Offline;
    } else if (says(text, "Connection refused") || says(text, "timeout expired") || says(text, "No route to host")
               || says(text, "Network is unreachable") || says(text, "could not connect")
               || says(text, "Connection timed out")) {
        what = tr("The server at %1:%2 cannot be reached. Check that it is running, the host and port, and the "
                  "network (VPN, firewall).").arg(c.host).arg(c.port);
        kind = Error::Kind::Offline;
    } else if (says(text, "no pg_hba.conf entry")) {
        what = tr("The server at %1 does not allow %2 to connect from this machine (pg_hba.conf). Ask an "
                  "administrator to allow it, or try another TLS mode.").arg(where, c.user);
        kind = Error::Kind::Denied;
    } else if (says(text, "too many connections")) {
        what = tr("The server at %1 has no free connections right now. Try again in a minute.").arg(where);
        kind = Error::Kind::Transient;
    } else {
        what = tr("Could not connect to %1.").arg(where);
    }
    return Error { what + QLatin1Char(' ') + tr("(The server said: %1)").arg(text), kind };
}

Error connectionLost(const QString &where)
{
    return Error { tr("The connection to %1 was lost, so this change was not saved there. Your work is kept on this "
                      "computer; reconnect and save again.").arg(where),
                   Error::Kind::Offline };
}

Error statementError(const QString &where, const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    const QString text = serverText(error);
    if (isConnectionLost(error)) {
        Error lost = connectionLost(where);
        lost.message += QStringLiteral(" (%1)").arg(text);
        return lost;
    }
    if (code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("55P03"))
        return Error { tr("Someone saved at the same moment and the server undid this change to keep both safe. "
                          "Nothing was changed; save again. (%1)").arg(text),
                       Error::Kind::Transient };
    if (code == QLatin1String("42501"))
        return Error { tr("The server refused this change: %1 Ask an administrator of %2 for the needed role. "
                          "Nothing was changed.").arg(text.endsWith(QLatin1Char('.')) ? text : text + QLatin1Char('.'), where),
                       Error::Kind::Denied };
    if (code.startsWith(QLatin1String("23")))
        return Error { tr("The change was refused by a rule of the database %1. Nothing was changed. (%2)").arg(where, text) };
    if (code == QLatin1String("53300"))
        return Error { tr("The server at %1 has no free connections right now. Try again in a minute. (%2)").arg(where, text),
                       Error::Kind::Transient };
    return Error { tr("A database operation on %1 failed. Nothing was changed. (%2)").arg(where, text) };
}

} // namespace closeloop::pg
