#include "app/storage/WalCheckpointer.h"

#include <QDebug>
#include <sqlite3.h>

namespace toasoan {

WalCheckpointer::WalCheckpointer(QString path) : m_path(std::move(path))
{
    m_thread = std::thread([this] { run(); });
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void WalCheckpointer::attach(sqlite3 *connection)
{
    sqlite3_wal_hook(connection, &WalCheckpointer::onCommit, this);
}

int WalCheckpointer::checkpoints() const
{
    std::lock_guard lock(m_mutex);
    return m_done;
}

int WalCheckpointer::onCommit(void *self, sqlite3 *connection, const char *database, int pages)
{
    if (pages >= kLimitPages) {
        // What SQLite's own hook does at every 1,000 pages. Busy (the thread is at it): next time.
        sqlite3_wal_checkpoint_v2(connection, database, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    } else if (pages >= kThresholdPages) {
        static_cast<WalCheckpointer *>(self)->request();
    }
    return SQLITE_OK;
}

void WalCheckpointer::request()
{
    {
        std::lock_guard lock(m_mutex);
        m_requested = true;
    }
    m_wake.notify_one();
}

void WalCheckpointer::run()
{
    sqlite3 *db = nullptr;
    const QByteArray path = m_path.toUtf8();
    // Its own connection, opened on first use and kept: a checkpoint needs no lock on the writers'.
    auto ensureOpen = [&]() -> bool {
        if (db) {
            return true;
        }
        if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            qWarning("WAL checkpoint: cannot open %s: %s", path.constData(), db ? sqlite3_errmsg(db) : "out of memory");
            sqlite3_close(db);
            db = nullptr;
            return false;
        }
        sqlite3_busy_timeout(db, 5000);
        sqlite3_exec(db, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);
        // This connection writes nothing; its own commits (none) must not checkpoint either.
        sqlite3_wal_autocheckpoint(db, 0);
        return true;
    };
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_requested || m_stopping; });
        if (m_stopping) {
            break;
        }
        m_requested = false;
        lock.unlock();
        // PASSIVE: copies what no reader still needs and never blocks readers or the writer; what
        // is left goes at the next request.
        const bool done = ensureOpen() && sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_PASSIVE, nullptr,
                                                                    nullptr) == SQLITE_OK;
        lock.lock();
        if (done) {
            ++m_done;
        }
    }
    lock.unlock();
    sqlite3_close(db);
}

} // namespace toasoan
