#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace toasoan {

/// What a job does to the remote post.
enum class JobAction
{
    Publish,   ///< create the post, or update the one we made, and make it public (or scheduled)
    Update,    ///< push the article's changes to the post we made; same steps as Publish
    Unpublish, ///< take the post down (draft or trash, per site)
};

/// Where a job stands. Queued jobs run when due; Failed ones wait for "retry"; NeedsDecision
/// ones wait for the user to choose (e.g. the remote post was deleted: recreate it?).
enum class JobState
{
    Queued,
    Running,
    Done,
    Failed,
    Cancelled,
    NeedsDecision,
};

/// One entry of the outbox (hàng chờ đăng).
struct OutboxJob
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 siteId = 0;
    JobAction action = JobAction::Publish;
    JobState state = JobState::Queued;
    QJsonObject steps; ///< progress so far; see PublishJobRunner for the keys
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;       ///< translated, for people
    QString lastErrorDetail; ///< technical
    qint64 requestedBy = 0;
    /// The worker that claimed it last (see OutboxRepository::claimNext); "" before any.
    QString claimedBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Joined for lists; not stored in the job row.
    QString articleTitle;
    QString siteName;

    bool isFinished() const { return state == JobState::Done || state == JobState::Cancelled; }
};

QString jobActionKey(JobAction action);
std::optional<JobAction> jobActionFromKey(const QString &key);
QString jobActionLabel(JobAction action);

QString jobStateKey(JobState state);
std::optional<JobState> jobStateFromKey(const QString &key);
/// Translated state for the outbox list.
QString jobStateLabel(JobState state);

} // namespace toasoan
