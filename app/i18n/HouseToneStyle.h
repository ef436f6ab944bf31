#pragma once

#include "app/core/Result.h"
#include "app/text/ToneStyle.h"

#include <QString>

namespace toasoan {

class Database;

/// The office's tone-mark placement ("house style"), shared by every user through the workspace's
/// `settings` table. The old style (hòa, thủy) is the default: it is what the press mostly prints.
constexpr text::ToneStyle kDefaultHouseToneStyle = text::ToneStyle::Old;

/// The settings key ("text/house_tone_style") and its values ("old", "new").
QString houseToneStyleKey();
QString toneStyleKey(text::ToneStyle style);

/// The stored house style; the default when never set or when the value is unknown.
Result<text::ToneStyle> loadHouseToneStyle(Database &db);
Result<void> storeHouseToneStyle(Database &db, text::ToneStyle style);

/// "Old style (hòa, thủy)" / "New style (hoà, thuỷ)", translated, for lists and radio buttons.
QString toneStyleLabel(text::ToneStyle style);

} // namespace toasoan
