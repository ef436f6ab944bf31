#pragma once

// The offline working copy of a PC on the shared database (issue 14, docs/design/offline-working-copies.md):
// a local SQLite file with the same schema, kept in step with the server by pulling every row whose
// row_version (migration 18) is above the last version the copy saw, and the tombstones of rows deleted
// since, and pushing the changes queued in it (SyncPush.cpp). Not yet: the window on the copy, the engine's
// own thread and timers.

#include "app/core/Clock.h"
#include "app/core/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace toasoan {

class Database;

namespace sync {

/// Where the working copy of a server lives: <AppDataLocation>/copies/<sha1 of its identity>.sqlite. The
/// identity is Database::identity() (or PostgresLocation::display()): the address, never the password.
QString workingCopyPath(const QString &serverIdentity);

/// The tables a pull brings, in the order it writes them (a row's references come before it). Scope: every
/// row of them, for now (the design's narrower scope — own articles, inbox, opened in the last 30 days — is
/// left for when copy sizes are measured).
const QStringList &pulledTables();

struct PullReport
{
    qint64 fromVersion = -1; ///< the copy's last version before (-1: nothing pulled yet)
    qint64 toVersion = -1;   ///< the server's version the copy is at now
    qint64 rows = 0;         ///< rows written to the copy
    qint64 deleted = 0;      ///< tombstones applied
    int batches = 0;         ///< local transactions
    qint64 clockSkewMs = 0;  ///< the server's clock minus this PC's
};

struct PushReport
{
    int pushed = 0;         ///< operations the server acknowledged (and left the queue)
    int conflicts = 0;      ///< of them, texts kept as conflict copies beside the server's version
    int merged = 0;         ///< merged field by field with the server's changes
    int restored = 0;       ///< edits of articles deleted on the server, back as their author's drafts
    int rejected = 0;       ///< comments on articles gone from the server
    int alreadyApplied = 0; ///< applied by an earlier push whose acknowledgement was lost
};

struct SyncReport
{
    PushReport push;
    PullReport pull;
};

struct CopyStatus
{
    qint64 lastVersion = -1;
    QDateTime lastSync;   ///< invalid: never synced
    qint64 pending = 0;   ///< changes queued here, not yet pushed
    qint64 conflicts = 0; ///< conflict copies waiting for their authors (revisions.conflict = 1)
    std::optional<qint64> clockSkewMs;
};

/// Beyond this, a PC's clock is reported as wrong (the order of changes never depends on it).
constexpr qint64 kClockSkewWarningMs = 5 * 60 * 1000;

class SyncEngine final
{
public:
    /// `server` is the shared database, `copy` the working copy (an SQLite workspace at the same schema).
    SyncEngine(Database &server, Database &copy, Clock clock = systemClock());

    /// Rows in one local transaction (and one FETCH from the server).
    void setBatchSize(int rows) { m_batchSize = rows; }
    /// Called after each batch with the rows and tombstones applied so far (and after each pushed change).
    void setProgress(std::function<void(qint64 done)> progress) { m_progress = std::move(progress); }

    /// Pulls everything the server changed since the copy's last version, read in one REPEATABLE READ
    /// snapshot of the server together with the version it stands for: tombstones first (a row deleted and
    /// written again in one transaction carries the same version as its tombstone), then each table's rows.
    /// Each batch is one local transaction; the copy's last version moves to the snapshot's only in the last
    /// one. A pull cut off half-way leaves the copy at its old last version, with some newer rows already in:
    /// the next pull writes them again (rows are matched by the server's id, or uuid), so nothing is lost or
    /// doubled. Rows keep the server's id when the copy has it free; server_ids maps the others.
    /// Refused (Conflict) while changes made here wait to be pushed: the pull would write over them.
    Result<PullReport> pull();

    /// Pushes the changes queued in the copy (storage/PendingOps.h), oldest first, each in one server
    /// transaction that first records its operation id in applied_ops: an operation the server has seen (its
    /// acknowledgement was lost) is not applied again, the stored outcome answers. An acknowledged operation
    /// leaves the queue. Articles merge three ways against the copy's article_bases: what only one side
    /// changed is kept, a text (title, sapo, body) changed on both keeps the server's as current and this
    /// PC's as a conflict copy (a revision with conflict = 1 of its author, in their inbox); an edit of an
    /// article deleted on the server brings it back as the author's draft. A failure (the server lost) stops
    /// the run with the rest still queued.
    Result<PushReport> push();
    /// push(), then pull().
    Result<SyncReport> sync();

    /// What the copy knows of its server `serverIdentity`, without asking the server.
    static Result<CopyStatus> status(Database &copy, const QString &serverIdentity);

private:
    Database &m_server;
    Database &m_copy;
    Clock m_clock;
    int m_batchSize = 500;
    std::function<void(qint64)> m_progress;
};

} // namespace sync
} // namespace toasoan
