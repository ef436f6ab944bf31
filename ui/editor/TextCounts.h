#pragma once

#include <QString>

namespace toasoan::ui {

/// Word and character counts shown for the title, sapo and body.
struct TextCounts
{
    int words = 0;      ///< white-space separated tokens holding a letter or digit ("–" alone is not a word)
    int characters = 0; ///< grapheme clusters, line breaks and object placeholders (images) excluded
};

/// Counts `text` (plain text; NFC or not, a cluster counts once). Thread-safe: pure function.
TextCounts countText(const QString &text);

} // namespace toasoan::ui
