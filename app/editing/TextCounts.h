#pragma once

#include <QString>

namespace toasoan::editing {

/// What a reader sees as characters: grapheme clusters, so "ệ" typed as e + two combining
/// marks counts once (QString::size() would say 3).
int graphemeCount(const QString &text);

/// Words as Vietnamese writers count them: runs of letters or digits between spaces and
/// punctuation, so each syllable of "Quận ủy" is a word.
int wordCount(const QString &text);

} // namespace toasoan::editing
