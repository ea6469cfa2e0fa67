#include "pgconnection.h"
#include "domain/translate.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::PgConnection", text);
}

// Splits "a=1 b='two words' c=x\'y" into pairs, as libpq does.
Result<QList<QPair<QString, QString>>> splitConninfo(const QString &text)
{
    QList<QPair<QString, QString>> pairs;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype keyStart = i;
        while (i < n && text.at(i) != QLatin1Char('=') && !text.at(i).isSpace())
            ++i;
        const QString key = text.mid(keyStart, i - keyStart);
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n || text.at(i) != QLatin1Char('='))
            return Error { tr("The connection setting \"%1\" has no value. Write it as %1=value.").arg(key) };
        ++i;
        while (i < n && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && text.at(i) == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i++);
                if (c == QLatin1Char('\\') && i < n) {
                    value += text.at(i++);
                } else if (c == QLatin1Char('\'')) {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed)
                return Error { tr("The quoted value of \"%1\" is not closed. End it with a single quote.").arg(key) };
        } else {
            while (i < n && !text.at(i).isSpace()) {
                const QChar c = text.at(i++);
                if (c == QLatin1Char('\\') && i < n)
                    value += text.at(i++);
                else
                    value += c;
            }
        }
        pairs.append({ key, value });
    }
    return pairs;
}

Status apply(PgConnection &c, const QString &key, const QString &value)
{
    if (key == QLatin1String("host") || key == QLatin1String("hostaddr")) {
        c.host = value;
    } else if (key == QLatin1String("port")) {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (!ok || port <= 0 || port > 65535)
            return Error { tr("The port \"%1\" is not a port number (1 to 65535).").arg(value) };
        c.port = port;
    } else if (key == QLatin1String("dbname")) {
        c.database = value;
    } else if (key == QLatin1String("user")) {
        c.user = value;
    } else if (key == QLatin1String("password")) {
        c.password = value;
    } else if (key == QLatin1String("sslmode")) {
        const auto tls = PgConnection::tlsFromKey(value);
        if (!tls)
            return Error { tr("The TLS mode \"%1\" is not one Closeloop offers. Use disable, prefer, require or "
                              "verify-full.").arg(value) };
        c.tls = *tls;
    } else if (key == QLatin1String("sslrootcert")) {
        c.caFile = value;
    } else if (key == QLatin1String("schema")) {
        c.schema = value;
    } else if (key == QLatin1String("connect_timeout")) {
        c.connectTimeoutSeconds = qMax(1, value.toInt());
    } else {
        return Error { tr("The connection setting \"%1\" is not one Closeloop knows. Use host, port, dbname, user, "
                          "password, sslmode, sslrootcert, connect_timeout or schema.").arg(key) };
    }
    return {};
}

Result<PgConnection> parseUri(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return Error { tr("The connection address is not a valid postgresql:// address: %1").arg(url.errorString()) };
    PgConnection c;
    if (!url.host().isEmpty())
        c.host = url.host();
    if (url.port() > 0)
        c.port = url.port();
    const QString path = url.path().mid(1);
    if (!path.isEmpty())
        c.database = path;
    c.user = url.userName();
    c.password = url.password();
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        if (auto s = apply(c, key, value); !s)
            return s.error();
    return c;
}

} // namespace

Result<PgConnection> PgConnection::parse(const QString &conninfo)
{
    const QString text = conninfo.trimmed();
    if (text.isEmpty())
        return Error { tr("No PostgreSQL connection was given. Write it as \"host=HOST dbname=NAME user=USER\" or "
                          "postgresql://USER@HOST/NAME.") };
    PgConnection c;
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        auto uri = parseUri(text);
        if (!uri)
            return uri.error();
        c = std::move(uri).value();
    } else {
        auto pairs = splitConninfo(text);
        if (!pairs)
            return pairs.error();
        for (const auto &[key, value] : pairs.value())
            if (auto s = apply(c, key, value); !s)
                return s.error();
    }
    if (c.user.isEmpty())
        c.user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    if (c.tls == Tls::VerifyFull && !c.caFile.isEmpty() && !QFileInfo::exists(c.caFile))
        return Error { tr("The certificate authority file %1 does not exist. Choose the CA file your server's "
                          "certificate was signed with.").arg(c.caFile) };
    return c;
}

QString PgConnection::display() const
{
    QString out = user.isEmpty() ? QString() : user + QLatin1Char('@');
    out += host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
    if (!schema.isEmpty())
        out += QLatin1Char('#') + schema;
    return out;
}

QString PgConnection::toConninfo() const
{
    auto quoted = [](const QString &v) {
        QString escaped = v;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
        return QLatin1Char('\'') + escaped + QLatin1Char('\'');
    };
    QStringList parts { QStringLiteral("host=") + quoted(host), QStringLiteral("port=%1").arg(port),
                        QStringLiteral("dbname=") + quoted(database), QStringLiteral("user=") + quoted(user),
                        QStringLiteral("sslmode=") + tlsKey(tls) };
    if (!caFile.isEmpty())
        parts << QStringLiteral("sslrootcert=") + quoted(caFile);
    if (!schema.isEmpty())
        parts << QStringLiteral("schema=") + quoted(schema);
    return parts.join(QLatin1Char(' '));
}

QString PgConnection::driverOptions() const
{
    QStringList options;
    options << QStringLiteral("sslmode=%1").arg(tlsKey(tls));
    if (tls == Tls::VerifyFull && !caFile.isEmpty())
        options << QStringLiteral("sslrootcert='%1'").arg(QString(caFile).replace(QLatin1Char('\''), QLatin1String("\\'")));
    options << QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds);
    options << QStringLiteral("application_name=closeloop");
    return options.join(QLatin1Char(';'));
}

QString PgConnection::tlsKey(Tls tls)
{
    switch (tls) {
    case Tls::Disable: return QStringLiteral("disable");
    case Tls::Require: return QStringLiteral("require");
    case Tls::VerifyFull: return QStringLiteral("verify-full");
    case Tls::Prefer: break;
    }
    return QStringLiteral("prefer");
}

std::optional<PgConnection::Tls> PgConnection::tlsFromKey(const QString &key)
{
    for (Tls t : { Tls::Prefer, Tls::Disable, Tls::Require, Tls::VerifyFull })
        if (tlsKey(t) == key)
            return t;
    return std::nullopt;
}

} // namespace closeloop
