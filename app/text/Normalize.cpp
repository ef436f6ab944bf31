#include "app/text/Normalize.h"

namespace toasoan::text {

QString normalize(const QString &text)
{
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

} // namespace toasoan::text
