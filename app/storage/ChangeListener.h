#pragma once

#include <QObject>
#include <memory>

class QTimer;

namespace toasoan {

class Database;

/// "Something changed at another PC": the shared database's hint that it is time to read again.
/// On PostgreSQL every transaction that writes the office's data NOTIFYs kChannel as it commits,
/// with the change counter's new value (migration 14). The listener LISTENs on a connection of its
/// own, in a thread of its own (so a server that went away never stalls the window, and the
/// workspace's own connections are not involved), and emits changed(): once for a burst of
/// commits. Nothing tells a client that its connection died, so a cheap heartbeat query runs on a
/// slow timer: a failure closes the connection, and the beats that follow reconnect and LISTEN
/// again (then changed() is emitted for whatever happened meanwhile). A slower timer reads the
/// change counter: one that moved without a notification (it was lost) is a hint too. On SQLite
/// (one PC) there is nobody else to hear from: the listener does nothing.
class ChangeListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeListener)

public:
    /// The NOTIFY channel of migration 14.
    static constexpr const char *kChannel = "toasoan_changes";

    struct Timing
    {
        /// How often the listening connection is checked, and, while it is down, opened again.
        int heartbeatMs = 10 * 1000;
        /// How often the change counter is read, in case a notification was lost.
        int fallbackPollMs = 30 * 1000;
        /// Hints closer together than this give one changed().
        int coalesceMs = 100;
    };

    /// Starts listening to `db`'s server at once; `db` is only asked for its location.
    explicit ChangeListener(const Database &db, QObject *parent = nullptr);
    ChangeListener(const Database &db, Timing timing, QObject *parent = nullptr);
    /// Closes the listening connection (waits for its thread).
    ~ChangeListener() override;

    /// False on SQLite, where nothing is listened to.
    bool isActive() const { return m_thread != nullptr; }

signals:
    /// Something may have changed at another PC (or at this one): read again.
    void changed();
    /// The connection listens (again, after a reconnect): `backendPid` is its server process.
    void listening(qint64 backendPid);
    /// The listening connection was found dead; it is opened again at the following heartbeats.
    void lost();

private:
    class Thread;
    void hint();

    std::unique_ptr<Thread> m_thread;
    QTimer *m_coalesce = nullptr;
};

} // namespace toasoan
