#include "app/workflow/OfficeSettings.h"

#include "app/storage/Database.h"
#include "app/storage/OfficeSettingsRepository.h"

namespace toasoan {

namespace {
const QString kReviewMode = QStringLiteral("workflow/review_mode");
const QString kSelfApproval = QStringLiteral("workflow/approver_may_approve_own");
const QString kLockMinutes = QStringLiteral("workflow/edit_lock_minutes");
const QString kOfficeName = QStringLiteral("office/name");
const QString kOfficePlace = QStringLiteral("office/place");
} // namespace

QString reviewModeKey(ReviewMode mode)
{
    return mode == ReviewMode::OneStep ? QStringLiteral("one_step") : QStringLiteral("two_step");
}

Result<OfficeSettings> loadOfficeSettings(Database &db)
{
    OfficeSettingsRepository repo(db);
    TOASOAN_TRY(all, repo.all());
    OfficeSettings s;
    s.reviewMode =
        all->value(kReviewMode) == reviewModeKey(ReviewMode::OneStep) ? ReviewMode::OneStep : ReviewMode::TwoStep;
    s.approverMayApproveOwn = all->value(kSelfApproval) == QLatin1String("1");
    bool numeric = false;
    const int minutes = all->value(kLockMinutes).toInt(&numeric);
    if (numeric && minutes > 0) {
        s.editLockMinutes = minutes;
    }
    s.officeName = all->value(kOfficeName);
    s.officePlace = all->value(kOfficePlace);
    return s;
}

Result<void> storeOfficeSettings(Database &db, const OfficeSettings &settings)
{
    OfficeSettingsRepository repo(db);
    return db.transaction([&]() -> Result<void> {
        const QList<std::pair<QString, QString>> values = {
            {kReviewMode, reviewModeKey(settings.reviewMode)},
            {kSelfApproval, settings.approverMayApproveOwn ? QStringLiteral("1") : QStringLiteral("0")},
            {kLockMinutes, QString::number(qMax(1, settings.editLockMinutes))},
            {kOfficeName, settings.officeName.trimmed()},
            {kOfficePlace, settings.officePlace.trimmed()},
        };
        for (const auto &[key, value] : values) {
            if (auto r = repo.setValue(key, value); !r) {
                return r;
            }
        }
        return {};
    });
}

} // namespace toasoan
