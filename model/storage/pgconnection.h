#pragma once

#include "domain/result.h"

#include <QString>

namespace closeloop {

// Where a team's shared PostgreSQL database is and how to reach it. The
// password is carried only in memory: the GUI keeps it in the system
// keychain, the CLI takes it from the conninfo, PGPASSWORD or ~/.pgpass.
struct PgConnection {
    enum class Tls { Prefer, Disable, Require, VerifyFull };

    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database = QStringLiteral("closeloop");
    QString user;
    QString password;
    Tls tls = Tls::Prefer;
    QString caFile; // with VerifyFull: the certificate authority to trust
    // The schema that holds Closeloop's tables; empty: the server's default.
    QString schema;
    int connectTimeoutSeconds = 10;

    // Reads libpq's "key=value key='quoted value'" form or a
    // postgresql://user:password@host:port/database?sslmode=... URI.
    // Closeloop adds one key of its own: schema.
    static Result<PgConnection> parse(const QString &conninfo);

    // "user@host:port/database", for titles and messages (never the password).
    QString display() const;
    // The key=value form parse() reads, without the password: what a
    // settings file may remember.
    QString toConninfo() const;
    // The libpq options Qt's QPSQL driver passes on (semicolon separated).
    QString driverOptions() const;

    static QString tlsKey(Tls tls);
    static std::optional<Tls> tlsFromKey(const QString &key);
};

} // namespace closeloop
