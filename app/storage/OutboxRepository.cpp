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
    " j.last_error_detail, j.requested_by, j.created_at, j.updated_at, a.title, s.name, j.claimed_by"
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
    j.claimedBy = q.value(15).toString();
    return j;
}

QVariant now()
{
    return toDbTime(QDateTime::currentDateTimeUtc());
}

QString idList(const QList<qint64> &ids)
{
    QStringList numbers;
    for (qint64 id : ids) {
        numbers.append(QString::number(id));
    }
    return numbers.join(QLatin1Char(','));
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

Result<std::optional<QDateTime>> OutboxRepository::nextDueTime(const std::optional<QList<qint64>> &siteIds)
{
    // Running jobs whose lease ran out are due as well: their worker is gone.
    QString sql = QStringLiteral("SELECT MIN(next_attempt_at) FROM outbox_jobs WHERE (state = 'queued' OR (state = "
                                 "'running' AND lease_until < ") +
                  clockSql() + QStringLiteral("))");
    if (siteIds) {
        if (siteIds->isEmpty()) {
            return std::optional<QDateTime>();
        }
        sql += QStringLiteral(" AND site_id IN (") + idList(*siteIds) + QLatin1Char(')');
    }
    TOASOAN_TRY(q, m_db.exec(sql));
    if (q->next() && !q->value(0).isNull()) {
        return std::optional<QDateTime>(fromDbTime(q->value(0)));
    }
    return std::optional<QDateTime>();
}

QString OutboxRepository::clockSql() const
{
    return m_db.isShared() ? QStringLiteral("CAST(extract(epoch FROM clock_timestamp()) * 1000 AS BIGINT)")
                           : QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)");
}

Result<std::optional<OutboxJob>> OutboxRepository::claimNext(const ClaimRequest &request)
{
    if (request.siteIds.isEmpty() || request.worker.isEmpty()) {
        return std::optional<OutboxJob>();
    }
    const QString clock = clockSql();
    const QString claimable = QStringLiteral("((state = 'queued' AND next_attempt_at <= ?) OR (state = 'running' AND "
                                             "lease_until < ") +
                              clock + QStringLiteral("))");
    qint64 claimed = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        QList<qint64> passed;
        for (int tries = 0; tries < 16; ++tries) {
            QString sql = QStringLiteral("SELECT id, article_id, site_id FROM outbox_jobs WHERE site_id IN (") +
                          idList(request.siteIds) + QStringLiteral(") AND ") + claimable;
            if (!passed.isEmpty()) {
                sql += QStringLiteral(" AND id NOT IN (") + idList(passed) + QLatin1Char(')');
            }
            sql += QStringLiteral(" ORDER BY next_attempt_at, id LIMIT 1");
            if (m_db.isShared()) {
                sql += QStringLiteral(" FOR UPDATE SKIP LOCKED"); // another worker's candidate: take the next
            }
            TOASOAN_TRY(candidate, m_db.exec(sql, {toDbTime(request.now)}));
            if (!candidate->next()) {
                return {};
            }
            const qint64 id = candidate->value(0).toLongLong();
            const qint64 articleId = candidate->value(1).toLongLong();
            const qint64 siteId = candidate->value(2).toLongLong();
            candidate->finish();
            passed.append(id);
            if (m_db.isShared()) {
                // One claim at a time per article and site, held to the commit; the check below is a
                // statement of its own, so it sees what a claim that committed before us did.
                TOASOAN_TRY(pair, m_db.value(QStringLiteral("SELECT pg_try_advisory_xact_lock(hashtextextended(?, 0))"),
                                             {QStringLiteral("toasoan-outbox/%1/%2").arg(siteId).arg(articleId)}));
                if (!pair->toBool()) {
                    continue;
                }
            }
            // Two jobs for one post never run at once: the second would not know the first's post.
            TOASOAN_TRY(sibling, m_db.value(QStringLiteral("SELECT count(*) FROM outbox_jobs WHERE article_id = ? AND "
                                                           "site_id = ? AND state = 'running' AND id <> ?"),
                                            {articleId, siteId, id}));
            if (sibling->toLongLong() > 0) {
                continue;
            }
            TOASOAN_TRY(update,
                        m_db.exec(QStringLiteral("UPDATE outbox_jobs SET state = 'running', attempts = attempts + "
                                                 "1, claimed_by = ?, lease_until = ") +
                                      clock + QStringLiteral(" + ?, updated_at = ? WHERE id = ? AND ") + claimable,
                                  {request.worker, request.leaseMs, now(), id, toDbTime(request.now)}));
            if (update->numRowsAffected() == 1) {
                claimed = id;
                return {};
            }
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    if (claimed == 0) {
        return std::optional<OutboxJob>();
    }
    TOASOAN_TRY(job, load(claimed));
    return std::optional<OutboxJob>(*job);
}

Result<bool> OutboxRepository::renewLease(qint64 id, const QString &worker, qint64 leaseMs)
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("UPDATE outbox_jobs SET lease_until = ") + clockSql() +
                                 QStringLiteral(" + ? WHERE id = ? AND state = 'running' AND claimed_by = ?"),
                             {leaseMs, id, worker}));
    return q->numRowsAffected() == 1;
}

Result<QHash<qint64, QString>> OutboxRepository::claimsOf(const QString &workerPrefix)
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT id, claimed_by FROM outbox_jobs WHERE state = 'running' AND "
                                            "substr(claimed_by, 1, ?) = ?"),
                             {workerPrefix.size(), workerPrefix}));
    QHash<qint64, QString> claims;
    while (q->next()) {
        claims.insert(q->value(0).toLongLong(), q->value(1).toString());
    }
    return claims;
}

Result<int> OutboxRepository::noteWaiting(qint64 siteId, const Error &why)
{
    // Looked at first: a write that changes nothing would still tell every PC that something changed.
    TOASOAN_TRY(waiting, m_db.value(QStringLiteral("SELECT count(*) FROM outbox_jobs WHERE site_id = ? AND state = "
                                                   "'queued' AND last_error = ''"),
                                    {siteId}));
    if (waiting->toLongLong() == 0) {
        return 0;
    }
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("UPDATE outbox_jobs SET last_error = ?, last_error_detail = ? WHERE "
                                            "site_id = ? AND state = 'queued' AND last_error = ''"),
                             {why.message, why.detail, siteId}));
    return q->numRowsAffected();
}

Result<bool> OutboxRepository::expireLease(qint64 id, const QString &worker)
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("UPDATE outbox_jobs SET lease_until = 0 WHERE id = ? AND state = "
                                            "'running' AND claimed_by = ?"),
                             {id, worker}));
    return q->numRowsAffected() == 1;
}

Result<bool> OutboxRepository::claim(qint64 id)
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("UPDATE outbox_jobs SET state = 'running', attempts = attempts + 1, "
                                            "updated_at = ? WHERE id = ? AND state = 'queued'"),
                             {now(), id}));
    return q->numRowsAffected() == 1;
}

Result<bool> OutboxRepository::saveSteps(qint64 id, const QJsonObject &steps, const QString &worker)
{
    QString sql = QStringLiteral("UPDATE outbox_jobs SET steps = ?, updated_at = ? WHERE id = ? AND state = 'running'");
    QVariantList values{toJson(steps), now(), id};
    if (!worker.isEmpty()) {
        sql += QStringLiteral(" AND claimed_by = ?");
        values << worker;
    }
    auto q = m_db.exec(sql, values);
    if (!q) {
        return q.error();
    }
    return q->numRowsAffected() == 1;
}

Result<bool> OutboxRepository::finishRunning(qint64 id, JobState state, const QJsonObject &steps, const Error *error,
                                             const QDateTime &nextAttempt, const QString &worker)
{
    QString sql = QStringLiteral("UPDATE outbox_jobs SET state = ?, steps = ?, updated_at = ?, lease_until = 0");
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
    if (!worker.isEmpty()) {
        sql += QStringLiteral(" AND claimed_by = ?");
        values << worker;
    }
    TOASOAN_TRY(q, m_db.exec(sql, values));
    return q->numRowsAffected() == 1;
}

Result<bool> OutboxRepository::markDone(qint64 id, const QJsonObject &steps, const QString &worker)
{
    return finishRunning(id, JobState::Done, steps, nullptr, {}, worker);
}

Result<bool> OutboxRepository::markRetry(qint64 id, const QJsonObject &steps, const Error &error,
                                         const QDateTime &nextAttempt, const QString &worker)
{
    return finishRunning(id, JobState::Queued, steps, &error,
                         nextAttempt.isValid() ? nextAttempt : QDateTime::currentDateTimeUtc(), worker);
}

Result<bool> OutboxRepository::markFailed(qint64 id, const QJsonObject &steps, const Error &error,
                                          const QString &worker)
{
    return finishRunning(id, JobState::Failed, steps, &error, {}, worker);
}

Result<bool> OutboxRepository::markNeedsDecision(qint64 id, const QJsonObject &steps, const Error &error,
                                                 const QString &worker)
{
    return finishRunning(id, JobState::NeedsDecision, steps, &error, {}, worker);
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

Result<int> OutboxRepository::countPending(const std::optional<QList<qint64>> &siteIds)
{
    QString sql = QStringLiteral("SELECT COUNT(*) FROM outbox_jobs WHERE state IN ('queued', 'running')");
    if (siteIds) {
        sql += QStringLiteral(" AND site_id IN (") + (siteIds->isEmpty() ? QStringLiteral("0") : idList(*siteIds)) +
               QLatin1Char(')');
    }
    TOASOAN_TRY(q, m_db.exec(sql));
    q->next();
    return q->value(0).toInt();
}

} // namespace toasoan
