#pragma once

#include <QString>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace toasoan {

/// Copies the SQLite write-ahead log back into the database file on a thread of its own.
///
/// SQLite's default is to do it inside the COMMIT that lets the log pass 1,000 pages: the
/// committing thread then writes every page again and waits for the disk (fsync). That was a
/// fifth of a bulk import's time (tests/bench/bench_store) and makes an occasional save in the
/// window stall. Each connection's commit hook (attach()) only wakes this thread instead. Closing
/// the last connection still checkpoints and removes the log, as SQLite always does; a log that
/// reaches kLimitPages is checkpointed by the committing connection.
class WalCheckpointer final
{
public:
    /// Pages in the log at which a commit asks for a checkpoint (SQLite's own default).
    static constexpr int kThresholdPages = 1000;
    /// Pages (16 MB) at which the committing thread checkpoints itself, as SQLite would. The log can only
    /// start over once a checkpoint has caught up with the writer, which a checkpoint running
    /// beside a steady writer never does: without this a bulk import grew it to gigabytes. The
    /// thread has copied most pages by then, so what is left is quick.
    static constexpr int kLimitPages = 4000;

    explicit WalCheckpointer(QString path);
    ~WalCheckpointer(); ///< finishes a running checkpoint, then stops the thread
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /// Replaces `connection`'s automatic checkpoint with a request to this thread.
    void attach(sqlite3 *connection);
    /// Checkpoints done so far (tests).
    int checkpoints() const;

private:
    static int onCommit(void *self, sqlite3 *connection, const char *database, int pages);
    void request();
    void run();

    QString m_path;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    int m_done = 0;
    std::thread m_thread;
};

} // namespace toasoan
