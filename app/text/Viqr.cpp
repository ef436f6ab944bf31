// VIQR (RFC 1456): Vietnamese in ASCII, each mark typed after its vowel.
#include "app/text/LegacyEncoding.h"
#include "app/text/Normalize.h"
#include "app/text/VietnameseLetters.h"

namespace toasoan::text {

namespace {

bool shapeFits(QChar vowel, Shape shape)
{
    const QChar lower = vowel.toLower();
    switch (shape) {
    case Shape::Circumflex:
        return lower == QLatin1Char('a') || lower == QLatin1Char('e') || lower == QLatin1Char('o');
    case Shape::Breve:
        return lower == QLatin1Char('a');
    case Shape::Horn:
        return lower == QLatin1Char('o') || lower == QLatin1Char('u');
    case Shape::None:
    case Shape::Stroke:
        break;
    }
    return false;
}

// VIQR mnemonics.
Tone viqrTone(QChar ch)
{
    switch (ch.unicode()) {
    case u'\'':
        return Tone::Acute;
    case u'`':
        return Tone::Grave;
    case u'?':
        return Tone::Hook;
    case u'~':
        return Tone::Tilde;
    case u'.':
        return Tone::Dot;
    default:
        return Tone::None;
    }
}

QChar viqrToneChar(Tone tone)
{
    switch (tone) {
    case Tone::Grave:
        return QLatin1Char('`');
    case Tone::Acute:
        return QLatin1Char('\'');
    case Tone::Hook:
        return QLatin1Char('?');
    case Tone::Tilde:
        return QLatin1Char('~');
    case Tone::Dot:
        return QLatin1Char('.');
    case Tone::None:
        break;
    }
    return {};
}

bool isViqrSpecial(QChar ch)
{
    return QStringView(u"^(+*'`?~.\\dD9").contains(ch);
}

bool isViqrMark(QChar ch)
{
    return QStringView(u"^(+*'`?~.").contains(ch);
}

bool isAsciiVowel(QChar ch)
{
    return QStringView(u"aeiouyAEIOUY").contains(ch);
}

// A '.' or '?' after a word is punctuation when a sentence ends there; inside a sentence it is a tone.
// "cho+.." is chợ + period, while "..." after a word is an ellipsis.
bool endsSentence(const QString &s, qsizetype markAt)
{
    qsizetype k = markAt + 1;
    if (s.at(markAt) == QLatin1Char('.')) {
        while (k < s.size() && s.at(k) == QLatin1Char('.')) {
            ++k;
        }
        const qsizetype dots = k - markAt;
        if (dots == 2 || dots == 4) {
            return false;
        }
        if (dots > 1) {
            return true;
        }
    }
    if (k >= s.size()) {
        return true;
    }
    const QChar next = s.at(k);
    if (next.isLetterOrNumber() || next == QLatin1Char('\\')) {
        return false;
    }
    if (QStringView(u",;:!)]\"'\u00BB\u201D").contains(next)) {
        return false;
    }
    if (next != QLatin1Char(' ') && next != QLatin1Char('\t')) {
        return true;
    }
    while (k < s.size() && (s.at(k) == QLatin1Char(' ') || s.at(k) == QLatin1Char('\t'))) {
        ++k;
    }
    return k >= s.size() || !s.at(k).isLower();
}

bool isWordStart(const QString &s, qsizetype i)
{
    return i == 0 || !s.at(i - 1).isLetterOrNumber();
}

} // namespace

QString decodeViqr(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const QChar ch = text.at(i);
        if (ch == QLatin1Char('\\') && i + 1 < n && isViqrSpecial(text.at(i + 1))) {
            out.append(text.at(i + 1));
            i += 2;
            continue;
        }
        if ((ch == QLatin1Char('d') || ch == QLatin1Char('D')) && isWordStart(text, i) && i + 1 < n &&
            QStringView(u"dD9").contains(text.at(i + 1))) {
            out.append(QChar(ch == QLatin1Char('d') ? 0x0111 : 0x0110));
            i += 2;
            continue;
        }
        if (isAsciiVowel(ch)) {
            qsizetype j = i + 1;
            Shape shape = Shape::None;
            if (j < n) {
                const QChar m = text.at(j);
                const Shape wanted = m == QLatin1Char('^')                              ? Shape::Circumflex
                                     : m == QLatin1Char('(')                            ? Shape::Breve
                                     : (m == QLatin1Char('+') || m == QLatin1Char('*')) ? Shape::Horn
                                                                                        : Shape::None;
                if (shapeFits(ch, wanted)) {
                    shape = wanted;
                    ++j;
                }
            }
            Tone tone = Tone::None;
            if (j < n) {
                const QChar m = text.at(j);
                tone = viqrTone(m);
                if ((m == QLatin1Char('.') || m == QLatin1Char('?')) && endsSentence(text, j)) {
                    tone = Tone::None;
                }
                if (tone != Tone::None) {
                    ++j;
                }
            }
            const QChar letter = composeLetter(ch.unicode(), shape, tone);
            if (j > i + 1 && !letter.isNull()) {
                out.append(letter);
                i = j;
                continue;
            }
        }
        out.append(ch);
        ++i;
    }
    return normalize(out);
}

QString encodeViqr(const QString &text)
{
    const QString source = normalize(text);
    QString out;
    out.reserve(source.size() * 2);
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar ch = source.at(i);
        const LetterParts parts = decomposeLetter(ch);
        if (parts.shape == Shape::Stroke) {
            out.append(QChar(parts.ascii)).append(QChar(parts.ascii));
            continue;
        }
        if (parts.ascii != 0 && (parts.shape != Shape::None || parts.tone != Tone::None)) {
            out.append(QChar(parts.ascii));
            if (parts.shape == Shape::Circumflex) {
                out.append(QLatin1Char('^'));
            } else if (parts.shape == Shape::Breve) {
                out.append(QLatin1Char('('));
            } else if (parts.shape == Shape::Horn) {
                out.append(QLatin1Char('+'));
            }
            if (parts.tone != Tone::None) {
                out.append(viqrToneChar(parts.tone));
            }
            continue;
        }
        const bool afterVowel = i > 0 && isVietnameseVowel(source.at(i - 1));
        if (ch == QLatin1Char('\\') || (afterVowel && isViqrMark(ch))) {
            out.append(QLatin1Char('\\'));
        }
        out.append(ch);
        // A literal "dd"/"d9" opening a word must not read as đ.
        if ((ch == QLatin1Char('d') || ch == QLatin1Char('D')) && isWordStart(source, i) && i + 1 < source.size() &&
            QStringView(u"dD9").contains(source.at(i + 1))) {
            out.append(QLatin1Char('\\'));
        }
    }
    return out;
}

} // namespace toasoan::text
