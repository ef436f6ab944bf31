#include "app/storage/OfficeSettingsRepository.h"

#include "app/storage/Database.h"
#include "app/text/Normalize.h"

#include <QCoreApplication>

namespace toasoan {

QString OfficeSettingsRepository::offlineReason()
{
    return QCoreApplication::translate("toasoan::OfficeSettingsRepository",
                                       "This computer is working offline: the office's settings are changed on the "
                                       "office server. Try again when the connection is back.");
}

Result<QString> OfficeSettingsRepository::value(const QString &key, const QString &fallback)
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}));
    if (!q->next()) {
        return fallback;
    }
    return q->value(0).toString();
}

Result<void> OfficeSettingsRepository::setValue(const QString &key, const QString &value)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                       {key, text::normalize(value)});
    return q ? Result<void>() : Result<void>(q.error());
}

Result<void> OfficeSettingsRepository::remove(const QString &key)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
    return q ? Result<void>() : Result<void>(q.error());
}

Result<QHash<QString, QString>> OfficeSettingsRepository::all()
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT key, value FROM settings")));
    QHash<QString, QString> values;
    while (q->next()) {
        values.insert(q->value(0).toString(), q->value(1).toString());
    }
    return values;
}

} // namespace toasoan
