#include "app/html/BodyHtml.h"

#include "app/html/BodyWriter.h"
#include "app/html/HtmlLexer.h"
#include "app/html/SourceHtml.h"

#include <QSet>

namespace toasoan::html {

namespace {

QString build(const QList<Token> &tokens, SourceFlavor flavor,
              const std::function<QString(const QString &)> &resolveImage = {})
{
    BodyWriter writer;
    SourceOptions options;
    options.flavor = flavor;
    options.resolveImage = resolveImage;
    feedSource(tokens, writer, options);
    return writer.finish();
}

bool isList(const QString &name)
{
    return name == QLatin1String("ul") || name == QLatin1String("ol");
}

// Whether the list starting at tokens[at] ends with an item holding a nested list ("</ul></li></ol>"
// in the subset, white space aside).
bool lastItemNests(const QList<Token> &tokens, qsizetype at)
{
    int depth = 0;
    QStringList lastTags; // the end tags seen since the last text that is not white space
    for (qsizetype i = at; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        if (t.kind == Token::Kind::Text) {
            if (!t.text.trimmed().isEmpty()) {
                lastTags.clear();
            }
            continue;
        }
        if (t.kind == Token::Kind::Start) {
            lastTags.clear();
            depth += isList(t.name) ? 1 : 0;
            continue;
        }
        if (isList(t.name) && --depth == 0) {
            return lastTags.size() >= 2 && lastTags.constLast() == QLatin1String("li") &&
                   isList(lastTags.at(lastTags.size() - 2));
        }
        lastTags.append(t.name);
    }
    return false;
}

QString startTag(const Token &t)
{
    QString out = QLatin1Char('<') + t.name;
    for (const auto &[name, value] : t.attributes) {
        out += QLatin1Char(' ') + name + QStringLiteral("=\"") + escapeAttribute(value) + QLatin1Char('"');
    }
    return out + QLatin1Char('>');
}

} // namespace

QString alignmentClass(ImageAlignment alignment)
{
    switch (alignment) {
    case ImageAlignment::Left:
        return QStringLiteral("alignleft");
    case ImageAlignment::Right:
        return QStringLiteral("alignright");
    case ImageAlignment::Center:
        break;
    }
    return QStringLiteral("aligncenter");
}

std::optional<ImageAlignment> alignmentFromClass(const QString &classList)
{
    for (const QString &c : classList.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (c == QLatin1String("alignleft") || c == QLatin1String("align-left")) {
            return ImageAlignment::Left;
        }
        if (c == QLatin1String("aligncenter") || c == QLatin1String("align-center") ||
            c == QLatin1String("text-center")) {
            return ImageAlignment::Center;
        }
        if (c == QLatin1String("alignright") || c == QLatin1String("align-right")) {
            return ImageAlignment::Right;
        }
    }
    return std::nullopt;
}

std::optional<ImageAlignment> alignmentFromKeyword(const QString &keyword)
{
    const QString k = keyword.trimmed().toLower();
    if (k == QLatin1String("left")) {
        return ImageAlignment::Left;
    }
    if (k == QLatin1String("center") || k == QLatin1String("centre") || k == QLatin1String("middle")) {
        return ImageAlignment::Center;
    }
    if (k == QLatin1String("right")) {
        return ImageAlignment::Right;
    }
    return std::nullopt;
}

bool isVoidElement(const QString &name)
{
    static const QSet<QString> names{
        QStringLiteral("br"),    QStringLiteral("img"),   QStringLiteral("hr"),     QStringLiteral("wbr"),
        QStringLiteral("meta"),  QStringLiteral("link"),  QStringLiteral("base"),   QStringLiteral("input"),
        QStringLiteral("embed"), QStringLiteral("param"), QStringLiteral("source"), QStringLiteral("track"),
        QStringLiteral("area"),  QStringLiteral("col"),   QStringLiteral("frame"),  QStringLiteral("keygen")};
    return names.contains(name);
}

bool dropsElementContent(const QString &name)
{
    // Raw-text elements (script, style...) come out of the tokenizer empty; these hold markup or
    // text (a title, a form's values, a site's menu) that must not surface in an article either.
    static const QSet<QString> names{
        QStringLiteral("head"),     QStringLiteral("title"),   QStringLiteral("script"),   QStringLiteral("style"),
        QStringLiteral("select"),   QStringLiteral("option"),  QStringLiteral("optgroup"), QStringLiteral("datalist"),
        QStringLiteral("button"),   QStringLiteral("applet"),  QStringLiteral("frameset"), QStringLiteral("frame"),
        QStringLiteral("audio"),    QStringLiteral("video"),   QStringLiteral("canvas"),   QStringLiteral("map"),
        QStringLiteral("xml"),      QStringLiteral("iframe"),  QStringLiteral("object"),   QStringLiteral("noscript"),
        QStringLiteral("template"), QStringLiteral("svg"),     QStringLiteral("math"),     QStringLiteral("textarea"),
        QStringLiteral("meta"),     QStringLiteral("link"),    QStringLiteral("base"),     QStringLiteral("input"),
        QStringLiteral("embed"),    QStringLiteral("param"),   QStringLiteral("source"),   QStringLiteral("track"),
        QStringLiteral("area"),     QStringLiteral("noembed"), QStringLiteral("noframes"), QStringLiteral("xmp"),
        QStringLiteral("nav")};
    return names.contains(name) || name.startsWith(QLatin1String("w:")) || name.startsWith(QLatin1String("m:")) ||
           name.startsWith(QLatin1String("v:"));
}

QString normalizeBody(const QString &html)
{
    return build(tokenize(html), SourceFlavor::Body);
}

QString normalizeBody(const QList<Token> &tokens, const std::function<QString(const QString &src)> &resolveImage)
{
    return build(tokens, SourceFlavor::Body, resolveImage);
}

QString normalizeBody(const QString &html, const std::function<QString(const QString &src)> &resolveImage)
{
    return build(tokenize(html), SourceFlavor::Body, resolveImage);
}

QString bodyFromQtHtml(const QString &qtHtml)
{
    return build(tokenize(qtHtml), SourceFlavor::QtDocument);
}

QString bodyToQtHtml(const QString &body)
{
    // Captions are h6 paragraphs: the one marker QTextDocument keeps through toHtml() and back.
    // Qt makes h6 bold; the span restores a normal, smaller caption.
    QString out;
    QString align = QStringLiteral("center");
    bool quote = false;
    const QList<Token> tokens = tokenize(normalizeBody(body));
    int listDepth = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        if (isList(t.name) && t.kind != Token::Kind::Text) {
            if (t.kind == Token::Kind::Start && listDepth++ == 0 && lastItemNests(tokens, i)) {
                // Qt gives a list's bottom margin to its last item even when a nested list follows it.
                out += QLatin1Char('<') + t.name + QStringLiteral(" style=\"margin-bottom:0px\">");
                continue;
            }
            listDepth -= t.kind == Token::Kind::End ? 1 : 0;
        }
        if (t.kind == Token::Kind::Text) {
            out += escapeText(t.text);
        } else if (t.name == QLatin1String("blockquote")) {
            // QTextDocument marks only the first paragraph of a <blockquote> as quoted: one each.
            quote = t.kind == Token::Kind::Start;
        } else if (quote && t.name == QLatin1String("p")) {
            out +=
                t.kind == Token::Kind::Start ? QStringLiteral("<blockquote><p>") : QStringLiteral("</p></blockquote>");
        } else if (t.kind == Token::Kind::Start) {
            if (t.name == QLatin1String("figure")) {
                const auto a = alignmentFromClass(t.attribute(QStringLiteral("class")));
                align = a == ImageAlignment::Left    ? QStringLiteral("left")
                        : a == ImageAlignment::Right ? QStringLiteral("right")
                                                     : QStringLiteral("center");
            } else if (t.name == QLatin1String("img")) {
                out += QStringLiteral("<p align=\"") + align + QStringLiteral("\">") + startTag(t) +
                       QStringLiteral("</p>");
            } else if (t.name == QLatin1String("figcaption")) {
                out += QStringLiteral("<h6 align=\"") + align +
                       QStringLiteral("\"><span style=\"font-weight:400; font-size:small;\">");
            } else if (t.name == QLatin1String("table")) {
                out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
            } else {
                out += startTag(t);
            }
        } else if (t.name == QLatin1String("figcaption")) {
            out += QStringLiteral("</span></h6>");
        } else if (t.name != QLatin1String("figure") && t.name != QLatin1String("br") &&
                   t.name != QLatin1String("img")) {
            out += QStringLiteral("</") + t.name + QLatin1Char('>');
        }
    }
    return out;
}

QStringList bodyImageSources(const QString &body)
{
    QStringList sources;
    for (const Token &t : tokenize(body)) {
        if (t.kind == Token::Kind::Start && t.name == QLatin1String("img")) {
            const QString src = t.attribute(QStringLiteral("src")).trimmed();
            if (isBodyImageSource(src) && !sources.contains(src)) {
                sources.append(src);
            }
        }
    }
    return sources;
}

} // namespace toasoan::html
