// Database::copyIn: COPY … FROM STDIN through libpq, on the connection Qt's PostgreSQL driver holds.
//
// Qt's driver has no COPY, and sends every bound value inside the statement's text, which the server
// then parses (tests/bench/bench_backends: a fifth of a bulk import's server time went to reading the
// values back out of INSERT statements). COPY streams the rows as data. The driver's handle() is the
// libpq connection. A COPY sent without waiting (copyIn's `wait` false) leaves the server's answer pending on it:
// settleCopy() reads it, and Database::runOnce calls that before any other statement, so the driver always
// finds the connection free, as before.
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <libpq-fe.h>
#include <utility>

namespace toasoan {

namespace {

PGconn *postgresHandle(const QSqlDatabase &connection)
{
    if (!connection.isOpen() || !connection.driver()) {
        return nullptr;
    }
    // Qt's driver declares the metatype PGconn*, which Qt 6 names after the struct behind the typedef.
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)) {
        return nullptr;
    }
    return *static_cast<PGconn *const *>(handle.constData());
}

QString libpqText(const char *text)
{
    return QString::fromUtf8(text).trimmed();
}

/// The COPY whose answer the calling thread has not read yet, on which connection (one at a time: a
/// connection runs one statement at a time, and the next statement reads it first).
struct PendingCopy
{
    const Database *db = nullptr;
    PGconn *conn = nullptr;
    QString sql;
};
thread_local PendingCopy t_pending;

/// Reads the results of the statement in progress on `conn`: empty when it succeeded, else the server's
/// message.
QString readResults(PGconn *conn)
{
    QString failure;
    while (PGresult *result = PQgetResult(conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && failure.isEmpty()) {
            failure = libpqText(PQresultErrorMessage(result));
        }
        PQclear(result);
    }
    return failure;
}

} // namespace

Result<void> Database::settleCopy() const
{
    if (t_pending.db != this) {
        return {};
    }
    const PendingCopy pending = std::exchange(t_pending, PendingCopy{});
    PGconn *conn = postgresHandle(connection());
    if (conn != pending.conn) {
        // The connection was closed and another opened (the COPY's transaction went with the old one).
        return connectionLost(QStringLiteral("connection replaced while a COPY was pending — ") + pending.sql);
    }
    QString failure = readResults(conn);
    if (failure.isEmpty() && PQtransactionStatus(conn) == PQTRANS_INERROR) {
        // Nothing read here, yet the transaction failed: another reader took the answer.
        failure = QStringLiteral("the transaction failed during the COPY");
    }
    if (failure.isEmpty()) {
        return {};
    }
    if (PQstatus(conn) == CONNECTION_BAD) {
        setOnline(false);
        return connectionLost(failure + QStringLiteral(" — ") + pending.sql);
    }
    return storageError(QCoreApplication::translate("toasoan::Database", "The database refused a request."),
                        failure + QStringLiteral(" — ") + pending.sql);
}

Result<void> Database::copyIn(const QString &copySql, const QByteArray &rows, bool wait) const
{
    TOASOAN_CHECK(settleCopy());
    m_statementsRun.fetch_add(1, std::memory_order_relaxed);
    const QSqlDatabase db = connection();
    PGconn *conn = isShared() ? postgresHandle(db) : nullptr;
    if (isShared() && (!db.isOpen() || (conn && PQstatus(conn) == CONNECTION_BAD))) {
        setOnline(false);
        return connectionLost(QStringLiteral("not connected — ") + copySql);
    }
    const auto refused = [&](const QString &detail) {
        return storageError(QCoreApplication::translate("toasoan::Database", "The database refused a request."),
                            detail + QStringLiteral(" — ") + copySql);
    };
    if (!conn) {
        return refused(QStringLiteral("COPY needs Qt's PostgreSQL driver (QPSQL)"));
    }
    // The driver reads forward-only results row by row and leaves a statement's end unread until its next
    // query: read it now, as the driver itself does before another query (a result still being iterated
    // would lose its remaining rows, as with any next query on the connection).
    while (PGresult *pending = PQgetResult(conn)) {
        PQclear(pending);
    }
    if (PQtransactionStatus(conn) == PQTRANS_ACTIVE) {
        return refused(QStringLiteral("the connection is busy with another query"));
    }
    // Anything that goes wrong on the way is read back from the server's final result.
    const QByteArray sql = copySql.toUtf8();
    PGresult *started = PQexec(conn, sql.constData());
    const ExecStatusType startStatus = started ? PQresultStatus(started) : PGRES_FATAL_ERROR;
    QString failure;
    if (startStatus != PGRES_COPY_IN) {
        failure = libpqText(started ? PQresultErrorMessage(started) : PQerrorMessage(conn));
    }
    PQclear(started);
    if (failure.isEmpty()) {
        // Blocking connection: each call returns once libpq has taken the data (1 = queued).
        qsizetype sent = 0;
        constexpr qsizetype kChunk = 1 << 20;
        while (sent < rows.size() && failure.isEmpty()) {
            const int size = int(qMin(kChunk, rows.size() - sent));
            if (PQputCopyData(conn, rows.constData() + sent, size) != 1) {
                failure = libpqText(PQerrorMessage(conn));
            }
            sent += size;
        }
        // On a failure on the way the COPY ends with an error: the server rolls the statement back.
        if (PQputCopyEnd(conn, failure.isEmpty() ? nullptr : "ToaSoan stopped the COPY") != 1 && failure.isEmpty()) {
            failure = libpqText(PQerrorMessage(conn));
        }
        if (failure.isEmpty() && !wait) {
            // The server stores the rows while the caller prepares the next ones.
            t_pending = PendingCopy{this, conn, copySql};
            return {};
        }
        // Every result is read, so the connection is free for the driver again.
        if (QString answer = readResults(conn); failure.isEmpty()) {
            failure = answer;
        }
    }
    if (failure.isEmpty()) {
        return {};
    }
    if (PQstatus(conn) == CONNECTION_BAD) {
        setOnline(false);
        return connectionLost(failure + QStringLiteral(" — ") + copySql);
    }
    return refused(failure);
}

} // namespace toasoan
