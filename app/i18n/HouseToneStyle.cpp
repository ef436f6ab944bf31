#include "app/i18n/HouseToneStyle.h"

#include "app/storage/Database.h"
#include "app/storage/OfficeSettingsRepository.h"
#include "app/storage/ServerLink.h"

#include <QCoreApplication>

namespace toasoan {

namespace {

class HouseToneStyleText
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::HouseToneStyle)
};

} // namespace

QString houseToneStyleKey()
{
    return QStringLiteral("text/house_tone_style");
}

QString toneStyleKey(text::ToneStyle style)
{
    return style == text::ToneStyle::New ? QStringLiteral("new") : QStringLiteral("old");
}

Result<text::ToneStyle> loadHouseToneStyle(Database &db)
{
    TOASOAN_TRY(stored, OfficeSettingsRepository(db).value(houseToneStyleKey(), toneStyleKey(kDefaultHouseToneStyle)));
    if (stored.value() == toneStyleKey(text::ToneStyle::New)) {
        return text::ToneStyle::New;
    }
    if (stored.value() == toneStyleKey(text::ToneStyle::Old)) {
        return text::ToneStyle::Old;
    }
    // A value written by a newer version: fall back rather than refuse to work.
    return kDefaultHouseToneStyle;
}

Result<void> storeHouseToneStyle(Database &db, text::ToneStyle style)
{
    if (db.isWorkingCopy()) {
        // An office-wide setting: an online command (storage/ServerLink.h), never written into this PC's copy only.
        return online::run(db, OfficeSettingsRepository::offlineReason(),
                           [&](Database &server) { return storeHouseToneStyle(server, style); });
    }
    return OfficeSettingsRepository(db).setValue(houseToneStyleKey(), toneStyleKey(style));
}

QString toneStyleLabel(text::ToneStyle style)
{
    return style == text::ToneStyle::New ? HouseToneStyleText::tr("New style (hoà, khoẻ, thuỷ)")
                                         : HouseToneStyleText::tr("Old style (hòa, khỏe, thủy)");
}

} // namespace toasoan
