#pragma once

#include "app/model/WorkflowState.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace toasoan {

/// One line of the append-only event log: who did what, when, and the state change if any.
struct Event
{
    qint64 id = 0;
    qint64 articleId = 0; ///< 0 = not about an article (e.g. a user was created)
    qint64 userId = 0;    ///< 0 = the system
    QDateTime at;
    QString action; ///< stable key: "create", "save", "transition", "trash", "restore", ...
    std::optional<WorkflowState> fromState;
    std::optional<WorkflowState> toState;
    QString comment;
};

} // namespace toasoan
