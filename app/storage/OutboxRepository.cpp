#include "app/storage/OutboxRepository.h"

#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace toasoan {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::OutboxRepository)
};

const QString kSelect = QStringLiteral(
    "SELECT j.id, j.article_id, j.site_id, j.action, j.state, j.steps, j.attempts, j.next_attempt_at, j.last_error,"
    " j.last_error_detail, j.requested_by, j.created_at, j.updated_at, a.title, s.name"
    " FROM outbox_jobs j LEFT JOIN articles a ON a.id = j.article_id LEFT JOIN sites s ON s.id = j.site_id");

QString toJson(const QJsonObject &steps)
{
    return QString::fromUtf8(QJsonDocument(steps).toJson(QJsonDocument::Compact));
}

OutboxJob jobFromQuery(const QSqlQuery &q)
{
    OutboxJob j;
    j.id = q.value(0).toLongLong();
    j.articleId = q.value(1).toLongLong();
    j.siteId = q.value(2).toLongLong();
    j.action = jobActionFromKey(q.value(3).toString()).value_or(JobAction::Publish);
    j.state = jobStateFromKey(q.value(4).toString()).value_or(JobState::Failed);
    j.steps = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    j.attempts = q.value(6).toInt();
    j.nextAttemptAt = fromDbTime(q.value(7));
    j.lastError = q.value(8).toString();
    j.lastErrorDetail = q.value(9).toString();
    j.requestedBy = q.value(10).toLongLong();
    j.createdAt = fromDbTime(q.value(11));
    j.updatedAt = fromDbTime(q.value(12));
    j.articleTitle = q.value(13).toString();
    j.siteName = q.value(14).toString();
    return j;
}

QVariant now()
{
    return toDbTime(QDateTime::currentDateTimeUtc());
}

Error notFound(qint64 id)
{
    return makeError(ErrorCode::NotFound, Text::tr("Outbox job %1 does not exist.").arg(id));
}

} // namespace

Result<OutboxJob> OutboxRepository::enqueue(qint64 articleId, qint64 siteId, JobAction action, qint64 requestedBy,
                                            const QDateTime &notBefore)
{
    const QDateTime due = notBefore.isValid() ? notBefore.toUTC() : QDateTime::currentDateTimeUtc();
    qint64 jobId = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(pending, m_db.exec(QStringLiteral("SELECT id FROM outbox_jobs WHERE article_id = ? AND site_id = ? "
                                                      "AND state IN ('queued', 'failed', 'needs_decision') "
                                                      "ORDER BY id DESC LIMIT 1"),
                                       {articleId, siteId}));
        if (pending->next()) {
            jobId = pending->value(0).toLongLong();
            pending->finish();
            auto q = m_db.exec(QStringLiteral("UPDATE outbox_jobs SET action = ?, state = 'queued', attempts = 0, "
                                              "next_attempt_at = ?, last_error = '', last_error_detail = '', "
                                              "requested_by = ?, updated_at = ? WHERE id = ?"),
                               {jobActionKey(action), toDbTime(due), toDbId(requestedBy), now(), jobId});
            return q ? Result<void>() : Result<void>(q.error());
        }
        auto id =
            m_db.insert(QStringLiteral("INSERT INTO outbox_jobs (article_id, site_id, action, state, steps, "
                                       "attempts, next_attempt_at, last_error, last_error_detail, "
                                       "requested_by, created_at, updated_at) "
                                       "VALUES (?, ?, ?, 'queued', '{}', 0, ?, '', '', ?, ?, ?) RETURNING id"),
                        {articleId, siteId, jobActionKey(action), toDbTime(due), toDbId(requestedBy), now(), now()});
        if (!id) {
            return id.error();
        }
        jobId = *id;
        return {};
    });
    if (!done) {
        return done.error();
    }
    return load(jobId);
}

Result<OutboxJob> OutboxRepository::load(qint64 id)
{
    TOASOAN_TRY(q, m_db.exec(kSelect + QStringLiteral(" WHERE j.id = ?"), {id}));
    if (!q->next()) {
        return notFound(id);
    }
    return jobFromQuery(*q);
}

Result<QList<OutboxJob>> OutboxRepository::list(const OutboxFilter &filter)
{
    QStringList where;
    QVariantList values;
    if (!filter.states.isEmpty()) {
        QStringList marks;
        for (JobState s : filter.states) {
            marks.append(QStringLiteral("?"));
            values.append(jobStateKey(s));
        }
        where.append(QStringLiteral("j.state IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
    }
    if (filter.articleId != 0) {
        where.append(QStringLiteral("j.article_id = ?"));
        values.append(filter.articleId);
    }
    if (filter.siteId != 0) {
        where.append(QStringLiteral("j.site_id = ?"));
        values.append(filter.siteId);
    }
    QString sql = kSelect;
    if (!where.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    }
    sql += QStringLiteral(" ORDER BY j.id DESC LIMIT ?");
    values.append(filter.limit);
    TOASOAN_TRY(q, m_db.exec(sql, values));
    QList<OutboxJob> jobs;
    while (q->next()) {
        jobs.append(jobFromQuery(*q));
    }
    return jobs;
}

Result<std::optional<OutboxJob>> OutboxRepository::nextDue(const QDateTime &at,
                                                           const QList<QPair<qint64, qint64>> &busy)
{
    TOASOAN_TRY(q, m_db.exec(kSelect + QStringLiteral(" WHERE j.state = 'queued' AND j.next_attempt_at <= ? "
                                                      "ORDER BY j.next_attempt_at, j.id LIMIT 64"),
                             {toDbTime(at)}));
    while (q->next()) {
        OutboxJob job = jobFromQuery(*q);
        if (!busy.contains(qMakePair(job.articleId, job.siteId))) {
            return std::optional<OutboxJob>(job);
        }
    }
    return std::optional<OutboxJob>();
}

Result<std::optional<QDateTime>> OutboxRepository::nextDueTime()
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT MIN(next_attempt_at) FROM outbox_jobs WHERE state = 'queued'")));
    if (q->next() && !q->value(0).isNull()) {
        return std::optional<QDateTime>(fromDbTime(q->value(0)));
    }
    return std::optional<QDateTime>();
}

Result<bool> OutboxRepository::claim(qint64 id)
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("UPDATE outbox_jobs SET state = 'running', attempts = attempts + 1, "
                                            "updated_at = ? WHERE id = ? AND state = 'queued'"),
                             {now(), id}));
    return q->numRowsAffected() == 1;
}

Result<bool> OutboxRepository::saveSteps(qint64 id, const QJsonObject &steps)
{
    auto q =
        m_db.exec(QStringLiteral("UPDATE outbox_jobs SET steps = ?, updated_at = ? WHERE id = ? AND state = 'running'"),
                  {toJson(steps), now(), id});
    if (!q) {
        return q.error();
    }
    return q->numRowsAffected() == 1;
}

Result<bool> OutboxRepository::finishRunning(qint64 id, JobState state, const QJsonObject &steps, const Error *error,
                                             const QDateTime &nextAttempt)
{
    QString sql = QStringLiteral("UPDATE outbox_jobs SET state = ?, steps = ?, updated_at = ?");
    QVariantList values{jobStateKey(state), toJson(steps), now()};
    if (error) {
        sql += QStringLiteral(", last_error = ?, last_error_detail = ?");
        values << error->message << error->detail;
    } else {
        sql += QStringLiteral(", last_error = '', last_error_detail = ''");
    }
    if (nextAttempt.isValid()) {
        sql += QStringLiteral(", next_attempt_at = ?");
        values << toDbTime(nextAttempt);
    }
    sql += QStringLiteral(" WHERE id = ? AND state = 'running'");
    values << id;
    TOASOAN_TRY(q, m_db.exec(sql, values));
    return q->numRowsAffected() == 1;
}

Result<bool> OutboxRepository::markDone(qint64 id, const QJsonObject &steps)
{
    return finishRunning(id, JobState::Done, steps, nullptr, {});
}

Result<bool> OutboxRepository::markRetry(qint64 id, const QJsonObject &steps, const Error &error,
                                         const QDateTime &nextAttempt)
{
    return finishRunning(id, JobState::Queued, steps, &error,
                         nextAttempt.isValid() ? nextAttempt : QDateTime::currentDateTimeUtc());
}

Result<bool> OutboxRepository::markFailed(qint64 id, const QJsonObject &steps, const Error &error)
{
    return finishRunning(id, JobState::Failed, steps, &error, {});
}

Result<bool> OutboxRepository::markNeedsDecision(qint64 id, const QJsonObject &steps, const Error &error)
{
    return finishRunning(id, JobState::NeedsDecision, steps, &error, {});
}

Result<void> OutboxRepository::cancel(qint64 id)
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("UPDATE outbox_jobs SET state = 'cancelled', updated_at = ? "
                                            "WHERE id = ? AND state NOT IN ('done', 'cancelled')"),
                             {now(), id}));
    if (q->numRowsAffected() != 1) {
        TOASOAN_TRY(job, load(id));
        return makeError(ErrorCode::Conflict, Text::tr("This job has already finished; there is nothing to cancel."));
    }
    return {};
}

Result<void> OutboxRepository::retry(qint64 id)
{
    TOASOAN_TRY(
        q, m_db.exec(QStringLiteral("UPDATE outbox_jobs SET state = 'queued', next_attempt_at = ?, updated_at = ?, "
                                    "attempts = CASE WHEN state = 'queued' THEN attempts ELSE 0 END "
                                    "WHERE id = ? AND state IN ('queued', 'failed', 'needs_decision')"),
                     {now(), now(), id}));
    if (q->numRowsAffected() != 1) {
        TOASOAN_TRY(job, load(id));
        if (job->state == JobState::Running) {
            return makeError(ErrorCode::Conflict, Text::tr("This job is being sent right now."));
        }
        return makeError(ErrorCode::Conflict, Text::tr("This job has finished; queue the article again to resend it."));
    }
    return {};
}

Result<void> OutboxRepository::decide(qint64 id, const QString &decision)
{
    return m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(job, load(id));
        if (job->state != JobState::NeedsDecision) {
            return makeError(ErrorCode::Conflict, Text::tr("This job is not waiting for a decision."));
        }
        QJsonObject steps = job->steps;
        steps.insert(QStringLiteral("decision"), decision);
        auto q = m_db.exec(QStringLiteral("UPDATE outbox_jobs SET state = 'queued', steps = ?, attempts = 0, "
                                          "next_attempt_at = ?, updated_at = ? WHERE id = ?"),
                           {toJson(steps), now(), now(), id});
        return q ? Result<void>() : Result<void>(q.error());
    });
}

Result<int> OutboxRepository::requeueInterrupted()
{
    TOASOAN_TRY(q,
                m_db.exec(QStringLiteral("UPDATE outbox_jobs SET state = 'queued', next_attempt_at = ?, updated_at = ? "
                                         "WHERE state = 'running'"),
                          {now(), now()}));
    return q->numRowsAffected();
}

Result<int> OutboxRepository::countPending()
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT COUNT(*) FROM outbox_jobs WHERE state IN ('queued', 'running')")));
    q->next();
    return q->value(0).toInt();
}

} // namespace toasoan
