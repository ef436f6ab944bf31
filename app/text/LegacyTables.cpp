#include "app/text/LegacyTables.h"

#include <array>

namespace toasoan::text::legacy {

namespace {

// ABC layout: the shaped letters and đ from 0xA8, the capitals from 0xA1, then the toned vowels grouped
// by vowel in the order huyền, hỏi, ngã, sắc, nặng. Verified against "ViÖt – ®­êng" = "Việt – đường".
constexpr std::array<ByteLetter, 74> kTcvn3 = {{
    {0xA1, u'Ă'}, {0xA2, u'Â'}, {0xA3, u'Ê'}, {0xA4, u'Ô'}, {0xA5, u'Ơ'}, {0xA6, u'Ư'}, {0xA7, u'Đ'},
    {0xA8, u'ă'}, {0xA9, u'â'}, {0xAA, u'ê'}, {0xAB, u'ô'}, {0xAC, u'ơ'}, {0xAD, u'ư'}, {0xAE, u'đ'},
    {0xB5, u'à'}, {0xB6, u'ả'}, {0xB7, u'ã'}, {0xB8, u'á'}, {0xB9, u'ạ'}, // a
    {0xBB, u'ằ'}, {0xBC, u'ẳ'}, {0xBD, u'ẵ'}, {0xBE, u'ắ'}, {0xC6, u'ặ'}, // ă
    {0xC7, u'ầ'}, {0xC8, u'ẩ'}, {0xC9, u'ẫ'}, {0xCA, u'ấ'}, {0xCB, u'ậ'}, // â
    {0xCC, u'è'}, {0xCE, u'ẻ'}, {0xCF, u'ẽ'}, {0xD0, u'é'}, {0xD1, u'ẹ'}, // e
    {0xD2, u'ề'}, {0xD3, u'ể'}, {0xD4, u'ễ'}, {0xD5, u'ế'}, {0xD6, u'ệ'}, // ê
    {0xD7, u'ì'}, {0xD8, u'ỉ'}, {0xDC, u'ĩ'}, {0xDD, u'í'}, {0xDE, u'ị'}, // i
    {0xDF, u'ò'}, {0xE1, u'ỏ'}, {0xE2, u'õ'}, {0xE3, u'ó'}, {0xE4, u'ọ'}, // o
    {0xE5, u'ồ'}, {0xE6, u'ổ'}, {0xE7, u'ỗ'}, {0xE8, u'ố'}, {0xE9, u'ộ'}, // ô
    {0xEA, u'ờ'}, {0xEB, u'ở'}, {0xEC, u'ỡ'}, {0xED, u'ớ'}, {0xEE, u'ợ'}, // ơ
    {0xEF, u'ù'}, {0xF1, u'ủ'}, {0xF2, u'ũ'}, {0xF3, u'ú'}, {0xF4, u'ụ'}, // u
    {0xF5, u'ừ'}, {0xF6, u'ử'}, {0xF7, u'ữ'}, {0xF8, u'ứ'}, {0xF9, u'ự'}, // ư
    {0xFA, u'ỳ'}, {0xFB, u'ỷ'}, {0xFC, u'ỹ'}, {0xFD, u'ý'}, {0xFE, u'ỵ'}, // y
}};

// VNI typing order 1–5 (sắc huyền hỏi ngã nặng) for each family of marks.
constexpr std::array<VniMark, 17> kVniMarks = {{
    {0xF9, Shape::None, Tone::Acute},       // ù
    {0xF8, Shape::None, Tone::Grave},       // ø
    {0xFB, Shape::None, Tone::Hook},        // û
    {0xF5, Shape::None, Tone::Tilde},       // õ
    {0xEF, Shape::None, Tone::Dot},         // ï
    {0xE2, Shape::Circumflex, Tone::None},  // â
    {0xE1, Shape::Circumflex, Tone::Acute}, // á
    {0xE0, Shape::Circumflex, Tone::Grave}, // à
    {0xE5, Shape::Circumflex, Tone::Hook},  // å
    {0xE3, Shape::Circumflex, Tone::Tilde}, // ã
    {0xE4, Shape::Circumflex, Tone::Dot},   // ä
    {0xEA, Shape::Breve, Tone::None},       // ê
    {0xE9, Shape::Breve, Tone::Acute},      // é
    {0xE8, Shape::Breve, Tone::Grave},      // è
    {0xFA, Shape::Breve, Tone::Hook},       // ú
    {0xFC, Shape::Breve, Tone::Tilde},      // ü
    {0xEB, Shape::Breve, Tone::Dot},        // ë
}};

constexpr std::array<ByteLetter, 9> kVniLetters = {{
    {0xED, u'í'},
    {0xEC, u'ì'},
    {0xE6, u'ỉ'},
    {0xF3, u'ĩ'},
    {0xF2, u'ị'},
    {0xF4, u'ơ'},
    {0xF6, u'ư'},
    {0xF1, u'đ'},
    {0xEE, u'ỵ'},
}};

constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

} // namespace

std::span<const ByteLetter> tcvn3Table()
{
    return kTcvn3;
}

std::span<const VniMark> vniMarks()
{
    return kVniMarks;
}

std::span<const ByteLetter> vniLetters()
{
    return kVniLetters;
}

char16_t cp1252ToUnicode(quint8 byte)
{
    if (byte >= 0x80 && byte <= 0x9F) {
        return kCp1252High[byte - 0x80];
    }
    return byte;
}

int unicodeToCp1252(char16_t ch)
{
    if (ch < 0x100) {
        return ch;
    }
    for (std::size_t i = 0; i < kCp1252High.size(); ++i) {
        if (kCp1252High[i] == ch) {
            return int(0x80 + i);
        }
    }
    return -1;
}

} // namespace toasoan::text::legacy
