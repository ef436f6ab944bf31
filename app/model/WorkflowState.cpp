#include "app/model/WorkflowState.h"

#include <QCoreApplication>

namespace toasoan {

namespace {
struct StateInfo
{
    WorkflowState state;
    const char *key;
    const char *label;
};

constexpr StateInfo kStates[] = {
    {WorkflowState::Draft, "draft", QT_TRANSLATE_NOOP("toasoan::WorkflowState", "Draft")},
    {WorkflowState::Submitted, "submitted", QT_TRANSLATE_NOOP("toasoan::WorkflowState", "Awaiting editing")},
    {WorkflowState::AwaitingApproval, "awaiting_approval",
     QT_TRANSLATE_NOOP("toasoan::WorkflowState", "Awaiting approval")},
    {WorkflowState::Approved, "approved", QT_TRANSLATE_NOOP("toasoan::WorkflowState", "Approved")},
    {WorkflowState::Published, "published", QT_TRANSLATE_NOOP("toasoan::WorkflowState", "Published")},
    {WorkflowState::Returned, "returned", QT_TRANSLATE_NOOP("toasoan::WorkflowState", "Returned")},
    {WorkflowState::Rejected, "rejected", QT_TRANSLATE_NOOP("toasoan::WorkflowState", "Rejected")},
    {WorkflowState::Unpublished, "unpublished", QT_TRANSLATE_NOOP("toasoan::WorkflowState", "Unpublished")},
    {WorkflowState::Archived, "archived", QT_TRANSLATE_NOOP("toasoan::WorkflowState", "Archived")},
};
} // namespace

QList<WorkflowState> allWorkflowStates()
{
    QList<WorkflowState> states;
    for (const auto &info : kStates) {
        states.append(info.state);
    }
    return states;
}

QString workflowStateKey(WorkflowState state)
{
    for (const auto &info : kStates) {
        if (info.state == state) {
            return QString::fromLatin1(info.key);
        }
    }
    return {};
}

std::optional<WorkflowState> workflowStateFromKey(const QString &key)
{
    for (const auto &info : kStates) {
        if (key == QLatin1String(info.key)) {
            return info.state;
        }
    }
    return std::nullopt;
}

QString workflowStateLabel(WorkflowState state)
{
    for (const auto &info : kStates) {
        if (info.state == state) {
            return QCoreApplication::translate("toasoan::WorkflowState", info.label);
        }
    }
    return {};
}

} // namespace toasoan
