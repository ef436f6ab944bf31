#pragma once

#include <QString>

namespace toasoan::editing {

/// Word and character counts shown for the title, sapo and body: one definition for every field.
struct TextCounts
{
    int words = 0;      ///< white-space separated tokens holding a letter or digit ("–" alone is not a word)
    int characters = 0; ///< grapheme clusters, line breaks and object placeholders (images) excluded
};

/// Counts `text` (plain text; NFC or not, a cluster counts once). Words are what Vietnamese writers
/// (and word processors) count: each syllable of "Quận ủy" is one, and so are "COVID-19", "2.500",
/// "TP.HCM" and "9/11". Thread-safe: pure function.
TextCounts countText(const QString &text);

/// What a reader sees as characters: grapheme clusters, so "ệ" typed as e + two combining
/// marks counts once (QString::size() would say 3). Same as countText(text).characters.
int graphemeCount(const QString &text);

/// Same as countText(text).words.
int wordCount(const QString &text);

} // namespace toasoan::editing
