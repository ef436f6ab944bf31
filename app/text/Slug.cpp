#include "text/Slug.h"

#include "text/Normalize.h"

namespace toasoan::text {

QString slugify(const QString &text, int maxLength)
{
    QString folded = normalize(text);
    folded.replace(QChar(0x0110), QLatin1Char('D'));
    folded.replace(QChar(0x0111), QLatin1Char('d'));
    folded = folded.normalized(QString::NormalizationForm_D);

    QString slug;
    slug.reserve(folded.size());
    bool pendingDash = false;
    for (const QChar ch : std::as_const(folded)) {
        if (ch.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        const QChar lower = ch.toLower();
        if ((lower >= QLatin1Char('a') && lower <= QLatin1Char('z')) ||
            (lower >= QLatin1Char('0') && lower <= QLatin1Char('9'))) {
            if (pendingDash && !slug.isEmpty()) {
                slug.append(QLatin1Char('-'));
            }
            pendingDash = false;
            slug.append(lower);
        } else {
            pendingDash = true;
        }
    }
    if (slug.size() > maxLength) {
        slug.truncate(maxLength);
        const qsizetype dash = slug.lastIndexOf(QLatin1Char('-'));
        if (dash > maxLength / 2) {
            slug.truncate(dash);
        }
        while (slug.endsWith(QLatin1Char('-'))) {
            slug.chop(1);
        }
    }
    return slug;
}

} // namespace toasoan::text
