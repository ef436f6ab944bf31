#include "app/storage/ChangeListener.h"

#include "app/core/DatabaseLocation.h"
#include "app/storage/Database.h"
#include "app/storage/PostgresConnection.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <algorithm>

namespace toasoan {

// The listening connection lives and dies in this thread: a QSqlDatabase belongs to the thread
// that made it, and QPSQL watches the connection's socket with the thread's event loop.
class ChangeListener::Thread final : public QThread
{
public:
    Thread(ChangeListener *owner, PostgresLocation location, Timing timing)
        : m_owner(owner), m_location(std::move(location)), m_timing(timing)
    {
        // Named, so that the office's administrator sees what the connection is for; a query to a
        // server that vanished without a word (a cable pulled) fails within seconds, not the
        // quarter of an hour TCP would retry for, so that closing the window never waits that long.
        const std::pair<const char *, const char *> options[] = {{"application_name", "toasoan-listen"},
                                                                 {"tcp_user_timeout", "10000"}};
        for (const auto &[key, value] : options) {
            if (m_location.option(QLatin1String(key)).isEmpty()) {
                m_location.options.append({QLatin1String(key), QLatin1String(value)});
            }
        }
    }
    ~Thread() override
    {
        quit();
        wait();
    }
    Thread(const Thread &) = delete;
    Thread &operator=(const Thread &) = delete;

protected:
    void run() override
    {
        const QString name = QStringLiteral("toasoan-listen-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            postgres::configure(db, m_location);
            QObject here; // the receiver of this thread's connections
            qint64 seen = -1;
            bool up = false;
            bool wasUp = false;

            QObject::connect(db.driver(), &QSqlDriver::notification, &here,
                             [&](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                                 seen = std::max(seen, payload.toLongLong());
                                 tell(&ChangeListener::hint);
                             });
            // Up: a query that fails when the connection is dead, the counter's read when `readCounter`.
            // Down: opens the connection and listens.
            auto check = [&](bool readCounter) {
                if (up) {
                    QSqlQuery query(db);
                    if (db.isOpen() &&
                        query.exec(readCounter ? QStringLiteral("SELECT version FROM sync_state WHERE id = 1")
                                               : QStringLiteral("SELECT 1")) &&
                        query.next()) {
                        const qint64 version = query.value(0).toLongLong();
                        if (readCounter && version != seen) {
                            seen = version;
                            tell(&ChangeListener::hint); // a notification was lost
                        }
                        return;
                    }
                    up = false;
                    db.close();
                    tell(&ChangeListener::lost);
                }
                if (!db.open() || !db.driver()->subscribeToNotification(QLatin1String(kChannel))) {
                    db.close();
                    return;
                }
                QSqlQuery state(db);
                if (!state.exec(QStringLiteral("SELECT pg_backend_pid(), version FROM sync_state WHERE id = 1")) ||
                    !state.next()) {
                    db.close();
                    return;
                }
                const qint64 pid = state.value(0).toLongLong();
                seen = state.value(1).toLongLong();
                up = true;
                QMetaObject::invokeMethod(
                    m_owner, [owner = m_owner, pid] { emit owner->listening(pid); }, Qt::QueuedConnection);
                if (wasUp) {
                    tell(&ChangeListener::hint); // what happened while nobody listened
                }
                wasUp = true;
            };
            QTimer heartbeat;
            heartbeat.setInterval(m_timing.heartbeatMs);
            QObject::connect(&heartbeat, &QTimer::timeout, &here, [&] { check(false); });
            heartbeat.start();
            QTimer fallback;
            fallback.setInterval(m_timing.fallbackPollMs);
            QObject::connect(&fallback, &QTimer::timeout, &here, [&] { check(true); });
            fallback.start();
            check(false);
            exec();
            heartbeat.stop();
            fallback.stop();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

private:
    // Calls `fn` on the listener, in its own thread; nothing once it is gone.
    void tell(void (ChangeListener::*fn)())
    {
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, fn] { (owner->*fn)(); }, Qt::QueuedConnection);
    }

    ChangeListener *m_owner;
    PostgresLocation m_location;
    Timing m_timing;
};

ChangeListener::ChangeListener(const Database &db, QObject *parent) : ChangeListener(db, Timing{}, parent) {}

ChangeListener::ChangeListener(const Database &db, Timing timing, QObject *parent) : QObject(parent)
{
    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(timing.coalesceMs);
    connect(m_coalesce, &QTimer::timeout, this, &ChangeListener::changed);
    if (!db.isShared()) {
        return;
    }
    auto location = parsePostgresLocation(db.path());
    if (!location) {
        return; // not reached: the database was opened from it
    }
    m_thread = std::make_unique<Thread>(this, std::move(location).value(), timing);
    m_thread->start();
}

ChangeListener::~ChangeListener() = default;

void ChangeListener::hint()
{
    // Not restarted by later hints: a steady stream still refreshes every coalesceMs.
    if (!m_coalesce->isActive()) {
        m_coalesce->start();
    }
}

} // namespace toasoan
