#include "app/text/Normalize.h"

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
} // namespace

QString normalize(const QString &text)
{
    if (alreadyNormal(text)) {
        return text;
    }
    QString out = text.normalized(QString::NormalizationForm_C);
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
