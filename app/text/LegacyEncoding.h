#pragma once

#include <QByteArray>
#include <QString>

namespace toasoan::text {

/// The encodings Vietnamese office text still arrives in.
enum class LegacyEncoding
{
    Unicode,
    Tcvn3, ///< TCVN 5712:1993 VN3 ("ABC"), fonts .VnTime, .VnArial…
    Vni,   ///< VNI-Windows, fonts VNI-Times, VNI-Helve…
    Viqr,  ///< ASCII mnemonics: "Vie^.t Nam"
};

// Legacy text reaches us as one character per legacy byte, read as Windows-1252 (a paste from Word, which
// shows the bytes through the font's code page) or as Latin-1. The decoders accept both readings.

/// TCVN3 to Unicode (NFC). `capsFont` for the all-caps fonts (.VnTimeH…), which draw every code as a
/// capital; TCVN3 has no toned capitals of its own. Characters outside the table pass through.
QString decodeTcvn3(const QString &text, bool capsFont = false);

/// Unicode to TCVN3, one Latin-1/Windows-1252 character per byte. Toned capitals exist only in caps fonts:
/// with `capsFont` every letter is written with its lower-case code; without it a toned capital falls
/// back to its lower-case code, as the legacy keyboards did. Characters TCVN3 cannot hold become '?'.
QString encodeTcvn3(const QString &text, bool capsFont = false);

/// VNI-Windows to Unicode (NFC): a base letter followed by a mark character ("Vieät" = "Việt").
QString decodeVni(const QString &text);

/// Unicode to VNI-Windows; characters VNI cannot hold become '?'.
QString encodeVni(const QString &text);

/// VIQR to Unicode (NFC): shape marks ^ ( + after the vowel, then tone marks ' ` ? ~ . ; "dd" or "d9"
/// at the start of a word is đ; a backslash makes the next mark literal ("U\.S\."). A '.' or '?' that
/// ends a word where a sentence ends (end of text, line break, capital letter next) is punctuation, as
/// is an ellipsis; two dots ("cho+..") are the nặng tone and a period.
QString decodeViqr(const QString &text);

/// Unicode to VIQR, escaping literal marks that follow a vowel so that decodeViqr() gives the text back
/// (except a '.' or '?' tone on the last word of a sentence, which VIQR cannot tell from punctuation).
QString encodeViqr(const QString &text);

/// Decodes `text` from `encoding` (Unicode only normalizes). The result is always NFC.
QString decodeLegacy(const QString &text, LegacyEncoding encoding, bool capsFont = false);

/// Reads raw legacy bytes (a file) the way Windows would show them: Windows-1252.
QString legacyBytesToString(const QByteArray &bytes);

/// The inverse of legacyBytesToString(); characters with no byte become '?'.
QByteArray legacyStringToBytes(const QString &text);

} // namespace toasoan::text
