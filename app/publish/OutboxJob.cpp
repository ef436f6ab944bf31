#include "publish/OutboxJob.h"

#include <QCoreApplication>

namespace toasoan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("toasoan::OutboxJob", text);
}

} // namespace

QString jobActionKey(JobAction action)
{
    switch (action) {
    case JobAction::Publish:
        return QStringLiteral("publish");
    case JobAction::Update:
        return QStringLiteral("update");
    case JobAction::Unpublish:
        return QStringLiteral("unpublish");
    }
    return QStringLiteral("publish");
}

std::optional<JobAction> jobActionFromKey(const QString &key)
{
    for (JobAction a : {JobAction::Publish, JobAction::Update, JobAction::Unpublish}) {
        if (jobActionKey(a) == key) {
            return a;
        }
    }
    return std::nullopt;
}

QString jobActionLabel(JobAction action)
{
    switch (action) {
    case JobAction::Publish:
        return tr("Publish");
    case JobAction::Update:
        return tr("Update");
    case JobAction::Unpublish:
        return tr("Unpublish");
    }
    return {};
}

QString jobStateKey(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QStringLiteral("queued");
    case JobState::Running:
        return QStringLiteral("running");
    case JobState::Done:
        return QStringLiteral("done");
    case JobState::Failed:
        return QStringLiteral("failed");
    case JobState::Cancelled:
        return QStringLiteral("cancelled");
    case JobState::NeedsDecision:
        return QStringLiteral("needs_decision");
    }
    return QStringLiteral("queued");
}

std::optional<JobState> jobStateFromKey(const QString &key)
{
    for (JobState s : {JobState::Queued, JobState::Running, JobState::Done, JobState::Failed, JobState::Cancelled,
                       JobState::NeedsDecision}) {
        if (jobStateKey(s) == key) {
            return s;
        }
    }
    return std::nullopt;
}

QString jobStateLabel(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return tr("Waiting");
    case JobState::Running:
        return tr("Sending");
    case JobState::Done:
        return tr("Done");
    case JobState::Failed:
        return tr("Failed");
    case JobState::Cancelled:
        return tr("Cancelled");
    case JobState::NeedsDecision:
        return tr("Needs your decision");
    }
    return {};
}

} // namespace toasoan
