#include "app/storage/Database.h"

#include "app/storage/PostgresConnection.h"
#include "app/storage/SqliteErrors.h"
#include "app/storage/SqliteHandle.h"
#include "app/storage/SqliteRank.h"
#include "app/storage/SqliteSearchText.h"
#include "app/storage/WalCheckpointer.h"
#include "app/storage/WorkspaceFileCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>
#include <QUuid>
#include <atomic>
#include <chrono>

namespace toasoan {

namespace {

struct TransactionState
{
    int depth = 0;
    bool rollbackOnly = false;
    QStringList hookKeys;
    QList<std::function<Result<void>()>> hooks;
};

// Transactions belong to a connection, and connections to a thread.
thread_local QHash<const Database *, TransactionState> t_transactions;

// Prepared write statements of this thread's connections, by connection name then SQL text:
// preparing a statement costs as much as running a small INSERT (tests/bench/bench_store).
thread_local QHash<QString, QHash<QString, QSqlQuery>> t_statements;

// Enough for every write statement the repositories use; SQL built with arguments could grow it
// without bound, so a full cache starts over.
constexpr qsizetype maxCachedStatements = 128;

// A number for the calling thread that no later thread gets again: thread ids are reused by the
// system once a thread ends, and a connection must never pass to another thread.
QString connectionSuffix()
{
    static std::atomic<quint64> next{0};
    thread_local const quint64 serial = ++next;
    return QString::number(serial);
}

// Writes that give no rows back can keep their prepared statement: nobody iterates them
// (insert() and value() keep their statements too, and read the one row themselves).
bool isCacheableWrite(const QString &sql)
{
    const QStringView head = QStringView(sql).left(7);
    const bool write = head.startsWith(QLatin1String("INSERT "), Qt::CaseInsensitive) ||
                       head.startsWith(QLatin1String("UPDATE "), Qt::CaseInsensitive) ||
                       head.startsWith(QLatin1String("DELETE "), Qt::CaseInsensitive);
    return write && !sql.contains(QLatin1String("RETURNING"), Qt::CaseInsensitive);
}

// What may run again on a new connection after the old one was lost, outside a transaction: a
// read, and BEGIN (nothing reached the server yet). Never a write: it may have been committed.
bool isSafeToRepeat(const QString &sql)
{
    const QStringView head = QStringView(sql).trimmed();
    return head.compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0 ||
           (head.startsWith(QLatin1String("SELECT "), Qt::CaseInsensitive) &&
            !sql.contains(QLatin1String(" FOR UPDATE"), Qt::CaseInsensitive));
}

using Clock = std::chrono::steady_clock;
constexpr std::chrono::milliseconds firstRetryDelay{500};
constexpr std::chrono::milliseconds longestRetryDelay{8000};

} // namespace

struct Database::Link
{
    QMutex mutex; ///< guards the back-off
    Clock::time_point nextAttempt{};
    std::chrono::milliseconds delay{0};
    std::atomic<bool> online{true};
    std::atomic<int> attempts{0};
    QMutex observerMutex; ///< held while observers run, so that removing one waits for its call
    QMap<int, std::function<void(bool)>> observers;
    int nextObserver = 1;
};

Database::Database(SqlDialect dialect, QString path, QString connectionPrefix)
    : m_dialect(dialect), m_path(std::move(path)), m_connectionPrefix(std::move(connectionPrefix)),
      m_link(std::make_unique<Link>())
{
}

Database::~Database()
{
    t_transactions.remove(this);
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (name.startsWith(m_connectionPrefix)) {
            // Statements cached by other threads are finalized by the driver when it closes.
            t_statements.remove(name);
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
}

Error Database::storageError(const QString &what, const QString &detail)
{
    return makeError(ErrorCode::Storage, what, detail);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, const DatabaseOptions &options)
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir()) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("toasoan::Database", "%1 is a folder, not a database file.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("toasoan::Database",
                                                                    "Cannot create the folder %1 for the database.")
                                            .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    TOASOAN_CHECK(workspacefile::checkSqliteHeader(path));
    TOASOAN_CHECK(workspacefile::checkIdentity(path));

    const bool readOnly = info.exists() && !sqliteerrors::canWrite(path);
    const QString prefix = (readOnly ? sqliteerrors::kReadOnlyPrefix : QStringLiteral("toasoan-")) +
                           QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> db(new Database(SqlDialect(SqlDialect::Backend::SQLite), path, prefix));
    if (!readOnly) {
        // Before the first connection, so that every connection is attached to it. Its own
        // connection opens at the first checkpoint, by when the file has passed the checks below.
        db->m_checkpointer = std::make_unique<WalCheckpointer>(path);
    }
    TOASOAN_CHECK(db->openConnection(prefix + QLatin1Char('-') + connectionSuffix()));
    TOASOAN_CHECK(db->migrate(options));
    // An older schema (a test's) has no sync_meta: not a working copy.
    if (auto meta = db->value(QStringLiteral("SELECT 1 FROM sync_meta LIMIT 1")); meta && meta->isValid()) {
        db->m_workingCopy = true;
    }
    if (readOnly) {
        return db;
    }
    // Marks files made before the mark, too. Best effort: a file that cannot be written to is still
    // a workspace.
    if (auto mark = db->exec(QStringLiteral("PRAGMA application_id"));
        mark && mark->next() && mark->value(0).toLongLong() == 0) {
        mark->finish();
        (void)db->exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
    }
    return db;
}

Result<void> Database::checkFile(const QString &path)
{
    TOASOAN_CHECK(workspacefile::checkSqliteHeader(path));
    return workspacefile::checkIdentity(path);
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QString &location, const DatabaseOptions &options)
{
    TOASOAN_TRY(parsed, parsePostgresLocation(location));
    const QString prefix = QStringLiteral("toasoan-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> db(new Database(SqlDialect(SqlDialect::Backend::PostgreSQL), location.trimmed(), prefix));
    db->m_postgres = std::move(parsed).value();
    TOASOAN_CHECK(db->openConnection(prefix + QLatin1Char('-') + connectionSuffix()));
    TOASOAN_CHECK(db->checkPostgresServer());
    TOASOAN_CHECK(db->migrate(options));
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, const DatabaseOptions &options)
{
    return isPostgresLocation(location) ? openPostgres(location, options) : openSqlite(location, options);
}

QString Database::displayName() const
{
    return isShared() ? m_postgres.display() : QDir::toNativeSeparators(m_path);
}

Result<void> Database::checkPostgresServer() const
{
    TOASOAN_TRY(rows, exec(QStringLiteral("SELECT pg_encoding_to_char(encoding), datctype FROM pg_database "
                                          "WHERE datname = current_database()")));
    if (!rows->next()) {
        return storageError(
            QCoreApplication::translate("toasoan::Database", "The database server did not describe the database."),
            QStringLiteral("no pg_database row"));
    }
    const QString encoding = rows->value(0).toString();
    const QString ctype = rows->value(1).toString();
    rows->finish();
    if (encoding != QLatin1String("UTF8")) {
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("toasoan::Database",
                                                     "The database %1 does not store text as UTF-8, so Vietnamese "
                                                     "text would be damaged. Create it with ENCODING 'UTF8' (see "
                                                     "\"Office set-up\" in the README).")
                             .arg(displayName()),
                         QStringLiteral("server encoding %1").arg(encoding));
    }
    // Under C or POSIX, lower(), upper() and case-insensitive matching leave Vietnamese letters alone.
    if (ctype == QLatin1String("C") || ctype == QLatin1String("POSIX")) {
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("toasoan::Database",
                                                     "The database %1 was created with the character type (LC_CTYPE) "
                                                     "%2, under which Vietnamese letters are not told apart by case. "
                                                     "Create it with LC_CTYPE 'C.UTF-8' (see \"Office set-up\" in the "
                                                     "README).")
                             .arg(displayName(), ctype),
                         QStringLiteral("LC_CTYPE %1").arg(ctype));
    }
    return {};
}

int Database::backgroundCheckpoints() const
{
    return m_checkpointer ? m_checkpointer->checkpoints() : 0;
}

Result<void> Database::openConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), name);
    if (!db.isValid()) {
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate("toasoan::Database",
                                                     "This computer lacks the database driver %1 (on Debian: the "
                                                     "package libqt6sql6-psql).")
                             .arg(m_dialect.driverName()),
                         db.lastError().text());
    }
    if (isShared()) {
        postgres::configure(db, m_postgres);
        if (!db.open()) {
            return postgres::connectError(m_postgres, db.lastError().text());
        }
    } else {
        db.setDatabaseName(m_path);
        if (m_connectionPrefix.startsWith(sqliteerrors::kReadOnlyPrefix)) {
            const sqliteerrors::ReadOnlyTarget target = sqliteerrors::readOnlyTarget(m_path);
            db.setDatabaseName(target.databaseName);
            db.setConnectOptions(target.connectOptions);
        }
    }
    if (!db.isOpen() && !db.open()) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("toasoan::Database", "Cannot open the database %1.")
                             .arg(QDir::toNativeSeparators(m_path)),
                         db.lastError().text());
    }
    if (m_dialect.backend() == SqlDialect::Backend::SQLite) {
        // Bulk writes and checkpoints use libsqlite3 directly on Qt's connection handle.
        TOASOAN_CHECK(checkSameSqlite(db));
        // Search ranks with it (search/Fts5SearchBackend.cpp); without FTS5 search fails with its own error.
        (void)registerSearchRank(sqliteHandle(db));
        // The search tables' triggers and views call it (migration 24): a connection without it could not save.
        if (!registerSearchText(sqliteHandle(db))) {
            return makeError(ErrorCode::Storage,
                             QCoreApplication::translate("toasoan::Database", "Cannot open the database %1.")
                                 .arg(QDir::toNativeSeparators(m_path)),
                             QStringLiteral("toasoan_search_text() could not be registered"));
        }
    }
    TOASOAN_CHECK(setUpSession(db));
    if (m_checkpointer) {
        if (sqlite3 *handle = sqliteHandle(db)) {
            m_checkpointer->attach(handle);
        }
    }
    return {};
}

Result<void> Database::setUpSession(QSqlDatabase &db) const
{
    for (const QString &statement : m_dialect.connectionSetup()) {
        if (m_connectionPrefix.startsWith(sqliteerrors::kReadOnlyPrefix) &&
            statement.contains(QLatin1String("journal_mode"))) {
            continue; // a write; the file keeps the mode it has
        }
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            // "file is not a database" / "database disk image is malformed" surface here.
            if (isShared()) {
                return postgres::connectError(m_postgres, query.lastError().text());
            }
            const auto specific = sqliteerrors::errorFor(query.lastError(), m_path);
            return specific && specific->code != ErrorCode::Corrupt
                       ? *specific
                       : workspacefile::damagedFile(m_path, query.lastError().text());
        }
    }
    return {};
}

Result<void> Database::reopen(const QString &name) const
{
    {
        QMutexLocker lock(&m_link->mutex);
        if (Clock::now() < m_link->nextAttempt) {
            return connectionLost(QStringLiteral("waiting before the next attempt to reconnect"));
        }
    }
    ++m_link->attempts;
    {
        // The statements prepared on the lost connection go with it. The driver goes first, so that
        // they do not try to free themselves over the dead link.
        const QHash<QString, QSqlQuery> stale = t_statements.take(name);
        QSqlDatabase::removeDatabase(name);
    }
    Result<void> opened = openConnection(name);
    {
        QMutexLocker lock(&m_link->mutex);
        if (opened) {
            m_link->delay = std::chrono::milliseconds(0);
            m_link->nextAttempt = {};
        } else {
            m_link->delay = std::clamp(m_link->delay * 2, firstRetryDelay, longestRetryDelay);
            m_link->nextAttempt = Clock::now() + m_link->delay;
        }
    }
    setOnline(bool(opened));
    return opened ? opened : Result<void>(connectionLost(opened.error().detail));
}

Error Database::connectionLost(const QString &detail) const
{
    return makeError(ErrorCode::Network,
                     QCoreApplication::translate("toasoan::Database",
                                                 "The connection to the database server %1 was lost; "
                                                 "nothing was half-written. Try again once the server "
                                                 "is back.")
                         .arg(displayName()),
                     detail);
}

bool Database::isConnectionLoss(const Error &error)
{
    // Storage reports only a lost connection to the database server as a network failure.
    return error.code == ErrorCode::Network;
}

void Database::setOnline(bool online) const
{
    if (m_link->online.exchange(online) == online) {
        return;
    }
    QMutexLocker lock(&m_link->observerMutex);
    for (const auto &observer : std::as_const(m_link->observers)) {
        observer(online);
    }
}

int Database::reconnectAttempts() const
{
    return m_link->attempts.load();
}

bool Database::isOnline() const
{
    return m_link->online.load();
}

int Database::addConnectionObserver(std::function<void(bool online)> observer)
{
    QMutexLocker lock(&m_link->observerMutex);
    const int key = m_link->nextObserver++;
    m_link->observers.insert(key, std::move(observer));
    return key;
}

void Database::removeConnectionObserver(int key)
{
    QMutexLocker lock(&m_link->observerMutex);
    m_link->observers.remove(key);
}

Result<void> Database::checkConnection() const
{
    if (!isShared()) {
        return {};
    }
    TOASOAN_TRY(answer, exec(QStringLiteral("SELECT 1")));
    answer->finish();
    return {};
}

QString Database::threadConnectionName() const
{
    return m_connectionPrefix + QLatin1Char('-') + connectionSuffix();
}

void Database::releaseThreadConnection()
{
    const QString name = threadConnectionName();
    t_statements.remove(name);
    t_transactions.remove(this);
    if (QSqlDatabase::contains(name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase Database::connection() const
{
    const QString name = threadConnectionName();
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isValid()) {
        // A failure here leaves a closed connection; the next query reports the error.
        (void)openConnection(name);
        return QSqlDatabase::database(name, false);
    }
    // Never inside a transaction: the statements after the loss would run outside it, on their own.
    if (isShared() && !db.isOpen() && !inTransaction()) {
        db = QSqlDatabase(); // reopen() drops the connection: no copy may be left
        (void)reopen(name);
        return QSqlDatabase::database(name, false);
    }
    return db;
}

Result<void> Database::transaction(const std::function<Result<void>()> &fn)
{
    TransactionState &state = t_transactions[this];
    if (state.depth > 0) {
        ++state.depth;
        Result<void> result = fn();
        --state.depth;
        if (!result) {
            state.rollbackOnly = true;
        }
        return result;
    }

    const QString begin = m_dialect.backend() == SqlDialect::Backend::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                                                             : QStringLiteral("BEGIN");
    TOASOAN_CHECK(exec(begin));
    state.depth = 1;
    state.rollbackOnly = false;
    state.hookKeys.clear();
    state.hooks.clear();
    Result<void> result = fn();
    // The hooks run inside the transaction (depth 1), and may register no further hooks.
    for (qsizetype i = 0; result && i < t_transactions[this].hooks.size(); ++i) {
        const auto hook = t_transactions[this].hooks.at(i);
        result = hook();
    }
    TransactionState &after = t_transactions[this];
    after.hookKeys.clear();
    after.hooks.clear();
    // COMMIT and ROLLBACK run at depth 1: a connection lost by now must not be replaced by a new one,
    // on which COMMIT would "succeed" with nothing to commit.
    const auto finish = [this](const QString &sql) {
        Result<QSqlQuery> done = exec(sql);
        t_transactions[this].depth = 0;
        return done;
    };
    if (!result || after.rollbackOnly) {
        after.rollbackOnly = false;
        (void)finish(QStringLiteral("ROLLBACK"));
        return result ? Result<void>(
                            storageError(QCoreApplication::translate("toasoan::Database", "The change was cancelled."),
                                         QStringLiteral("rollback only")))
                      : result;
    }
    if (auto r = finish(QStringLiteral("COMMIT")); !r) {
        if (isShared() && isConnectionLoss(r.error())) {
            // The server may have committed before the connection went: say so, and do not repeat it.
            return makeError(ErrorCode::Network,
                             QCoreApplication::translate(
                                 "toasoan::Database",
                                 "The connection to the database server %1 was lost while the change was being "
                                 "stored, so it is not known whether it was stored (it was stored whole or not at "
                                 "all). Once the server is back, check it before doing it again.")
                                 .arg(displayName()),
                             r.error().detail);
        }
        (void)exec(QStringLiteral("ROLLBACK"));
        return r.error();
    }
    return {};
}

bool Database::inTransaction() const
{
    const auto found = t_transactions.constFind(this);
    return found != t_transactions.constEnd() && found->depth > 0;
}

Result<void> Database::beforeCommit(const QString &key, const std::function<Result<void>()> &fn)
{
    TransactionState &state = t_transactions[this];
    if (state.depth == 0) {
        return fn();
    }
    if (!state.hookKeys.contains(key)) {
        state.hookKeys.append(key);
        state.hooks.append(fn);
    }
    return {};
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values) const
{
    return run(sql, values, isCacheableWrite(sql));
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &values, bool cached) const
{
    Result<QSqlQuery> done = runOnce(sql, values, cached);
    if (done && isShared() && !m_link->online.load()) {
        setOnline(true); // the server answers again (another thread's connection may be the one back)
    }
    if (done || !isShared() || !isConnectionLoss(done.error())) {
        return done;
    }
    if (!inTransaction() && isSafeToRepeat(sql)) {
        // The server may only have ended this session (a restart, pg_terminate_backend): one more
        // try on a new connection, which connection() opens when the back-off allows.
        if (QSqlDatabase::database(threadConnectionName(), false).isOpen()) {
            (void)reopen(threadConnectionName()); // it only looks open; connection() reopens the others
        }
        done = runOnce(sql, values, cached);
        if (done) {
            return done;
        }
    }
    setOnline(false);
    return done;
}

Result<QSqlQuery> Database::runOnce(const QString &sql, const QVariantList &values, bool cached) const
{
    if (isShared()) {
        // A COPY sent without waiting (copyIn) is answered first; ROLLBACK runs whatever it says.
        if (auto copied = settleCopy(); !copied && sql != QLatin1String("ROLLBACK")) {
            return copied.error();
        }
    }
    m_statementsRun.fetch_add(1, std::memory_order_relaxed);
    const QSqlDatabase db = connection();
    if (isShared() && !db.isOpen()) {
        return connectionLost(QStringLiteral("not connected — ") + sql);
    }
    if (isShared() && values.isEmpty()) {
        // PostgreSQL prepares only SELECT, INSERT, UPDATE and DELETE: schema statements, BEGIN and
        // COMMIT run as they are (there is nothing to bind).
        QSqlQuery direct(db);
        direct.setForwardOnly(true);
        if (!direct.exec(sql)) {
            return queryError(direct.lastError(), sql);
        }
        return direct;
    }
    // PostgreSQL prepares on the server: a lost connection shows here first.
    auto refused = [&](const QSqlQuery &failed) {
        if (Error lost = queryError(failed.lastError(), sql); lost.code == ErrorCode::Network) {
            return lost;
        }
        return storageError(QCoreApplication::translate("toasoan::Database", "The database refused a request."),
                            failed.lastError().text() + QStringLiteral(" — ") + sql);
    };
    QSqlQuery query;
    QHash<QString, QSqlQuery> *statements = nullptr;
    if (cached) {
        const QString name = threadConnectionName();
        statements = &t_statements[name];
        if (auto found = statements->constFind(sql); found != statements->constEnd()) {
            // The caller's copy shares the prepared statement with the cache. That is what Qt
            // deprecates copying for (two owners iterating one result), and why only statements
            // whose result nobody iterates are kept (isCacheableWrite, insert()).
            QT_WARNING_PUSH
            QT_WARNING_DISABLE_DEPRECATED
            query = *found;
            QT_WARNING_POP
        } else {
            query = QSqlQuery(db);
            query.setForwardOnly(true);
            if (!query.prepare(sql)) {
                return refused(query);
            }
            if (statements->size() >= maxCachedStatements) {
                statements->clear();
            }
            QT_WARNING_PUSH
            QT_WARNING_DISABLE_DEPRECATED
            statements->insert(sql, query);
            QT_WARNING_POP
        }
    } else {
        query = QSqlQuery(db);
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            return refused(query);
        }
    }
    for (const QVariant &value : values) {
        // A null QString is a missing text, not SQL NULL: the schema keeps texts NOT NULL.
        // Callers that mean NULL pass an invalid QVariant().
        if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
            query.addBindValue(QString(QLatin1String("")));
        } else if (value.typeId() == QMetaType::Bool) {
            // Flags are INTEGER 0/1 columns on both backends; PostgreSQL refuses TRUE there.
            query.addBindValue(value.toBool() ? 1 : 0);
        } else {
            query.addBindValue(value);
        }
    }
    // A write that gives no rows is reset by the driver once it is done (SQLITE_DONE), so a kept
    // statement never holds a transaction open; insert() resets its RETURNING statement itself.
    if (!query.exec()) {
        if (statements) {
            statements->remove(sql);
        }
        return queryError(query.lastError(), sql);
    }
    return query;
}

Error Database::queryError(const QSqlError &error, const QString &sql) const
{
    const QString text = error.text();
    if (isShared()) {
        // Once libpq has seen the connection fail, Qt closes it and later requests fail without a text.
        if (postgres::isConnectionLost(text) || !QSqlDatabase::database(threadConnectionName(), false).isOpen()) {
            return connectionLost(text + QStringLiteral(" — ") + sql);
        }
    } else if (auto specific = sqliteerrors::errorFor(error, m_path)) {
        specific->detail += QStringLiteral(" — ") + sql;
        return *specific;
    } else if (text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("not a database"))) {
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("toasoan::Database", "The database file is damaged."), text);
    }
    if (text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy"))) {
        return storageError(
            QCoreApplication::translate("toasoan::Database",
                                        "The database is busy with another user's change. Please try again."),
            text);
    }
    return storageError(
        QCoreApplication::translate("toasoan::Database", "The database could not complete the request."),
        text + QStringLiteral(" — ") + sql);
}

Result<QVariant> Database::value(const QString &sql, const QVariantList &values) const
{
    TOASOAN_TRY(query, run(sql, values, true));
    QVariant first;
    if (query->next()) {
        first = query->value(0);
    }
    query->finish();
    return first;
}

Result<qint64> Database::insert(const QString &sql, const QVariantList &values) const
{
    // The statement is kept: its one row is read here and the statement reset before returning.
    TOASOAN_TRY(query, run(sql, values, true));
    const bool found = query->next();
    const qint64 id = found ? query->value(0).toLongLong() : 0;
    query->finish();
    if (!found) {
        return storageError(
            QCoreApplication::translate("toasoan::Database", "The database did not return the new record."), sql);
    }
    return id;
}

QVariant toDbTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromDbTime(const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant toDbId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace toasoan
