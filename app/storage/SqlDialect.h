#pragma once

#include <QString>

namespace toasoan {

/// The one place where SQLite and PostgreSQL differ. Everything else writes portable SQL
/// (`?` placeholders, `INSERT ... RETURNING id`, BIGINT epoch milliseconds for times).
class SqlDialect final
{
public:
    enum class Backend
    {
        SQLite,
        PostgreSQL
    };

    explicit SqlDialect(Backend backend) : m_backend(backend) {}

    Backend backend() const { return m_backend; }
    /// Qt driver name: "QSQLITE" or "QPSQL".
    QString driverName() const;
    /// Replaces ${ID} (auto-increment primary key) and ${BLOB} in schema SQL. A statement that starts
    /// with ${SQLITE} or ${POSTGRES} belongs to that backend only: on the other it expands to "".
    QString expand(const QString &sql) const;
    /// Statements run on every new connection (pragmas on SQLite).
    QStringList connectionSetup() const;

private:
    Backend m_backend;
};

} // namespace toasoan
