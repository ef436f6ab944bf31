#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace toasoan {

/// Where an article stands in the editorial workflow.
enum class WorkflowState
{
    Draft,            ///< nháp
    Submitted,        ///< chờ biên tập
    AwaitingApproval, ///< chờ duyệt
    Approved,         ///< đã duyệt, queued for publishing
    Published,        ///< đã xuất bản
    Returned,         ///< trả lại
    Rejected,         ///< từ chối
    Unpublished,      ///< gỡ bài
    Archived,         ///< lưu trữ
};

/// Every state, in workflow order.
QList<WorkflowState> allWorkflowStates();

/// Stable key stored in the database and used by the CLI ("draft", "submitted", ...).
QString workflowStateKey(WorkflowState state);
std::optional<WorkflowState> workflowStateFromKey(const QString &key);

/// Translated, user-facing name of a state.
QString workflowStateLabel(WorkflowState state);

} // namespace toasoan
