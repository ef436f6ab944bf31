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

// RFC 1456: a tone mark after a vowel is a tone, also at the end of a word (`qua?.` is "quả."), and a
// literal one is escaped (`qua\?`). Real texts rarely escaped, though, so a '.' or '?' ending a word
// is punctuation when the word cannot take that tone there: it has a tone already ("No^.i." is
// "Nội."), or the vowel is not the one that carries it ("dda^u?" is "đâu?", never "đâủ"); and a '.'
// ending a sentence is a period. `word` is the word decoded so far, before the vowel `vowel`; "..."
// is an ellipsis.
bool markIsPunctuation(const QString &s, qsizetype markAt, QStringView word, QChar vowel)
{
    qsizetype k = markAt + 1;
    if (s.at(markAt) == QLatin1Char('.')) {
        while (k < s.size() && s.at(k) == QLatin1Char('.')) {
            ++k;
        }
        const qsizetype dots = k - markAt;
        if (dots == 3 || dots > 4) {
            return true;
        }
    }
    if (markAt + 1 < s.size()) {
        const QChar next = s.at(markAt + 1);
        if (next.isLetterOrNumber() || next == QLatin1Char('\\')) {
            return false; // inside a word: "Vie^.t"
        }
    }
    for (const QChar letter : word) {
        if (toneOf(letter) != Tone::None) {
            return true;
        }
    }
    if (!word.isEmpty() && isVietnameseVowel(word.last())) {
        // Two vowels ending a word: the tone goes on the first ("hai", "đâu"), except on oa/oe/uy in
        // the new style ("hoà", "khoẻ", "thuỷ"); the u of "qu" and the i of "gi" belong to the onset.
        const QChar previous = toneless(word.last()).toLower();
        const QChar before = word.size() >= 2 ? word.at(word.size() - 2).toLower() : QChar();
        const QChar current = vowel.toLower();
        const bool onset = (previous == QLatin1Char('u') && before == QLatin1Char('q')) ||
                           (previous == QLatin1Char('i') && before == QLatin1Char('g') && word.size() == 2);
        const bool newStyle =
            (previous == QLatin1Char('o') && (current == QLatin1Char('a') || current == QLatin1Char('e'))) ||
            (previous == QLatin1Char('u') && current == QLatin1Char('y'));
        if (!onset && !newStyle) {
            return true;
        }
    }
    // A lone '.' closing a sentence ("anh ddi. Ca?m o+n") is a period: that is how nearly everyone
    // wrote it; before another punctuation mark ("qua?.", "me.,") or a lower-case word it is a tone.
    if (s.at(markAt) == QLatin1Char('.')) {
        qsizetype after = markAt + 1;
        while (after < s.size() && (s.at(after) == QLatin1Char(' ') || s.at(after) == QLatin1Char('\t'))) {
            ++after;
        }
        return after >= s.size() || (after > markAt + 1 ? !s.at(after).isLower() : s.at(after).isSpace());
    }
    return false;
}

// The letters at the end of `out`: the word being decoded.
QStringView currentWord(const QString &out)
{
    qsizetype start = out.size();
    while (start > 0 && out.at(start - 1).isLetter()) {
        --start;
    }
    return QStringView(out).mid(start);
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
                if ((m == QLatin1Char('.') || m == QLatin1Char('?')) &&
                    markIsPunctuation(text, j, currentWord(out), ch)) {
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
