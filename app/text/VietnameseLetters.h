#pragma once

#include <QChar>
#include <QString>

namespace toasoan::text {

/// The Vietnamese tones; `None` is thanh ngang (no mark).
enum class Tone : quint8
{
    None,
    Grave, ///< huyền
    Acute, ///< sắc
    Hook,  ///< hỏi
    Tilde, ///< ngã
    Dot,   ///< nặng
};

/// The shape a letter adds to its ASCII base: â ê ô (circumflex), ă (breve), ơ ư (horn), đ (stroke).
enum class Shape : quint8
{
    None,
    Circumflex,
    Breve,
    Horn,
    Stroke,
};

/// A Vietnamese letter taken apart: 'Ậ' is {'A', Circumflex, Dot}. `ascii` is null for other characters.
struct LetterParts
{
    char16_t ascii = 0;
    Shape shape = Shape::None;
    Tone tone = Tone::None;
};

/// Splits a precomposed (NFC) Vietnamese letter; any other character gives `ascii == 0`.
LetterParts decomposeLetter(QChar ch);

/// Builds the precomposed letter, or a null QChar when Vietnamese has no such letter ('b' + Tone::Acute).
QChar composeLetter(char16_t ascii, Shape shape, Tone tone);

/// The letter without its tone, shape kept: 'ệ' -> 'ê'. Non-letters come back unchanged.
QChar toneless(QChar ch);

/// The tone a letter carries ('ệ' -> Dot); Tone::None for everything else.
Tone toneOf(QChar ch);

/// `ch` with its tone replaced by `tone` (case and shape kept), or `ch` itself when impossible.
QChar withTone(QChar ch, Tone tone);

/// True for the twelve vowel letters a ă â e ê i o ô ơ u ư y, in either case and with any tone.
bool isVietnameseVowel(QChar ch);

/// True for Vietnamese letters beyond Latin-1 (ă đ ĩ ũ ơ ư, U+1EA0–U+1EF9 and their capitals): legacy
/// TCVN3/VNI text read as Latin-1 never contains them.
bool isUnicodeOnlyVietnameseLetter(QChar ch);

/// Every precomposed Vietnamese letter that is not plain ASCII, lower case then upper case: the 134 toned
/// vowels, the 6 shaped toneless vowels ă â ê ô ơ ư and đ, in both cases. Used by round-trip tests and tables.
QString allVietnameseLetters();

} // namespace toasoan::text
