#include "app/text/Slug.h"

#include "app/text/Normalize.h"

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

QString uniqueSlug(const QString &base, const std::function<bool(const QString &)> &taken, int maxLength)
{
    if (base.isEmpty()) {
        return {};
    }
    QString candidate = base.left(maxLength);
    if (!taken(candidate)) {
        return candidate;
    }
    constexpr int kMaxTries = 10000;
    for (int n = 2; n <= kMaxTries; ++n) {
        const QString suffix = QLatin1Char('-') + QString::number(n);
        QString stem = base.left(std::max<qsizetype>(0, maxLength - suffix.size()));
        while (stem.endsWith(QLatin1Char('-'))) {
            stem.chop(1);
        }
        if (stem.isEmpty()) {
            return {};
        }
        candidate = stem + suffix;
        if (!taken(candidate)) {
            return candidate;
        }
    }
    return {};
}

} // namespace toasoan::text
