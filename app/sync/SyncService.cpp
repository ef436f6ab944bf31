#include "app/sync/SyncService.h"

#include "app/storage/ChangeListener.h"
#include "app/storage/Database.h"

#include <QDateTime>
#include <QThread>
#include <QTimer>

namespace toasoan::sync {

// Lives in the service's thread: the engine, the timers and every statement to the server or the copy run here.
class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    explicit SyncWorker(SyncService *service) : m_service(service), m_engine(service->m_server, service->m_copy)
    {
        m_engine.setProgress([this](qint64 done) {
            m_service->update([done](SyncStatus &s) { s.progress = done; });
            emit m_service->progress(done);
        });
    }

    void begin()
    {
        const SyncService::Timing &timing = m_service->m_timing;
        m_period = new QTimer(this);
        m_period->setInterval(timing.periodMs);
        connect(m_period, &QTimer::timeout, this, &SyncWorker::request);
        m_period->start();
        m_poll = new QTimer(this);
        m_poll->setInterval(timing.localPollMs);
        connect(m_poll, &QTimer::timeout, this, &SyncWorker::poll);
        m_poll->start();
        request();
    }

    /// A sync once the thread is free; requests made meanwhile give one sync.
    void request()
    {
        if (m_wanted) {
            return;
        }
        m_wanted = true;
        QMetaObject::invokeMethod(this, &SyncWorker::drain, Qt::QueuedConnection);
    }

    /// The thread's last work: its connections close here, and the worker goes back to the service's thread.
    void finish(QThread *home)
    {
        delete m_period;
        delete m_poll;
        m_period = m_poll = nullptr;
        m_service->m_server.releaseThreadConnection();
        m_service->m_copy.releaseThreadConnection();
        moveToThread(home);
    }

private:
    void drain()
    {
        if (!m_wanted || !m_period) {
            return;
        }
        m_wanted = false;
        m_service->update([](SyncStatus &s) {
            s.syncing = true;
            s.progress = 0;
        });
        emit m_service->statusChanged();
        auto synced = [this] {
            QMutexLocker one(&m_service->m_syncing);
            return m_engine.sync();
        }();
        const bool ok = bool(synced);
        m_online = ok || !Database::isConnectionLoss(synced.error());
        if (!ok && m_online && synced.error().code == ErrorCode::Conflict) {
            request(); // changes keep arriving between push and pull: once more, after them
        }
        m_lastProbeMs = QDateTime::currentMSecsSinceEpoch();
        readStatus([&](SyncStatus &s) {
            s.syncing = false;
            s.online = m_online;
            s.lastError = ok ? std::nullopt : std::optional<Error>(synced.error());
        });
        emit m_service->synced(ok, ok ? *synced : SyncReport{});
    }

    // Every localPollMs: what the copy holds (pending, conflicts), a sync when a change waits and the server is
    // there, and, while it is not, now and then a question whether it is back.
    void poll()
    {
        const qint64 before = m_service->status().pending;
        readStatus({});
        const SyncStatus now = m_service->status();
        // A connection found lost by any thread (an online command's) counts: the server is asked again from here.
        m_online = m_online && m_service->m_server.isOnline();
        if (m_online) {
            if (now.pending > 0 && (now.pending != before || !now.lastError)) {
                request();
            }
            return;
        }
        const qint64 ms = QDateTime::currentMSecsSinceEpoch();
        if (ms - m_lastProbeMs < m_service->m_timing.offlineProbeMs) {
            return;
        }
        m_lastProbeMs = ms;
        if (m_service->m_server.checkConnection()) {
            m_online = true; // the connection observer asks for the sync as well; one is enough
            request();
        }
    }

    /// Reads the copy's counts into the status, with `also` applied, and tells of a change.
    void readStatus(const std::function<void(SyncStatus &)> &also)
    {
        auto copy = SyncEngine::status(m_service->m_copy, m_service->m_server.identity());
        bool changed = false;
        m_service->update([&](SyncStatus &s) {
            const SyncStatus old = s;
            if (copy) {
                s.pending = copy->pending;
                s.conflicts = copy->conflicts;
                s.lastSync = copy->lastSync;
                s.clockSkewMs = copy->clockSkewMs;
            }
            if (also) {
                also(s);
            }
            changed = also || old.pending != s.pending || old.conflicts != s.conflicts || old.lastSync != s.lastSync ||
                      old.clockSkewMs != s.clockSkewMs;
        });
        if (changed) {
            emit m_service->statusChanged();
        }
    }

    SyncService *m_service;
    SyncEngine m_engine;
    QTimer *m_period = nullptr;
    QTimer *m_poll = nullptr;
    bool m_wanted = false;
    bool m_online = true; ///< until a sync or a check says otherwise
    qint64 m_lastProbeMs = 0;
};

SyncService::SyncService(Database &server, Database &copy, QObject *parent)
    : SyncService(server, copy, Timing{}, parent)
{
}

SyncService::SyncService(Database &server, Database &copy, Timing timing, QObject *parent)
    : QObject(parent), m_server(server), m_copy(copy), m_timing(timing)
{
}

SyncService::~SyncService()
{
    if (!m_thread) {
        return;
    }
    m_copy.setServerLink(nullptr);
    m_server.removeConnectionObserver(m_observer);
    delete m_listener;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, home = thread()] { worker->finish(home); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void SyncService::start()
{
    if (m_thread) {
        return;
    }
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("toasoan-sync"));
    m_worker = new SyncWorker(this);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &SyncWorker::begin);
    // The server answers again (noticed by any thread): a sync, for what waited meanwhile.
    m_observer = m_server.addConnectionObserver([this](bool online) {
        update([online](SyncStatus &s) { s.online = online; });
        emit statusChanged();
        if (online) {
            syncNow();
        }
    });
    if (m_timing.listenToServer) {
        m_listener = new ChangeListener(m_server);
        connect(m_listener, &ChangeListener::changed, this, &SyncService::syncNow);
    }
    m_copy.setServerLink(this);
    m_thread->start();
}

Result<void> SyncService::syncAndWait()
{
    QMutexLocker one(&m_syncing);
    return SyncEngine(m_server, m_copy).sync().transform([](const SyncReport &) {});
}

SyncStatus SyncService::status() const
{
    QMutexLocker lock(&m_mutex);
    return m_status;
}

void SyncService::syncNow()
{
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, &SyncWorker::request, Qt::QueuedConnection);
    }
}

void SyncService::update(const std::function<void(SyncStatus &)> &change)
{
    QMutexLocker lock(&m_mutex);
    change(m_status);
}

} // namespace toasoan::sync

#include "SyncService.moc"
