#include "app/model/OutboxJob.h"

#include <QCoreApplication>

namespace toasoan {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::OutboxJob)
};

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
        return Text::tr("Publish");
    case JobAction::Update:
        return Text::tr("Update");
    case JobAction::Unpublish:
        return Text::tr("Unpublish");
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
        return Text::tr("Waiting");
    case JobState::Running:
        return Text::tr("Sending");
    case JobState::Done:
        return Text::tr("Done");
    case JobState::Failed:
        return Text::tr("Failed");
    case JobState::Cancelled:
        return Text::tr("Cancelled");
    case JobState::NeedsDecision:
        return Text::tr("Needs your decision");
    }
    return {};
}

} // namespace toasoan
