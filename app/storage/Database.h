#pragma once

#include "app/core/DatabaseLocation.h"
#include "app/core/Result.h"
#include "app/storage/SqlDialect.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <atomic>
#include <functional>
#include <memory>

namespace toasoan {

class ArticleIndexer;
class ServerLink;
class WalCheckpointer;

/// How far the schema update of an opening has got (DatabaseOptions::onMigrationProgress).
struct MigrationProgress
{
    int done = 0;             ///< steps finished
    int total = 0;            ///< steps this opening runs
    int version = 0;          ///< the step starting now; 0 once all are done
    QString description;      ///< what that step does, translated (empty once all are done)
    int fromVersion = 0;      ///< the schema found (0: a new database)
    qint64 databaseBytes = 0; ///< the database's size before the update
};

struct DatabaseOptions
{
    /// Stop migrating at this schema version (tests build older databases with it); -1 = latest.
    int targetVersion = -1;
    /// Called, on the opening thread, before each schema step and once after the last (done == total),
    /// when the opening updates the schema. The calls come from inside the update's transaction: the
    /// callback must not use the database. For a window's progress or a command's lines on stderr.
    std::function<void(const MigrationProgress &)> onMigrationProgress;
};

/// The workspace database: one SQLite file (or a shared PostgreSQL database).
/// Opening checks the file, applies pending migrations in one transaction and refuses files
/// written by a newer ToaSoan. Each thread gets its own named connection.
class Database final
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating if missing) the SQLite workspace at `path`. Never overwrites a file it
    /// cannot read: a corrupt or foreign file gives ErrorCode::Corrupt, a newer one TooNew, and
    /// both are found by reading the file read-only, before anything (WAL mode first) writes to it.
    /// ToaSoan's files carry kApplicationId in their header (PRAGMA application_id).
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path, const DatabaseOptions &options = {});
    /// Opens the shared PostgreSQL database a libpq URI or conninfo names (the password, when the
    /// location has none, comes from PGPASSWORD or ~/.pgpass / PGPASSFILE through libpq). Refuses a
    /// database that is not UTF-8, has the C character type, is not a ToaSoan one (Corrupt) or is
    /// newer (TooNew); creates the schema in an empty one. Connection failures are diagnosed.
    static Result<std::unique_ptr<Database>> openPostgres(const QString &location, const DatabaseOptions &options = {});
    /// The one entry point of --database and TOASOAN_DB: a PostgreSQL location
    /// (isPostgresLocation()) opens the shared database, anything else an SQLite file.
    static Result<std::unique_ptr<Database>> open(const QString &location, const DatabaseOptions &options = {});

    /// Reads an existing SQLite file read-only, without opening it as a workspace: Corrupt when it is not a
    /// ToaSoan workspace (or is damaged), TooNew when a newer ToaSoan wrote it. The checks openSqlite() runs
    /// first; backups and restores run them on files that must never be opened for writing.
    static Result<void> checkFile(const QString &path);

    /// "ToaS": what `PRAGMA application_id` gives for a ToaSoan workspace (0 in files made before it).
    static constexpr int kApplicationId = 0x546F6153;

    /// The connection for the calling thread (created on first use). On the shared database a
    /// connection found lost is opened again here, outside a transaction and no more often than
    /// the back-off allows (0.5 s after a failed attempt, doubling up to 8 s), with the session
    /// settings applied again.
    QSqlDatabase connection() const;
    /// Closes the calling thread's connection; a worker thread calls it before it ends. The next
    /// query from this thread opens a new one.
    void releaseThreadConnection();
    const SqlDialect &dialect() const { return m_dialect; }
    /// The location as opened (a file path, or a PostgreSQL location with its password if it had one):
    /// give it to open() for another connection to the same database.
    QString path() const { return m_path; }
    /// The location for people to read: the file path, or the PostgreSQL address without password.
    QString displayName() const;
    /// A name of this database that holds no secret, for keys in the settings: the file path, or the
    /// PostgreSQL address without password.
    QString identity() const { return isShared() ? m_postgres.display() : m_path; }
    /// True on the shared PostgreSQL database.
    bool isShared() const { return m_dialect.backend() == SqlDialect::Backend::PostgreSQL; }
    /// True on a PC's offline working copy of the shared database (an SQLite file that has pulled from a
    /// server: sync_meta has a row; app/sync). Its repositories queue their changes in pending_ops
    /// (storage/PendingOps.h) and refuse, with ErrorCode::Offline, what only the server may do.
    bool isWorkingCopy() const { return m_workingCopy.load(std::memory_order_relaxed); }
    /// The sync engine marks a file it starts pulling into.
    void setWorkingCopy(bool workingCopy) { m_workingCopy.store(workingCopy, std::memory_order_relaxed); }
    /// A working copy's way to its server for the online commands (storage/ServerLink.h); null: none (the CLI, a
    /// copy whose window has not started its sync): what needs the server is refused with ErrorCode::Offline.
    /// The link must outlive its use; unset it before it goes.
    void setServerLink(ServerLink *link) { m_serverLink.store(link, std::memory_order_release); }
    ServerLink *serverLink() const { return m_serverLink.load(std::memory_order_acquire); }
    int schemaVersion() const;
    static int latestSchemaVersion();
    /// The schema version this opening found, before it updated the schema (0: a new database).
    int openedAtVersion() const { return m_openedAtVersion; }

    /// Runs `fn` inside a transaction: commit when it returns ok, roll back otherwise.
    /// Nested calls join the outer transaction. A connection lost inside it fails the rest of the
    /// transaction (the server rolls it back; nothing is re-run on a new connection). A lost
    /// COMMIT is reported as such (the change may or may not be stored) and never repeated.
    Result<void> transaction(const std::function<Result<void>()> &fn);

    /// True while the calling thread is inside transaction().
    bool inTransaction() const;
    /// Runs `fn` just before the calling thread's outermost transaction commits (in the order
    /// registered, once per `key` and transaction); its failure rolls the transaction back. For
    /// work that is cheaper done once for a whole transaction than once per row. Outside a
    /// transaction `fn` runs at once and its result is returned.
    Result<void> beforeCommit(const QString &key, const std::function<Result<void>()> &fn);
    /// Prepares and runs `sql` with positional `?` values (an invalid QVariant binds NULL, a null
    /// QString an empty text). On failure the Error is Storage.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {}) const;
    /// The first column of the first row of a query (an invalid QVariant when there is no row).
    /// The prepared statement is kept for the next call, like those of writes: use it for the
    /// look-ups that run once per article in a bulk write.
    Result<QVariant> value(const QString &sql, const QVariantList &values = {}) const;
    /// Runs an INSERT ... RETURNING id and gives the id.
    Result<qint64> insert(const QString &sql, const QVariantList &values) const;

    /// True unless the connection to the shared database was lost and has not come back yet
    /// (always true on SQLite).
    bool isOnline() const;
    /// `observer` is called with false when a connection to the shared database is found lost,
    /// and with true when one answers again; on the thread that noticed, once per change (queue
    /// the call to your own thread). Returns the key that removes it.
    int addConnectionObserver(std::function<void(bool online)> observer);
    /// Once it returns, the observer is not running and will not be called again.
    void removeConnectionObserver(int key);
    /// Opens the calling thread's connection again when it was lost (as the back-off allows) and
    /// asks the server a trivial question: ok when it answers. For a window waiting for the server.
    Result<void> checkConnection() const;
    /// How often a lost connection was opened again, or tried to be (tests).
    int reconnectAttempts() const;
    /// True when `error` says the connection to the database server was lost.
    static bool isConnectionLoss(const Error &error);

    /// Checkpoints of the write-ahead log run so far by the background thread (tests).
    int backgroundCheckpoints() const;
    /// Statements run through exec(), value(), insert() and copyIn() so far, by every thread (tests: a bulk write
    /// must not cost a round trip to the server per row).
    qint64 statementsRun() const { return m_statementsRun.load(std::memory_order_relaxed); }

    /// The index ArticleRepository keeps in step with the articles (search/SearchIndex.h's
    /// searchindex::attach() sets it right after opening); null: none. The indexer must outlive
    /// the database.
    void setArticleIndexer(const ArticleIndexer *indexer) { m_articleIndexer = indexer; }
    const ArticleIndexer *articleIndexer() const { return m_articleIndexer; }

    /// PostgreSQL only: runs `copySql` ("COPY table (columns) FROM STDIN", text format) on the calling
    /// thread's connection with `rows` as its data (lines of tab-separated fields, escaped as COPY's text
    /// format wants: app/storage/BulkInsert.cpp). One statement and one round trip, whatever the rows;
    /// the values never pass through an SQL text. On failure the server's transaction is aborted (the
    /// caller's transaction() then rolls it back) and the error says why (a lost connection as such).
    /// `wait` false: returns once the rows are sent, and the server stores them while the caller goes on
    /// (prepares the next rows); the thread's next statement on this database (any exec(), value(), insert(),
    /// copyIn(), COMMIT) first reads the server's answer, and fails with this COPY's error if it failed.
    Result<void> copyIn(const QString &copySql, const QByteArray &rows, bool wait = true) const;
    /// Reads the answer to the calling thread's COPY sent without waiting, if any: its error, if it failed.
    Result<void> settleCopy() const;

    /// A translated Storage error with the driver's text as detail.
    static Error storageError(const QString &what, const QString &detail);

private:
    Database(SqlDialect dialect, QString path, QString connectionPrefix);
    Result<void> openConnection(const QString &name) const;
    QString threadConnectionName() const;
    /// exec() with the prepared statement kept per thread when `cached` (writes without rows); a
    /// statement that is safe to repeat (a read or BEGIN outside a transaction) is run once more
    /// on a new connection when the old one turns out lost.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values, bool cached) const;
    Result<QSqlQuery> runOnce(const QString &sql, const QVariantList &values, bool cached) const;
    /// The session settings every new connection gets (dialect().connectionSetup()).
    Result<void> setUpSession(QSqlDatabase &db) const;
    /// Drops the calling thread's lost PostgreSQL connection `name` and opens it again, unless
    /// the back-off says to wait.
    Result<void> reopen(const QString &name) const;
    Error connectionLost(const QString &detail) const;
    void setOnline(bool online) const;
    Result<void> migrate(const DatabaseOptions &options);
    Error queryError(const QSqlError &error, const QString &sql) const;
    Result<void> migrateSteps(const DatabaseOptions &options);
    Result<void> checkPostgresServer() const;

    SqlDialect m_dialect;
    QString m_path;
    QString m_connectionPrefix;
    PostgresLocation m_postgres; ///< PostgreSQL only
    const ArticleIndexer *m_articleIndexer = nullptr;
    struct Link; ///< PostgreSQL only: the reconnect back-off and who hears of a lost connection
    std::unique_ptr<Link> m_link;
    mutable std::atomic<qint64> m_statementsRun = 0;
    std::atomic<bool> m_workingCopy = false;
    std::atomic<ServerLink *> m_serverLink = nullptr;
    int m_openedAtVersion = 0;
    std::unique_ptr<WalCheckpointer> m_checkpointer; ///< SQLite only; after the connections close
};

/// Times are stored as UTC epoch milliseconds; invalid times as NULL.
QVariant toDbTime(const QDateTime &time);
QDateTime fromDbTime(const QVariant &value);
/// 0 ids are stored as NULL (no category, no image...).
QVariant toDbId(qint64 id);

} // namespace toasoan
