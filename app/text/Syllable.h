#pragma once

#include <QString>

namespace toasoan::text {

/// True when `word` (one syllable, any case, NFC) is spelled like a Vietnamese syllable: a known onset, a
/// known rhyme, at most one tone on a vowel, sắc/nặng only after the stops c/ch/p/t, and the c/k, g/gh,
/// ng/ngh spelling rules. Both tone placements (hòa/hoà) pass. Good enough to score a decoding; it is not
/// a spell checker (it accepts "nhiêp" and rejects loan words like "web").
bool isVietnameseSyllable(const QString &word);

/// True when `letters` (lower case) is a Vietnamese onset such as "ngh", "qu", "đ" or the empty string.
bool isVietnameseOnset(const QString &letters);

/// How many of a text's words are Vietnamese syllables.
struct SyllableScore
{
    int words = 0;
    int valid = 0;
    /// Share of valid words, 0 when there are none.
    double share() const { return words > 0 ? double(valid) / double(words) : 0.0; }
};

/// Splits `text` into runs of letters and scores each run with isVietnameseSyllable().
SyllableScore scoreSyllables(const QString &text);

} // namespace toasoan::text
