#pragma once

#include <QMutex>
#include <QObject>
#include <QWaitCondition>

class QThread;

namespace toasoan {
class Database;
}

namespace toasoan::ui {

class Banner;

/// Tells the person at the desk, once, that the connection to the office's database server was
/// lost, in a banner across the top of the window, and takes the banner away when the server
/// answers again. Meanwhile a thread of its own asks the server every few seconds (as
/// Database's back-off allows), so that a server that is slow to answer never holds up the window.
/// SQLite workspaces have no server: nothing happens for them.
class ConnectionWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionWatch)

public:
    /// `banner` (owned by the window) shows the loss.
    ConnectionWatch(Database &db, Banner *banner, QObject *parent = nullptr);
    ~ConnectionWatch() override;

signals:
    /// The server answers again after a loss: what waited for it (autosaves, the list) may go on.
    void restored();

private:
    void changed(bool online);
    void probe();

    Database &m_db;
    Banner *m_banner = nullptr;
    QThread *m_prober = nullptr;
    int m_observer = 0;
    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stopping = false;
};

} // namespace toasoan::ui
