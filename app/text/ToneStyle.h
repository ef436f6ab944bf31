#pragma once

#include <QList>
#include <QString>

namespace toasoan::text {

/// Where the tone goes in syllables ending in oa, oe, uy (no final consonant, uy not after q):
/// Old "hòa, khỏe, thủy" (common in the press) or New "hoà, khoẻ, thuỷ" (QĐ 1989/QĐ-BGDĐT, 2018).
/// Every other syllable is written the same in both styles.
enum class ToneStyle
{
    Old,
    New,
};

/// One syllable that a conversion rewrites; `before` and `after` have the same length.
struct ToneChange
{
    qsizetype position = 0; ///< in the NFC-normalized input
    qsizetype length = 0;
    QString before;
    QString after;
};

/// The converted text and every syllable that changed, for a count and a preview.
struct ToneConversion
{
    QString text;
    QList<ToneChange> changes;
};

/// How many syllables of each style a text holds (syllables that look the same in both are not counted).
struct ToneStyleCounts
{
    int oldStyle = 0;
    int newStyle = 0;
};

/// Rewrites every old-style syllable as new style or the reverse, keeping each letter's case
/// (HÒA -> HOÀ, hÒa -> hOà). The input is normalized (NFC) first; positions refer to that text.
ToneConversion convertToneStyle(const QString &text, ToneStyle target);

/// Applies a chosen subset of `convertToneStyle()` changes to the same (normalized) text, so the UI can
/// leave people's names alone. A change whose `before` no longer matches is skipped.
QString applyToneChanges(const QString &text, const QList<ToneChange> &changes);

/// Counts old-style and new-style syllables in `text`.
ToneStyleCounts detectToneStyle(const QString &text);

} // namespace toasoan::text
