#pragma once

#include "domain/result.h"
#include "pgconnection.h"

#include <QSqlError>

namespace closeloop::pg {

// Why a connection attempt failed, in the words a user can act on: wrong
// password, server not reachable, TLS failure, database missing...
Error connectError(const PgConnection &connection, const QSqlError &error);

// A failed statement on the server, by its SQLSTATE: what it means for the
// user's data and what to do. `where` names the database for the message.
Error statementError(const QString &where, const QSqlError &error);

// The connection is gone (the driver closed it after the server went away).
Error connectionLost(const QString &where);

// Whether the error means the connection itself is gone.
bool isConnectionLost(const QSqlError &error);

} // namespace closeloop::pg
