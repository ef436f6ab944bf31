#include "app/text/VietnameseLetters.h"

#include <QHash>
#include <array>

namespace toasoan::text {

namespace {

// The combining marks Unicode uses for each tone and shape; NFC composes base + shape + tone.
constexpr std::array<char16_t, 6> kToneMarks = {0, 0x0300, 0x0301, 0x0309, 0x0303, 0x0323};

struct BaseLetter
{
    char16_t ascii;
    Shape shape;
};

// Lower-case toneable vowels plus đ, which takes no tone.
constexpr std::array<BaseLetter, 13> kBases = {{
    {u'a', Shape::None},
    {u'a', Shape::Breve},
    {u'a', Shape::Circumflex},
    {u'e', Shape::None},
    {u'e', Shape::Circumflex},
    {u'i', Shape::None},
    {u'o', Shape::None},
    {u'o', Shape::Circumflex},
    {u'o', Shape::Horn},
    {u'u', Shape::None},
    {u'u', Shape::Horn},
    {u'y', Shape::None},
    {u'd', Shape::Stroke},
}};

char16_t shapeMark(Shape shape)
{
    switch (shape) {
    case Shape::Circumflex:
        return 0x0302;
    case Shape::Breve:
        return 0x0306;
    case Shape::Horn:
        return 0x031B;
    case Shape::None:
    case Shape::Stroke:
        break;
    }
    return 0;
}

// Built once from Unicode's own composition, so the table cannot drift from the standard.
struct LetterTable
{
    QHash<char16_t, LetterParts> parts;
    QHash<quint32, char16_t> composed; // key: ascii << 16 | shape << 8 | tone
    QString all;

    static quint32 key(char16_t ascii, Shape shape, Tone tone)
    {
        return (quint32(ascii) << 16) | (quint32(shape) << 8) | quint32(tone);
    }

    LetterTable()
    {
        QString upper;
        for (const BaseLetter &base : kBases) {
            const int toneCount = base.shape == Shape::Stroke ? 1 : int(kToneMarks.size());
            for (int t = 0; t < toneCount; ++t) {
                char16_t letter = 0;
                if (base.shape == Shape::Stroke) {
                    letter = 0x0111;
                } else {
                    QString seq(QChar(base.ascii));
                    if (const char16_t mark = shapeMark(base.shape)) {
                        seq.append(QChar(mark));
                    }
                    if (kToneMarks[t] != 0) {
                        seq.append(QChar(kToneMarks[t]));
                    }
                    const QString nfc = seq.normalized(QString::NormalizationForm_C);
                    Q_ASSERT(nfc.size() == 1);
                    letter = nfc.at(0).unicode();
                }
                const char16_t capital = QChar(letter).toUpper().unicode();
                const auto tone = Tone(t);
                const char16_t upperAscii = QChar(base.ascii).toUpper().unicode();
                parts.insert(letter, LetterParts{base.ascii, base.shape, tone});
                parts.insert(capital, LetterParts{upperAscii, base.shape, tone});
                composed.insert(key(base.ascii, base.shape, tone), letter);
                composed.insert(key(upperAscii, base.shape, tone), capital);
                if (letter >= 0x80) {
                    all.append(QChar(letter));
                    upper.append(QChar(capital));
                }
            }
        }
        all.append(upper);
    }
};

const LetterTable &table()
{
    static const LetterTable instance;
    return instance;
}

} // namespace

LetterParts decomposeLetter(QChar ch)
{
    return table().parts.value(ch.unicode());
}

QChar composeLetter(char16_t ascii, Shape shape, Tone tone)
{
    return QChar(table().composed.value(LetterTable::key(ascii, shape, tone), 0));
}

QChar toneless(QChar ch)
{
    return withTone(ch, Tone::None);
}

Tone toneOf(QChar ch)
{
    return decomposeLetter(ch).tone;
}

QChar withTone(QChar ch, Tone tone)
{
    const LetterParts parts = decomposeLetter(ch);
    if (parts.ascii == 0) {
        return ch;
    }
    const QChar result = composeLetter(parts.ascii, parts.shape, tone);
    return result.isNull() ? ch : result;
}

bool isVietnameseVowel(QChar ch)
{
    const LetterParts parts = decomposeLetter(ch);
    return parts.ascii != 0 && parts.shape != Shape::Stroke;
}

bool isUnicodeOnlyVietnameseLetter(QChar ch)
{
    const char16_t u = ch.unicode();
    return u > 0xFF && table().parts.contains(u);
}

QString allVietnameseLetters()
{
    return table().all;
}

} // namespace toasoan::text
