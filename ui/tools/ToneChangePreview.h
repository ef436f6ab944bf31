#pragma once

#include "app/text/ToneStyle.h"

#include <QString>

namespace toasoan::ui {

/// Whether the syllable a change rewrites looks like part of a name: capitalized (not an all-caps
/// heading) inside a sentence, or next to another capitalized word ("Hòa Bình", "Nguyễn Thị Thủy").
/// Such changes are offered unticked, because names keep the spelling their owners chose.
bool looksLikeName(const QString &text, const text::ToneChange &change);

/// The words around a change on one line ("… giao ban Quận ủy tổ chức …"), for the preview list.
QString changeContext(const QString &text, const text::ToneChange &change, int radius = 28);

} // namespace toasoan::ui
