#pragma once

// The PostgreSQL side of Database: how a location becomes a QPSQL connection, and what a failed
// connection means for the person at the desk.

#include "app/core/DatabaseLocation.h"
#include "app/core/Result.h"

#include <QSqlDatabase>

namespace toasoan::postgres {

/// Gives the QPSQL connection `db` the parameters of `location`, with a connect timeout and TCP
/// keepalives unless the location sets them (nothing else notices a server that went away).
void configure(QSqlDatabase &db, const PostgresLocation &location);

/// A translated diagnosis of a connection that failed, from libpq's message `driverText`: server
/// unreachable, wrong password, TLS failure, no such database, or a general failure.
Error connectError(const PostgresLocation &location, const QString &driverText);

/// True when a query failed because the connection to the server is gone.
bool isConnectionLost(const QString &driverText);

} // namespace toasoan::postgres
