#include "app/text/LegacyEncoding.h"

#include "app/text/LegacyTables.h"
#include "app/text/Normalize.h"
#include "app/text/VietnameseLetters.h"

#include <QHash>
#include <array>
#include <optional>

namespace toasoan::text {

namespace {

using legacy::cp1252ToUnicode;
using legacy::unicodeToCp1252;

// Byte-indexed views of the tables, built once.
struct Tables
{
    std::array<char16_t, 256> tcvn3ToUnicode{};
    QHash<char16_t, quint8> unicodeToTcvn3;
    std::array<const legacy::VniMark *, 256> vniMark{};
    std::array<char16_t, 256> vniLetter{};
    QHash<char16_t, quint8> letterToVni;

    Tables()
    {
        for (const legacy::ByteLetter &entry : legacy::tcvn3Table()) {
            tcvn3ToUnicode[entry.byte] = entry.letter;
            unicodeToTcvn3.insert(entry.letter, entry.byte);
        }
        for (const legacy::VniMark &mark : legacy::vniMarks()) {
            vniMark[mark.code] = &mark;
        }
        for (const legacy::ByteLetter &entry : legacy::vniLetters()) {
            vniLetter[entry.byte] = entry.letter;
            letterToVni.insert(entry.letter, entry.byte);
        }
    }
};

const Tables &tables()
{
    static const Tables instance;
    return instance;
}

// VNI capitals sit 0x20 below the lower-case codes, like Latin-1's own letters.
int foldLatin1Case(int byte)
{
    return (byte >= 0xC0 && byte <= 0xDE && byte != 0xD7) ? byte + 0x20 : byte;
}

QChar showByte(int byte, QChar original)
{
    return (byte >= 0x80 && byte <= 0x9F) ? QChar(cp1252ToUnicode(quint8(byte))) : original;
}

const legacy::VniMark *vniMarkOf(QChar ch)
{
    const int byte = unicodeToCp1252(ch.unicode());
    return byte < 0 ? nullptr : tables().vniMark[foldLatin1Case(byte)];
}

bool isVniCode(QChar ch)
{
    const int byte = unicodeToCp1252(ch.unicode());
    return byte >= 0 &&
           (tables().vniMark[foldLatin1Case(byte)] != nullptr || tables().vniLetter[foldLatin1Case(byte)] != 0);
}

struct VniBase
{
    char16_t ascii;
    Shape shape;
};

std::optional<VniBase> vniBaseOf(QChar ch)
{
    switch (ch.unicode()) {
    case u'a':
    case u'A':
    case u'e':
    case u'E':
    case u'o':
    case u'O':
    case u'u':
    case u'U':
    case u'y':
    case u'Y':
        return VniBase{ch.unicode(), Shape::None};
    case 0xF4:
        return VniBase{u'o', Shape::Horn}; // ô = ơ
    case 0xD4:
        return VniBase{u'O', Shape::Horn};
    case 0xF6:
        return VniBase{u'u', Shape::Horn}; // ö = ư
    case 0xD6:
        return VniBase{u'U', Shape::Horn};
    default:
        return std::nullopt;
    }
}

bool shapeFits(char16_t ascii, Shape shape)
{
    const QChar lower = QChar(ascii).toLower();
    if (shape == Shape::Circumflex) {
        return lower == QLatin1Char('a') || lower == QLatin1Char('e') || lower == QLatin1Char('o');
    }
    if (shape == Shape::Breve) {
        return lower == QLatin1Char('a');
    }
    return shape == Shape::None;
}

quint8 vniMarkCode(Shape shape, Tone tone)
{
    for (const legacy::VniMark &mark : legacy::vniMarks()) {
        if (mark.shape == shape && mark.tone == tone) {
            return mark.code;
        }
    }
    return 0;
}

} // namespace

QString decodeTcvn3(const QString &text, bool capsFont)
{
    const Tables &t = tables();
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const int byte = unicodeToCp1252(ch.unicode());
        const char16_t letter = byte >= 0 ? t.tcvn3ToUnicode[byte] : 0;
        const QChar decoded = letter != 0 ? QChar(letter) : showByte(byte, ch);
        out.append(capsFont ? decoded.toUpper() : decoded);
    }
    return normalize(out);
}

QString encodeTcvn3(const QString &text, bool capsFont)
{
    const Tables &t = tables();
    QString out;
    const QString source = normalize(text);
    out.reserve(source.size());
    for (const QChar ch : source) {
        if (ch.unicode() < 0x80) {
            out.append(ch);
            continue;
        }
        const char16_t lower = ch.toLower().unicode();
        auto byte = t.unicodeToTcvn3.constFind(capsFont ? lower : ch.unicode());
        if (byte == t.unicodeToTcvn3.cend()) {
            byte = t.unicodeToTcvn3.constFind(lower);
        }
        if (byte != t.unicodeToTcvn3.cend()) {
            out.append(QLatin1Char(char(*byte)));
            continue;
        }
        const int own = unicodeToCp1252(ch.unicode());
        const bool free = own >= 0 && t.tcvn3ToUnicode[own] == 0;
        out.append(free ? ch : QLatin1Char('?'));
    }
    return out;
}

QString decodeVni(const QString &text)
{
    const Tables &t = tables();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (const std::optional<VniBase> base = vniBaseOf(ch)) {
            const legacy::VniMark *mark = i + 1 < text.size() ? vniMarkOf(text.at(i + 1)) : nullptr;
            if (mark != nullptr) {
                const Shape shape = mark->shape == Shape::None ? base->shape : mark->shape;
                const bool fits =
                    mark->shape == Shape::None || (base->shape == Shape::None && shapeFits(base->ascii, mark->shape));
                const QChar letter = fits ? composeLetter(base->ascii, shape, mark->tone) : QChar();
                if (!letter.isNull()) {
                    out.append(letter);
                    ++i;
                    continue;
                }
            }
            out.append(base->shape == Shape::Horn ? composeLetter(base->ascii, Shape::Horn, Tone::None) : ch);
            continue;
        }
        const int byte = unicodeToCp1252(ch.unicode());
        const char16_t letter = byte >= 0 ? t.vniLetter[foldLatin1Case(byte)] : 0;
        if (letter != 0) {
            out.append(foldLatin1Case(byte) != byte ? QChar(letter).toUpper() : QChar(letter));
            continue;
        }
        out.append(showByte(byte, ch));
    }
    return normalize(out);
}

QString encodeVni(const QString &text)
{
    const Tables &t = tables();
    QString out;
    const QString source = normalize(text);
    out.reserve(source.size() * 2);
    for (const QChar ch : source) {
        if (ch.unicode() < 0x80) {
            out.append(ch);
            continue;
        }
        const LetterParts parts = decomposeLetter(ch);
        if (parts.ascii == 0) {
            const bool free = unicodeToCp1252(ch.unicode()) >= 0 && !isVniCode(ch);
            out.append(free ? ch : QChar(QLatin1Char('?')));
            continue;
        }
        const bool upper = QChar(parts.ascii).isUpper();
        const auto cased = [upper](int code) { return QChar(char16_t(upper ? code - 0x20 : code)); };
        const QChar lower = ch.toLower();
        if (const auto own = t.letterToVni.constFind(lower.unicode()); own != t.letterToVni.cend()) {
            out.append(cased(*own)); // í ì ỉ ĩ ị ơ ư đ ỵ are single codes
            continue;
        }
        if (parts.shape == Shape::Horn) {
            out.append(cased(t.letterToVni.value(
                composeLetter(QChar(parts.ascii).toLower().unicode(), Shape::Horn, Tone::None).unicode())));
            out.append(cased(vniMarkCode(Shape::None, parts.tone)));
            continue;
        }
        out.append(QChar(parts.ascii));
        out.append(cased(vniMarkCode(parts.shape, parts.tone)));
    }
    return out;
}

QString decodeLegacy(const QString &text, LegacyEncoding encoding, bool capsFont)
{
    switch (encoding) {
    case LegacyEncoding::Tcvn3:
        return decodeTcvn3(text, capsFont);
    case LegacyEncoding::Vni:
        return decodeVni(text);
    case LegacyEncoding::Viqr:
        return decodeViqr(text);
    case LegacyEncoding::Unicode:
        break;
    }
    return normalize(text);
}

QString legacyBytesToString(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char byte : bytes) {
        out.append(QChar(cp1252ToUnicode(quint8(byte))));
    }
    return out;
}

QByteArray legacyStringToBytes(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const int byte = unicodeToCp1252(ch.unicode());
        out.append(byte >= 0 ? char(byte) : '?');
    }
    return out;
}

} // namespace toasoan::text
