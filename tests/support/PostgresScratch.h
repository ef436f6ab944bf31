#pragma once

// A throwaway database on the PostgreSQL test server (scripts/test-servers/postgres.sh; its `env`
// prints TOASOAN_TEST_PG): created from template1 (which has unaccent) under a unique name, dropped
// again, with any connection left to it, when the object goes.

#include "app/core/DatabaseLocation.h"
#include "app/storage/PostgresConnection.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

/// Skips the running test function when no test server was started (TOASOAN_TEST_PG unset).
#define TOASOAN_REQUIRE_TEST_PG()                                                                                      \
    do {                                                                                                               \
        if (toasoan::test::PostgresScratch::serverLocation().isEmpty()) {                                              \
            QSKIP("TOASOAN_TEST_PG is not set: start scripts/test-servers/postgres.sh and eval its env");              \
        }                                                                                                              \
    } while (false)

namespace toasoan::test {

class PostgresScratch
{
public:
    /// The test server's conninfo, or empty when no server was started.
    static QString serverLocation() { return qEnvironmentVariable("TOASOAN_TEST_PG"); }
    /// True when the core tests run against PostgreSQL (TOASOAN_TEST_BACKEND=postgresql).
    static bool backendWanted() { return qEnvironmentVariable("TOASOAN_TEST_BACKEND") == QLatin1String("postgresql"); }

    /// `createOptions` goes after CREATE DATABASE name (ENCODING, LC_CTYPE, TEMPLATE…).
    explicit PostgresScratch(const QString &createOptions = QStringLiteral("TEMPLATE template1"))
        : m_name(QStringLiteral("toasoan_t_") + QUuid::createUuid().toString(QUuid::Id128).left(20)),
          m_admin(QStringLiteral("scratch-admin-") + m_name)
    {
        if (serverLocation().isEmpty() || !run(QStringLiteral("CREATE DATABASE %1 %2").arg(m_name, createOptions))) {
            m_name.clear();
        }
    }
    ~PostgresScratch()
    {
        if (!m_name.isEmpty()) {
            run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        }
        if (QSqlDatabase::contains(m_admin)) {
            QSqlDatabase::database(m_admin, false).close();
            QSqlDatabase::removeDatabase(m_admin);
        }
    }
    PostgresScratch(const PostgresScratch &) = delete;
    PostgresScratch &operator=(const PostgresScratch &) = delete;

    bool ok() const { return !m_name.isEmpty(); }
    QString name() const { return m_name; }
    /// The conninfo of the scratch database (the server's, with its dbname replaced).
    QString location() const { return serverLocation() + QStringLiteral(" dbname=") + m_name; }
    /// Runs `sql` on the scratch database itself (not through ToaSoan); false on failure.
    bool execIn(const QString &sql)
    {
        const QString name = QStringLiteral("scratch-") + m_name;
        bool done = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            postgres::configure(db, parsePostgresLocation(location()).value());
            QSqlQuery query(db);
            done = db.open() && query.exec(sql);
            if (!done) {
                qWarning("scratch database: %s", qPrintable(query.lastError().text() + db.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return done;
    }

private:
    bool run(const QString &sql)
    {
        if (!QSqlDatabase::contains(m_admin)) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_admin);
            const auto location = parsePostgresLocation(serverLocation());
            if (!location) {
                qWarning("TOASOAN_TEST_PG: %s", qPrintable(location.error().detail));
                return false;
            }
            postgres::configure(db, location.value());
        }
        QSqlDatabase db = QSqlDatabase::database(m_admin);
        QSqlQuery query(db);
        if (!db.isOpen() || !query.exec(sql)) {
            qWarning("PostgreSQL test server: %s", qPrintable(query.lastError().text() + db.lastError().text()));
            return false;
        }
        return true;
    }

    QString m_name;
    QString m_admin;
};

} // namespace toasoan::test

/// In a test class's initTestCase(): skips the whole class, with the reason, when the core tests run
/// against PostgreSQL but no test server was started.
#define TOASOAN_REQUIRE_TEST_BACKEND()                                                                                 \
    do {                                                                                                               \
        if (toasoan::test::PostgresScratch::backendWanted() &&                                                         \
            toasoan::test::PostgresScratch::serverLocation().isEmpty()) {                                              \
            QSKIP("TOASOAN_TEST_PG is not set: start the server (scripts/test-servers/postgres.sh start) and "         \
                  "eval \"$(scripts/test-servers/postgres.sh env)\"");                                                 \
        }                                                                                                              \
    } while (false)
