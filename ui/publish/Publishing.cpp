#include "ui/publish/Publishing.h"

#include "app/publish/Outbox.h"
#include "app/publish/SecretStore.h"

namespace toasoan::ui {

Publishing::Publishing(Database &db, std::unique_ptr<SecretStore> secrets, QObject *parent)
    : QObject(parent), m_db(db), m_secrets(std::move(secrets)), m_outbox(std::make_unique<Outbox>(db))
{
    m_problem = tr("Publishing has not started.");
}

Publishing::~Publishing()
{
    stopWorker();
}

bool Publishing::startWorker(const WorkerOptions &options)
{
    if (isWorkerRunning()) {
        return true;
    }
    m_worker = std::make_unique<PublishWorker>(m_db, *m_secrets, options);
    connect(m_worker.get(), &PublishWorker::offlineChanged, this, &Publishing::workerStateChanged);
    auto started = m_worker->start();
    if (!started) {
        m_problem = started.error().message;
        m_worker.reset();
        m_outbox->setWorker(nullptr);
        emit workerStateChanged();
        return false;
    }
    m_problem.clear();
    m_outbox->setWorker(m_worker.get());
    emit workerStateChanged();
    return true;
}

void Publishing::stopWorker()
{
    if (!m_worker) {
        return;
    }
    m_outbox->setWorker(nullptr);
    m_worker->stop();
    m_worker.reset();
    m_problem = tr("Publishing is stopped.");
    emit workerStateChanged();
}

} // namespace toasoan::ui
