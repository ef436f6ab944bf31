#include "app/html/UrlPolicy.h"

#include <QRegularExpression>
#include <algorithm>

namespace toasoan::html {

namespace {

bool hasControlOrSpace(const QString &value)
{
    return std::any_of(value.cbegin(), value.cend(),
                       [](QChar c) { return c.unicode() <= 0x20 || c.unicode() == 0x7F; });
}

// Characters no URL needs and that only serve to hide a scheme from a naive check.
bool isHidden(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7F || u == 0xAD || u == 0x200B || u == 0x2060 || u == 0xFEFF;
}

bool isHttpWithHost(const QUrl &parsed)
{
    const QString scheme = parsed.scheme().toLower();
    return parsed.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !parsed.host().isEmpty();
}

} // namespace

QString compactUrl(const QString &url)
{
    QString out;
    out.reserve(url.size());
    for (const QChar c : url) {
        if (!isHidden(c)) {
            out.append(c);
        }
    }
    out = out.trimmed();
    if (!out.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
        out.replace(QLatin1Char(' '), QLatin1String("%20")); // a data: URL's base64 ignores its spaces
    }
    return out;
}

bool isBodyLinkUrl(const QString &url)
{
    if (url.isEmpty() || hasControlOrSpace(url)) {
        return false;
    }
    const QUrl parsed(url); // tolerant: Vietnamese letters in paths are what people type
    if (!parsed.isValid()) {
        return false;
    }
    if (parsed.scheme().toLower() == QLatin1String("mailto")) {
        return parsed.path().contains(QLatin1Char('@'));
    }
    return isHttpWithHost(parsed);
}

bool isBodyImageSource(const QString &src)
{
    if (mediaIdFromSource(src) > 0) {
        return true;
    }
    if (src.isEmpty() || hasControlOrSpace(src)) {
        return false;
    }
    return isHttpWithHost(QUrl(src));
}

bool isWebImageSource(const QString &src)
{
    return mediaIdFromSource(src) <= 0 && isBodyImageSource(src) &&
           QUrl(src).scheme().toLower() == QLatin1String("https");
}

QString resolveUrl(const QString &url, const QUrl &base)
{
    const QString compact = compactUrl(url);
    if (!base.isValid() || compact.isEmpty() || compact.startsWith(QLatin1String("data:"), Qt::CaseInsensitive) ||
        compact.startsWith(QLatin1String("media:"))) {
        return compact;
    }
    const QUrl relative(compact);
    return relative.isRelative() ? compactUrl(base.resolved(relative).toString()) : compact;
}

QString mediaSource(qint64 mediaId)
{
    return QStringLiteral("media:") + QString::number(mediaId);
}

qint64 mediaIdFromSource(const QString &src)
{
    static const QRegularExpression media(QStringLiteral("^media:(\\d{1,18})$"));
    const auto m = media.match(src);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

} // namespace toasoan::html
