#include "app/html/SitePolicy.h"

#include "app/html/BodyHtml.h"
#include "app/html/Entities.h"
#include "app/html/HtmlLexer.h"
#include "app/text/Normalize.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace toasoan::html {

namespace {

QString startTag(const Token &t)
{
    QString out = QLatin1Char('<') + t.name;
    for (const auto &[name, value] : t.attributes) {
        out += QLatin1Char(' ') + name + QStringLiteral("=\"") + escapeAttribute(value) + QLatin1Char('"');
    }
    return out + QLatin1Char('>');
}

// The image as the site shows it, or nullopt when it must be left out.
std::optional<Token> publishedImage(const Token &img, const PublishImage &publishImage)
{
    const qint64 mediaId = mediaIdFromSource(img.attribute(QStringLiteral("src")));
    if (mediaId == 0) {
        return img; // a web image: the body policy already checked it
    }
    const std::optional<PublishedImage> uploaded = publishImage ? publishImage(mediaId) : std::nullopt;
    if (!uploaded || mediaIdFromSource(uploaded->src) > 0 || !isBodyImageSource(uploaded->src)) {
        return std::nullopt;
    }
    Token out;
    out.kind = Token::Kind::Start;
    out.name = img.name;
    out.attributes = {{QStringLiteral("src"), uploaded->src},
                      {QStringLiteral("alt"), img.attribute(QStringLiteral("alt"))}};
    const QString classes = wordPressImageClasses(uploaded->classes);
    if (!classes.isEmpty()) {
        out.attributes.append({QStringLiteral("class"), classes});
    }
    return out;
}

} // namespace

QString wordPressImageClasses(const QString &classList)
{
    static const QRegularExpression allowed(
        QStringLiteral("^(?:align(?:left|right|center|none)|wp-image-\\d{1,18}|size-[a-z0-9][a-z0-9_-]{0,30})$"));
    static const QRegularExpression spaces(QStringLiteral("[ \t\n\f\r]+"));
    QStringList kept;
    for (const QString &name : classList.split(spaces, Qt::SkipEmptyParts)) {
        if (allowed.match(name).hasMatch() && !kept.contains(name)) {
            kept.append(name);
        }
    }
    return kept.join(QLatin1Char(' '));
}

QString publishBody(const QString &body, const PublishImage &publishImage)
{
    // A pass over the normalised body: its subset is small and well formed (one figure holds one
    // image and at most one caption), so a flag is all the state the policy needs.
    QString out;
    bool figureDropped = false;
    for (const Token &t : tokenize(normalizeBody(body))) {
        if (t.kind == Token::Kind::Text) {
            if (!out.isEmpty() || !t.text.trimmed().isEmpty()) {
                out += escapeText(t.text); // not the line break after a figure left out at the top
            }
            continue;
        }
        const bool start = t.kind == Token::Kind::Start;
        if (t.name == QLatin1String("figure")) {
            if (start) {
                figureDropped = false;
                out += startTag(t);
            } else if (!figureDropped) {
                out += QStringLiteral("</figure>");
            }
        } else if (t.name == QLatin1String("img")) {
            if (const std::optional<Token> img = publishedImage(t, publishImage)) {
                out += startTag(*img);
            } else {
                figureDropped = true;
                out.truncate(std::max<qsizetype>(0, out.lastIndexOf(QLatin1String("<figure"))));
                while (out.endsWith(QLatin1Char('\n'))) {
                    out.chop(1);
                }
            }
        } else if (t.name == QLatin1String("figcaption") && figureDropped) {
            out += start ? (out.isEmpty() ? QString() : QStringLiteral("\n")) + QStringLiteral("<p>")
                         : QStringLiteral("</p>");
        } else {
            out += start ? startTag(t) : QStringLiteral("</") + t.name + QLatin1Char('>');
        }
    }
    return out;
}

QString publishText(const QString &text)
{
    return escapeAll(text::normalize(text));
}

QString publishName(const QString &name)
{
    return escapeText(text::normalize(name).simplified());
}

} // namespace toasoan::html
