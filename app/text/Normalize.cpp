#include "app/text/Normalize.h"

#include <algorithm>

namespace toasoan::text {

namespace {
/// True when normalize() would give `text` back unchanged, found in one pass of plain comparisons:
/// every character is one that NFC leaves alone and that never composes with the character before
/// it (everything below U+0300, Latin Extended Additional — Vietnamese's precomposed letters —, and
/// the dashes, quotes and ellipsis U+2010–U+2027; checked against the Unicode data), and none is an
/// Eth or a surrogate. Almost every Vietnamese text is; QString::normalized() looks each character's
/// properties up, and was a tenth of a bulk import's time (tests/bench/bench_store).
bool alreadyNormal(const QString &text)
{
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x0300) {
            if (c == 0x00D0 || c == 0x00F0) {
                return false;
            }
        } else if (!(c >= 0x1E00 && c <= 0x1EFF) && !(c >= 0x2010 && c <= 0x2027)) {
            return false;
        }
    }
    return true;
}

/// Whether NFC of a text is NFC of what comes before `c` followed by NFC of `c` and what follows it: `c`
/// has combining class 0 (no reordering crosses it), never composes with the character before it and
/// decomposes, if at all, to such a character followed by marks. alreadyNormal()'s characters are
/// (Eth too), and so are the CJK ideographs and the Hangul syllables (never the second half of a pair).
bool startsNfcSegment(char16_t c)
{
    return c < 0x0300 || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xAC00 && c <= 0xD7A3);
}

/// QString::normalized() in segments of about kNfcSegment characters, cut before startsNfcSegment()
/// characters: the same result, but Qt replaces each decomposed character in place, moving the rest of
/// its string, so one call on a long text with many of them (Hangul, accented letters, random code
/// units from a hostile body) takes time quadratic in the text's length.
constexpr qsizetype kNfcSegment = 1024;

QString nfc(const QString &text)
{
    if (text.size() <= kNfcSegment) {
        return text.normalized(QString::NormalizationForm_C);
    }
    QString out;
    out.reserve(text.size());
    qsizetype begin = 0;
    while (begin < text.size()) {
        qsizetype end = std::min(begin + kNfcSegment, text.size());
        while (end < text.size() && !startsNfcSegment(text.at(end).unicode())) {
            ++end;
        }
        out += QStringView(text).mid(begin, end - begin).toString().normalized(QString::NormalizationForm_C);
        begin = end;
    }
    return out;
}

} // namespace

QString normalize(const QString &text)
{
    if (alreadyNormal(text)) {
        return text;
    }
    QString out = nfc(text);
    // Eth looks like Đ/đ and is what some keyboards and old fonts produce for it.
    out.replace(QChar(0x00D0), QChar(0x0110));
    out.replace(QChar(0x00F0), QChar(0x0111));
    // A lone surrogate (JSON's "\ud800" from a website) is no character: the text in memory is
    // then the text that is stored.
    return withoutLoneSurrogates(out);
}

QString withoutLoneSurrogates(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
        } else if (c.isSurrogate()) {
            text[i] = QChar::ReplacementCharacter;
        }
    }
    return text;
}

QStringList normalize(const QStringList &list)
{
    QStringList out;
    out.reserve(list.size());
    for (const QString &item : list) {
        out.append(normalize(item));
    }
    return out;
}

QString normalizeForSearch(const QString &text)
{
    const QString normalized = normalize(text);
    QString out;
    out.reserve(normalized.size());
    for (QChar ch : normalized) {
        if (ch.unicode() >= 0x20 || ch == QLatin1Char('\n') || ch == QLatin1Char('\t')) {
            out.append(ch);
        }
    }
    return out;
}

} // namespace toasoan::text
