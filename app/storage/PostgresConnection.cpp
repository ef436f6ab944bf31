#include "app/storage/PostgresConnection.h"

#include <QCoreApplication>

namespace toasoan::postgres {

namespace {

// The diagnoses belong to the database's messages (lupdate files them under this context too).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::Database)
};

bool containsAny(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

} // namespace

void configure(QSqlDatabase &db, const PostgresLocation &location)
{
    db.setHostName(location.host);
    if (location.port > 0) {
        db.setPort(location.port);
    }
    db.setDatabaseName(location.database);
    db.setUserName(location.user);
    // Empty: libpq reads PGPASSWORD, then ~/.pgpass or PGPASSFILE, itself.
    db.setPassword(location.password);

    PostgresLocation withDefaults = location;
    const std::pair<const char *, const char *> defaults[] = {
        {"connect_timeout", "10"},     {"keepalives", "1"},       {"keepalives_idle", "30"},
        {"keepalives_interval", "10"}, {"keepalives_count", "3"}, {"application_name", "toasoan"},
    };
    for (const auto &[key, value] : defaults) {
        if (location.option(QLatin1String(key)).isEmpty()) {
            withDefaults.options.append({QLatin1String(key), QLatin1String(value)});
        }
    }
    db.setConnectOptions(withDefaults.connectOptions());
}

Error connectError(const PostgresLocation &location, const QString &driverText)
{
    const QString where = location.display();
    if (containsAny(driverText,
                    {"password authentication failed", "no password supplied", "authentication failed", "role \""})) {
        return makeError(ErrorCode::Auth,
                         Text::tr("The database server %1 refused the user name or password. Check the password "
                                  "(or PGPASSWORD, ~/.pgpass) with the office's administrator.")
                             .arg(where),
                         driverText);
    }
    if (containsAny(driverText, {"SSL", "certificate", "TLS"})) {
        return makeError(ErrorCode::Network,
                         Text::tr("The secure (TLS) connection to the database server %1 failed: the server does not "
                                  "offer TLS, or its certificate is not the expected one (sslrootcert).")
                             .arg(where),
                         driverText);
    }
    if (containsAny(driverText, {"does not exist"})) {
        return makeError(ErrorCode::NotFound,
                         Text::tr("The database server has no database named in %1. Check the address.").arg(where),
                         driverText);
    }
    if (containsAny(driverText, {"could not connect", "Connection refused", "could not translate host name",
                                 "timeout expired", "No route to host", "Network is unreachable",
                                 "Name or service not known", "connection to server"})) {
        return makeError(ErrorCode::Network,
                         Text::tr("The database server %1 cannot be reached. Check the network, the address and "
                                  "that the server is running.")
                             .arg(where),
                         driverText);
    }
    return makeError(ErrorCode::Storage, Text::tr("Cannot connect to the database server %1.").arg(where), driverText);
}

bool isConnectionLost(const QString &driverText)
{
    return containsAny(driverText,
                       {"server closed the connection", "no connection to the server", "terminating connection",
                        "connection not open", "could not send data", "could not receive data", "SSL SYSCALL error"});
}

} // namespace toasoan::postgres
