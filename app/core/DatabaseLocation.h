#pragma once

#include "app/core/Result.h"

#include <QList>
#include <QString>
#include <utility>

namespace toasoan {

/// Where a shared PostgreSQL database is, from a libpq URI (`postgresql://user@host:port/db?sslmode=…`)
/// or a key=value conninfo (`host=… dbname=…`). Empty fields are left to libpq's defaults (its
/// environment variables, the Unix socket, ~/.pgpass or PGPASSFILE for the password).
struct PostgresLocation
{
    QString host;
    int port = -1;
    QString database;
    QString user;
    QString password;
    /// Every other libpq keyword given (sslmode, sslrootcert, connect_timeout, keepalives…), in order.
    QList<std::pair<QString, QString>> options;

    /// The value of an option, or an empty string.
    QString option(const QString &key) const;
    /// The location without its password, for titles and messages: `postgresql://user@host:port/db`.
    QString display() const;
    /// The options as libpq conninfo pairs joined by ';' (Qt's QPSQL connect options), values quoted.
    QString connectOptions() const;
    /// The whole location as a libpq URI, the password and every option included (percent-encoded):
    /// parsePostgresLocation() gives this location back.
    QString uri() const;
};

/// True when `location` names a PostgreSQL database (a `postgresql://` or `postgres://` URI or a
/// conninfo string); anything else is an SQLite file path.
bool isPostgresLocation(const QString &location);

/// A location for people to read: a file path in the system's form, or a PostgreSQL address without
/// its password.
QString displayLocation(const QString &location);

/// Parses a PostgreSQL location; an Invalid error (translated) names what is wrong.
Result<PostgresLocation> parsePostgresLocation(const QString &location);

} // namespace toasoan
