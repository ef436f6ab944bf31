#pragma once

#include "app/core/Result.h"

#include <QString>

namespace toasoan {

class Database;

/// How many people review an article before it is approved.
enum class ReviewMode
{
    OneStep, ///< reporter → approver: a submitted article goes straight to "awaiting approval"
    TwoStep, ///< reporter → editor → approver
};

/// The office-wide choices stored in the workspace's `settings` table, shared by every user
/// (unlike Settings, which holds one person's preferences on one computer).
struct OfficeSettings
{
    ReviewMode reviewMode = ReviewMode::TwoStep;
    /// Whether an approver may approve (or return/reject) an article they wrote themselves.
    bool approverMayApproveOwn = false;
    /// A soft edit lock without a heartbeat for this long is free for anyone to take.
    int editLockMinutes = 10;
    QString officeName;  ///< printed on the approval slip, e.g. "Trung tâm Văn hóa - Thông tin"
    QString officePlace; ///< the place in the slip's date line, e.g. "Hà Nội"

    friend bool operator==(const OfficeSettings &, const OfficeSettings &) = default;
};

/// Reads the office settings; missing keys take the defaults above.
Result<OfficeSettings> loadOfficeSettings(Database &db);
/// Writes every office setting in one transaction. Permission checks are the caller's
/// (WorkflowService::updateOfficeSettings checks ManageSettings).
Result<void> storeOfficeSettings(Database &db, const OfficeSettings &settings);

QString reviewModeKey(ReviewMode mode); ///< "one_step", "two_step"

} // namespace toasoan
