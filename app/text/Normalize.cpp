#include "app/text/Normalize.h"

namespace toasoan::text {

QString normalize(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_C);
    // Eth looks like Đ/đ and is what some keyboards and old fonts produce for it.
    out.replace(QChar(0x00D0), QChar(0x0110));
    out.replace(QChar(0x00F0), QChar(0x0111));
    // A lone surrogate (JSON's "\ud800" from a website) is no character: U+FFFD, as UTF-8 would
    // make it, so the text in memory is the text that is stored.
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c.isHighSurrogate() && i + 1 < out.size() && out.at(i + 1).isLowSurrogate()) {
            ++i;
        } else if (c.isSurrogate()) {
            out[i] = QChar::ReplacementCharacter;
        }
    }
    return out;
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
