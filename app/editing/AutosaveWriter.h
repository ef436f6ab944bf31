#pragma once

#include "app/core/Result.h"
#include "app/model/Article.h"

#include <QDateTime>
#include <QMutex>
#include <QObject>
#include <QQueue>
#include <QWaitCondition>
#include <chrono>
#include <functional>
#include <optional>

class QThread;

namespace toasoan {
class Database;
}

namespace toasoan::editing {

/// How long after the first unsaved change the editor writes the recovery copy. A quarter of
/// the interval is kept for the write itself, so text typed more than one interval ago is on
/// disk even when the process is killed.
std::chrono::milliseconds autosaveDelay(int intervalSeconds);

/// What happened to one queued autosave.
struct AutosaveOutcome
{
    quint64 ticket = 0;
    qint64 articleId = 0; ///< the article written; the new id when it was created
    bool created = false; ///< the article had no id yet: it was created as a draft (revision 1)
    Article article;      ///< the stored article when created (id, uuid, version, slug...)
    QDateTime savedAt;    ///< UTC
    std::optional<Error> error;

    bool ok() const { return !error.has_value(); }
};

/// Writes autosave copies on a thread of its own (with its own database connection, see
/// Database::connection()), so the editor only spends the time to take a copy of the article.
/// Jobs run in the order they were queued; finished() is emitted on the writer's thread.
class AutosaveWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutosaveWriter)

public:
    explicit AutosaveWriter(Database &db, QObject *parent = nullptr);
    /// Writes what is still queued, then stops the thread. Outcomes not yet delivered are dropped.
    ~AutosaveWriter() override;

    /// Queues the recovery copy of `article` for `userId` (ArticleRepository::autosave). An
    /// article without an id is created instead, so a new text reaches the disk as well.
    /// `body`, when given, runs on the writer's thread and fills Article::body: turning a long
    /// document into HTML is the slow part, and the caller's thread should not wait for it.
    /// Whatever `body` captures is destroyed on the writer's thread. Returns the ticket
    /// finished() will carry.
    quint64 write(const Article &article, qint64 userId, std::function<QString()> body = {});
    /// The thread jobs run on (objects that `body` uses can be moved to it).
    QThread *workerThread() const { return m_thread; }
    /// Blocks until every queued write is done, then emits their finished() before returning;
    /// call it before an explicit save or a discard so no older copy lands after it.
    void waitForIdle();

signals:
    void finished(const toasoan::editing::AutosaveOutcome &outcome);

private:
    struct Job
    {
        quint64 ticket = 0;
        Article article;
        qint64 userId = 0;
        std::function<QString()> body;
    };

    void run();
    AutosaveOutcome perform(const Job &job);
    void deliver();

    Database &m_db;
    QThread *m_thread = nullptr;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_idle;
    QQueue<Job> m_jobs;
    QList<AutosaveOutcome> m_done;
    int m_pending = 0;
    quint64 m_nextTicket = 1;
    bool m_stopping = false;
};

} // namespace toasoan::editing

Q_DECLARE_METATYPE(toasoan::editing::AutosaveOutcome)
