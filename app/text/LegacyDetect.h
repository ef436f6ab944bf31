#pragma once

#include "app/text/LegacyEncoding.h"

#include <QString>
#include <QStringList>

namespace toasoan::text {

/// What a font name says about the encoding of the text drawn with it.
struct FontHint
{
    bool found = false; ///< false: the name says nothing (or there was no name)
    LegacyEncoding encoding = LegacyEncoding::Unicode;
    bool capsFont = false; ///< an all-caps TCVN3 font such as ".VnTimeH"
};

/// ".VnTime" -> TCVN3, ".VnArialH" -> TCVN3 caps, "VNI-Times" -> VNI; any other name -> Unicode
/// (found = true, since a named Unicode font is evidence too); an empty name -> not found.
FontHint classifyFontName(const QString &fontName);

/// Every font name in HTML or CSS: font-family lists (quoted with ", ' or &quot;, or bare) and <font face>.
QStringList fontNamesIn(const QString &html);

/// The legacy fonts named in HTML (CSS font-family, <font face>), e.g. from the clipboard or a Word
/// export. Reports the legacy encoding named most often; `found` is false when no legacy font is named.
FontHint legacyFontHint(const QString &html);

/// The outcome of detectLegacy().
struct LegacyDetection
{
    LegacyEncoding encoding = LegacyEncoding::Unicode;
    double confidence = 0.0; ///< 0..1
    bool capsFont = false;
    bool byFontName = false; ///< a font name in the HTML pointed at the encoding and the text agreed
};

/// Guesses how pasted or imported text is encoded. Font names in `html` (may be empty) come first, but
/// only as a hint: a .VnTime style over text typed in Unicode stays Unicode. Otherwise plain text with
/// almost no Unicode-only Vietnamese letters but Latin-1 symbols inside words (or VIQR marks) is decoded
/// each way and the decoding with the largest share of valid Vietnamese syllables wins.
LegacyDetection detectLegacy(const QString &plainText, const QString &html = {});

/// The encoding's name for users (translated).
QString legacyEncodingName(LegacyEncoding encoding);

} // namespace toasoan::text
