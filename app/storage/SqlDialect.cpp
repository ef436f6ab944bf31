#include "app/storage/SqlDialect.h"

#include <QStringList>

namespace toasoan {

QString SqlDialect::driverName() const
{
    return m_backend == Backend::SQLite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString SqlDialect::expand(const QString &sql) const
{
    const QLatin1String sqliteOnly("${SQLITE}");
    const QLatin1String postgresOnly("${POSTGRES}");
    QString out = sql;
    if (out.startsWith(sqliteOnly)) {
        if (m_backend != Backend::SQLite) {
            return {};
        }
        out.remove(0, sqliteOnly.size());
    } else if (out.startsWith(postgresOnly)) {
        if (m_backend != Backend::PostgreSQL) {
            return {};
        }
        out.remove(0, postgresOnly.size());
    }
    if (m_backend == Backend::SQLite) {
        out.replace(QLatin1String("${ID}"), QLatin1String("INTEGER PRIMARY KEY"));
        out.replace(QLatin1String("${BLOB}"), QLatin1String("BLOB"));
    } else {
        out.replace(QLatin1String("${ID}"), QLatin1String("BIGSERIAL PRIMARY KEY"));
        out.replace(QLatin1String("${BLOB}"), QLatin1String("BYTEA"));
    }
    return out;
}

QStringList SqlDialect::connectionSetup() const
{
    if (m_backend == Backend::SQLite) {
        // WAL keeps readers and the writer apart and survives power cuts with synchronous=NORMAL
        // losing at most the last transaction, never corrupting the file.
        return {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
                QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA busy_timeout=5000"),
                QStringLiteral("PRAGMA cache_size=-32768")};
    }
    // Notices ("extension already exists, skipping") would reach the terminal through libpq.
    return {QStringLiteral("SET client_encoding TO 'UTF8'"), QStringLiteral("SET client_min_messages TO warning")};
}

} // namespace toasoan
