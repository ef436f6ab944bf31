#pragma once

// The sync engine at work for a window (issue 14, docs/design/offline-working-copies.md): a thread of its own,
// with its own connections to the server and to the working copy, runs SyncEngine::sync() when the service
// starts, every minute, when the server hints that something changed (ChangeListener), when the server answers
// again after a loss, within about a second of a change queued in the copy, and when asked (after an online
// command). The thread that owns the service never waits on the server.

#include "app/core/Result.h"
#include "app/storage/ServerLink.h"
#include "app/sync/SyncEngine.h"

#include <QDateTime>
#include <QMutex>
#include <QObject>
#include <memory>
#include <optional>

class QThread;

namespace toasoan {

class ChangeListener;
class Database;

namespace sync {

class SyncWorker;

/// What the window shows of the working copy's sync.
struct SyncStatus
{
    bool online = false;  ///< the server answered the last sync (or check)
    bool syncing = false; ///< a sync is under way
    qint64 pending = 0;   ///< changes queued in the copy, not yet on the server
    qint64 conflicts = 0; ///< conflict copies waiting (revisions.conflict = 1)
    QDateTime lastSync;   ///< invalid: never synced
    std::optional<qint64> clockSkewMs;
    qint64 progress = 0;            ///< rows (or pushed changes) so far in the sync under way
    std::optional<Error> lastError; ///< why the last sync failed (none: it did not)

    /// True when this PC's clock is off by more than kClockSkewWarningMs (the order of changes never depends on it).
    bool clockWrong() const { return clockSkewMs && std::abs(*clockSkewMs) > kClockSkewWarningMs; }
};

/// Once started, the copy's link to its server (Database::serverLink()): the online commands run through it.
class SyncService final : public QObject, public ServerLink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncService)

public:
    struct Timing
    {
        int periodMs = 60 * 1000;   ///< a sync at least this often
        int localPollMs = 1000;     ///< how often the copy's queue is looked at (a change queued: sync)
        int offlineProbeMs = 2000;  ///< how often a lost server is asked whether it is back
        bool listenToServer = true; ///< ChangeListener's hints (off: only the timers)
    };

    /// `server` is the shared database, `copy` its working copy; both must outlive the service. The service's
    /// thread uses its own connections to them (Database keeps one per thread).
    SyncService(Database &server, Database &copy, QObject *parent = nullptr);
    SyncService(Database &server, Database &copy, Timing timing, QObject *parent = nullptr);
    /// Stops the thread; a sync under way finishes first (its server statements time out if the server went away).
    ~SyncService() override;

    /// Starts the thread and its first sync.
    void start();
    /// The status as last known (any thread).
    SyncStatus status() const;

    Database &server() override { return m_server; }
    /// A sync on the calling thread (an online command's), after the one under way in the service's thread.
    Result<void> syncAndWait() override;

public slots:
    /// A sync as soon as the thread is free (after an online command; any thread).
    void syncNow();

signals:
    /// status() changed (emitted from the service's thread; connect with the default, queued, connection).
    void statusChanged();
    /// A sync ended; `report` is what it did (when it succeeded).
    void synced(bool ok, const toasoan::sync::SyncReport &report);
    /// Rows pulled or changes pushed so far in a long sync.
    void progress(qint64 done);

private:
    friend class SyncWorker;
    void update(const std::function<void(SyncStatus &)> &change);

    Database &m_server;
    Database &m_copy;
    Timing m_timing;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr; ///< lives in m_thread
    ChangeListener *m_listener = nullptr;
    int m_observer = 0;
    mutable QMutex m_mutex;
    QMutex m_syncing; ///< held by each sync: two at once would push the same changes twice
    SyncStatus m_status;
};

} // namespace sync
} // namespace toasoan
