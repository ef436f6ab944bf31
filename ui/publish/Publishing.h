#pragma once

#include "app/publish/PublishWorker.h"

#include <QObject>
#include <memory>

namespace toasoan {
class Database;
class Outbox;
class SecretStore;
} // namespace toasoan

namespace toasoan::ui {

/// What the window needs to publish: the secret store (the system keychain, or memory for the
/// session), the outbox, and the background worker that sends it. One per process, created next to
/// the database and given to the main window (MainWindow::setPublishing()). The worker runs its jobs
/// in threads of its own, each with its own database connection; this object lives in the GUI thread.
class Publishing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Publishing)

public:
    Publishing(Database &db, std::unique_ptr<SecretStore> secrets, QObject *parent = nullptr);
    ~Publishing() override;

    Database &database() const { return m_db; }
    SecretStore &secrets() const { return *m_secrets; }
    /// For background tasks that may outlive a dialog, or even this object at exit.
    std::shared_ptr<SecretStore> sharedSecrets() const { return m_secrets; }
    Outbox &outbox() const { return *m_outbox; }

    /// Starts sending queued jobs in the background. False when it cannot (another ToaSoan sends
    /// this workspace's outbox): workerProblem() says so, and jobs wait for that one.
    bool startWorker(const WorkerOptions &options = {});
    /// Stops sending; interrupted jobs go back to the queue.
    void stopWorker();
    PublishWorker *worker() const { return m_worker.get(); }
    bool isWorkerRunning() const { return m_worker && m_worker->isRunning(); }
    /// The network is down (or the sites unreachable): the queue waits and probes now and then.
    bool isOffline() const { return m_worker && m_worker->isOffline(); }
    /// Why jobs are not sent from here, translated; empty while the worker runs.
    QString workerProblem() const { return m_problem; }

signals:
    /// The worker started, stopped, went offline or came back.
    void workerStateChanged();

private:
    Database &m_db;
    std::shared_ptr<SecretStore> m_secrets;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<PublishWorker> m_worker;
    QString m_problem;
};

} // namespace toasoan::ui
