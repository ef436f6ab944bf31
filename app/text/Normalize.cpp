#include "app/text/Normalize.h"

namespace toasoan::text {

QString normalize(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_C);
    // Eth looks like Đ/đ and is what some keyboards and old fonts produce for it.
    out.replace(QChar(0x00D0), QChar(0x0110));
    out.replace(QChar(0x00F0), QChar(0x0111));
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
