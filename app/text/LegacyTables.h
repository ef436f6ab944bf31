#pragma once

#include "app/text/VietnameseLetters.h"

#include <span>

// Code tables of the pre-Unicode Vietnamese encodings. Neither Qt's QStringDecoder nor glibc iconv has
// them (iconv's "TCVN5712-1" is the VN1 table, not the ABC/VN3 one the .Vn fonts use), so they live here
// and are round-trip tested letter by letter.
namespace toasoan::text::legacy {

/// One byte of a single-byte table and the Unicode letter it stands for.
struct ByteLetter
{
    quint8 byte;
    char16_t letter;
};

/// TCVN 5712:1993 VN3 ("ABC"): the 67 lower-case letters and the capitals Ă Â Ê Ô Ơ Ư Đ. There are no
/// toned capitals: the all-caps ".Vn…H" fonts draw the lower-case codes as capitals instead.
/// Note ư = 0xAD, the Latin-1 soft hyphen, which HTML pipelines like to drop.
std::span<const ByteLetter> tcvn3Table();

/// A VNI-Windows mark character: it follows its base letter (a, e, o, u, y, or ô/ö which stand for ơ/ư)
/// and adds a shape, a tone or both: "e" + "ä" = ệ. Codes are lower case; the capital marks are 0x20 lower.
struct VniMark
{
    quint8 code;
    Shape shape;
    Tone tone;
};
std::span<const VniMark> vniMarks();

/// VNI-Windows letters that are one character on their own: í ì ỉ ĩ ị, ơ, ư, đ and ỵ (lower case; the
/// capitals are 0x20 lower). ô and ö (ơ, ư) also take a following tone mark.
std::span<const ByteLetter> vniLetters();

/// What Windows-1252 shows for a byte: differs from Latin-1 only in 0x80–0x9F. Undefined bytes map to
/// the C1 control of the same value, as Qt and Windows do.
char16_t cp1252ToUnicode(quint8 byte);

/// The Windows-1252 (or Latin-1) byte a character came from, or -1 when it has none.
int unicodeToCp1252(char16_t ch);

} // namespace toasoan::text::legacy
