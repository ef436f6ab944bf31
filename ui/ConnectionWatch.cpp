#include "ui/ConnectionWatch.h"

#include "app/storage/Database.h"
#include "ui/workflow/Banner.h"

#include <QThread>

namespace toasoan::ui {

namespace {

// How often the prober asks a lost server; Database waits longer between attempts that failed.
constexpr unsigned long probeIntervalMs = 2000;

} // namespace

ConnectionWatch::ConnectionWatch(Database &db, Banner *banner, QObject *parent)
    : QObject(parent), m_db(db), m_banner(banner)
{
    if (!m_db.isShared()) {
        return;
    }
    // Any thread may notice the loss (an autosave, the publishing worker): the banner changes here.
    m_observer = m_db.addConnectionObserver([this](bool online) {
        QMetaObject::invokeMethod(
            this, [this, online] { changed(online); }, Qt::QueuedConnection);
    });
    m_prober = QThread::create([this] { probe(); });
    m_prober->setObjectName(QStringLiteral("toasoan-connection-probe"));
    m_prober->start();
    changed(m_db.isOnline());
}

ConnectionWatch::~ConnectionWatch()
{
    if (!m_prober) {
        return;
    }
    m_db.removeConnectionObserver(m_observer); // waits for a call under way; queued ones die with this object
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_prober->wait();
    delete m_prober;
}

void ConnectionWatch::probe()
{
    QMutexLocker lock(&m_mutex);
    while (!m_stopping) {
        m_wake.wait(&m_mutex, probeIntervalMs);
        if (m_stopping) {
            break;
        }
        if (!m_db.isOnline()) {
            lock.unlock();
            (void)m_db.checkConnection(); // its success tells the observer
            lock.relock();
        }
    }
    lock.unlock();
    m_db.releaseThreadConnection();
}

void ConnectionWatch::changed(bool online)
{
    if (online) {
        if (!m_banner->text().isEmpty()) {
            m_banner->setText({});
            emit restored();
        }
        return;
    }
    m_banner->setText(tr("The connection to the office's database server %1 was lost. Nothing was half-written; "
                         "your text stays in the window, and ToaSoan reconnects by itself when the server is back. "
                         "Until then, saving is not possible.")
                          .arg(m_db.displayName()));
}

} // namespace toasoan::ui
