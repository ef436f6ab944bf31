#include "app/editing/AutosaveWriter.h"

#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"

#include <QThread>

namespace toasoan::editing {

std::chrono::milliseconds autosaveDelay(int intervalSeconds)
{
    const qint64 interval = qMax(1, intervalSeconds) * qint64(1000);
    return std::chrono::milliseconds(interval * 3 / 4);
}

AutosaveWriter::AutosaveWriter(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("autosave"));
    m_thread->start(QThread::LowPriority);
}

AutosaveWriter::~AutosaveWriter()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
}

quint64 AutosaveWriter::write(const Article &article, qint64 userId, std::function<QString()> body)
{
    const QMutexLocker lock(&m_mutex);
    const quint64 ticket = m_nextTicket++;
    m_jobs.enqueue(Job{ticket, article, userId, std::move(body)});
    ++m_pending;
    m_wake.wakeOne();
    return ticket;
}

void AutosaveWriter::waitForIdle()
{
    {
        QMutexLocker lock(&m_mutex);
        while (m_pending > 0) {
            m_idle.wait(&m_mutex);
        }
    }
    deliver();
}

void AutosaveWriter::run()
{
    bool usedConnection = false;
    while (true) {
        Job job;
        {
            QMutexLocker lock(&m_mutex);
            while (m_jobs.isEmpty() && !m_stopping) {
                m_wake.wait(&m_mutex);
            }
            if (m_jobs.isEmpty()) {
                break;
            }
            job = m_jobs.dequeue();
        }
        usedConnection = true;
        if (job.body) {
            job.article.body = job.body();
            job.body = nullptr; // release what it holds here, on this thread
        }
        AutosaveOutcome outcome = perform(job);
        {
            const QMutexLocker lock(&m_mutex);
            m_done.append(std::move(outcome));
            --m_pending;
            m_idle.wakeAll();
        }
        QMetaObject::invokeMethod(this, &AutosaveWriter::deliver, Qt::QueuedConnection);
    }
    if (usedConnection) {
        // The connection belongs to this thread: only this thread may close it (without reopening
        // a lost one first).
        m_db.releaseThreadConnection();
    }
}

AutosaveOutcome AutosaveWriter::perform(const Job &job)
{
    ArticleRepository articles(m_db);
    AutosaveOutcome outcome;
    outcome.ticket = job.ticket;
    outcome.articleId = job.article.id;
    if (job.article.id == 0) {
        auto created = articles.create(job.article, job.userId);
        if (!created) {
            outcome.error = created.error();
            return outcome;
        }
        outcome.created = true;
        outcome.articleId = created->id;
        outcome.article = created.value();
        outcome.savedAt = created->createdAt;
        return outcome;
    }
    if (auto saved = articles.autosave(job.article, job.userId); !saved) {
        outcome.error = saved.error();
        return outcome;
    }
    outcome.savedAt = QDateTime::currentDateTimeUtc();
    return outcome;
}

void AutosaveWriter::deliver()
{
    QList<AutosaveOutcome> done;
    {
        const QMutexLocker lock(&m_mutex);
        done.swap(m_done);
    }
    for (const AutosaveOutcome &outcome : std::as_const(done)) {
        emit finished(outcome);
    }
}

} // namespace toasoan::editing
