#pragma once

#include "app/core/Result.h"

#include <QHash>
#include <QString>

namespace toasoan {

class Database;

/// The workspace's key/value `settings` table: office-wide choices every user shares.
/// Keys are "group/name" (e.g. "workflow/review_mode"); values are NFC text.
class OfficeSettingsRepository final
{
public:
    explicit OfficeSettingsRepository(Database &db) : m_db(db) {}

    /// Why, on an offline working copy without its server, the office's settings cannot be changed.
    static QString offlineReason();

    /// The stored value, or `fallback` when the key was never set.
    Result<QString> value(const QString &key, const QString &fallback = {});
    Result<void> setValue(const QString &key, const QString &value);
    Result<void> remove(const QString &key);
    /// Every key and value (for the settings dialog and diagnostics).
    Result<QHash<QString, QString>> all();

private:
    Database &m_db;
};

} // namespace toasoan
