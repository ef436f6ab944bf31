#pragma once

// Runs outbox jobs synchronously in the test thread, applying results the way PublishWorker
// does, so fault-injection tests can drive a job attempt by attempt.

#include "app/publish/PublishJobRunner.h"
#include "app/storage/OutboxRepository.h"

#include <QTest>

namespace toasoan::test {

/// One attempt: queue the job as due, claim it, run it, store the outcome.
inline RunResult attempt(Database &db, SiteClient &client, const Site &site, qint64 jobId)
{
    static KeyedLocks locks;
    OutboxRepository outbox(db);
    (void)outbox.retry(jobId);
    auto claimed = outbox.claim(jobId);
    if (!claimed || !*claimed) {
        qWarning("job %lld could not be claimed", jobId);
        return RunResult{RunResult::Outcome::Failed, std::nullopt, {}};
    }
    const OutboxJob job = *outbox.load(jobId);
    const RunResult result = PublishJobRunner(db, client, site, locks).run(job);
    const Error error = result.error ? result.error->error : Error{};
    switch (result.outcome) {
    case RunResult::Outcome::Done:
        (void)outbox.markDone(jobId, result.steps);
        break;
    case RunResult::Outcome::Retry:
        (void)outbox.markRetry(jobId, result.steps, error, QDateTime::currentDateTimeUtc());
        break;
    case RunResult::Outcome::Failed:
        (void)outbox.markFailed(jobId, result.steps, error);
        break;
    case RunResult::Outcome::NeedsDecision:
        (void)outbox.markNeedsDecision(jobId, result.steps, error);
        break;
    case RunResult::Outcome::Cancelled:
        break;
    }
    return result;
}

/// Attempts until the job is no longer retried (at most `maxAttempts`); gives the last result.
inline RunResult runToEnd(Database &db, SiteClient &client, const Site &site, qint64 jobId, int maxAttempts = 6,
                          QList<RunResult> *all = nullptr)
{
    RunResult last;
    for (int i = 0; i < maxAttempts; ++i) {
        last = attempt(db, client, site, jobId);
        if (all) {
            all->append(last);
        }
        if (last.outcome != RunResult::Outcome::Retry) {
            break;
        }
    }
    return last;
}

inline const char *outcomeName(RunResult::Outcome o)
{
    switch (o) {
    case RunResult::Outcome::Done:
        return "Done";
    case RunResult::Outcome::Retry:
        return "Retry";
    case RunResult::Outcome::Failed:
        return "Failed";
    case RunResult::Outcome::NeedsDecision:
        return "NeedsDecision";
    case RunResult::Outcome::Cancelled:
        return "Cancelled";
    }
    return "?";
}

} // namespace toasoan::test
