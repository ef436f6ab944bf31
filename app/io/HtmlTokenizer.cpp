#include "app/io/HtmlTokenizer.h"

#include <QHash>

namespace toasoan::io {

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char(':');
}

// Elements whose content is raw text: a "<" inside them does not open a tag.
bool isRawTextElement(const QString &name)
{
    return name == QLatin1String("script") || name == QLatin1String("style") || name == QLatin1String("title") ||
           name == QLatin1String("textarea") || name == QLatin1String("xmp");
}

const QHash<QString, QChar> &namedEntities()
{
    static const QHash<QString, QChar> entities = {
        {QStringLiteral("amp"), QChar(u'&')},      {QStringLiteral("lt"), QChar(u'<')},
        {QStringLiteral("gt"), QChar(u'>')},       {QStringLiteral("quot"), QChar(u'"')},
        {QStringLiteral("apos"), QChar(u'\'')},    {QStringLiteral("nbsp"), QChar(0x00A0)},
        {QStringLiteral("ndash"), QChar(0x2013)},  {QStringLiteral("mdash"), QChar(0x2014)},
        {QStringLiteral("hellip"), QChar(0x2026)}, {QStringLiteral("lsquo"), QChar(0x2018)},
        {QStringLiteral("rsquo"), QChar(0x2019)},  {QStringLiteral("ldquo"), QChar(0x201C)},
        {QStringLiteral("rdquo"), QChar(0x201D)},  {QStringLiteral("laquo"), QChar(0x00AB)},
        {QStringLiteral("raquo"), QChar(0x00BB)},  {QStringLiteral("middot"), QChar(0x00B7)},
        {QStringLiteral("bull"), QChar(0x2022)},   {QStringLiteral("copy"), QChar(0x00A9)},
        {QStringLiteral("reg"), QChar(0x00AE)},    {QStringLiteral("deg"), QChar(0x00B0)},
    };
    return entities;
}

} // namespace

QString HtmlToken::attribute(const QString &attributeName) const
{
    for (const auto &[key, value] : attributes) {
        if (key == attributeName) {
            return value;
        }
    }
    return {};
}

bool HtmlToken::hasClass(const QString &className) const
{
    const QStringList classes = attribute(QStringLiteral("class")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return classes.contains(className);
}

bool isVoidHtmlElement(const QString &name)
{
    static const QStringList voids = {QStringLiteral("area"), QStringLiteral("base"),   QStringLiteral("br"),
                                      QStringLiteral("col"),  QStringLiteral("embed"),  QStringLiteral("hr"),
                                      QStringLiteral("img"),  QStringLiteral("input"),  QStringLiteral("link"),
                                      QStringLiteral("meta"), QStringLiteral("source"), QStringLiteral("track"),
                                      QStringLiteral("wbr"),  QStringLiteral("param")};
    return voids.contains(name);
}

QString decodeHtmlEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&'))) {
        return text;
    }
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('&')) {
            out.append(c);
            ++i;
            continue;
        }
        const qsizetype semi = text.indexOf(QLatin1Char(';'), i + 1);
        if (semi < 0 || semi - i > 12) {
            out.append(c);
            ++i;
            continue;
        }
        const QString ref = text.mid(i + 1, semi - i - 1);
        bool decoded = false;
        if (ref.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = (ref.size() > 1 && (ref.at(1) == QLatin1Char('x') || ref.at(1) == QLatin1Char('X')))
                                  ? ref.mid(2).toUInt(&ok, 16)
                                  : ref.mid(1).toUInt(&ok, 10);
            // NUL, surrogates and out-of-range code points become U+FFFD as browsers do.
            if (ok) {
                const char32_t cp = (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                                        ? char32_t(0xFFFD)
                                        : char32_t(code);
                out.append(QString::fromUcs4(&cp, 1));
                decoded = true;
            }
        } else if (const auto it = namedEntities().constFind(ref); it != namedEntities().constEnd()) {
            out.append(*it);
            decoded = true;
        }
        if (decoded) {
            i = semi + 1;
        } else {
            out.append(c);
            ++i;
        }
    }
    return out;
}

QString escapeHtml(const QString &text, bool attribute)
{
    QString out = text.toHtmlEscaped();
    if (!attribute) {
        out.replace(QLatin1String("&quot;"), QLatin1String("\""));
    }
    return out;
}

QList<HtmlToken> tokenizeHtml(const QString &html)
{
    QList<HtmlToken> tokens;
    QString pendingText;
    const auto flushText = [&] {
        if (!pendingText.isEmpty()) {
            HtmlToken t;
            t.text = decodeHtmlEntities(pendingText);
            tokens.append(t);
            pendingText.clear();
        }
    };

    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html.at(i);
        if (c != QLatin1Char('<') || i + 1 >= n) {
            pendingText.append(c);
            ++i;
            continue;
        }
        const QChar next = html.at(i + 1);
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (next == QLatin1Char('!') || next == QLatin1Char('?')) {
            const qsizetype end = html.indexOf(QLatin1Char('>'), i + 2);
            i = end < 0 ? n : end + 1;
            continue;
        }
        const bool closing = next == QLatin1Char('/');
        qsizetype j = i + (closing ? 2 : 1);
        if (j >= n || !html.at(j).isLetter()) {
            pendingText.append(c);
            ++i;
            continue;
        }
        flushText();
        HtmlToken tag;
        tag.kind = closing ? HtmlToken::Kind::End : HtmlToken::Kind::Start;
        while (j < n && isNameChar(html.at(j))) {
            tag.name.append(html.at(j).toLower());
            ++j;
        }
        // Attributes: name, name=value, name="value", name='value'.
        while (j < n && html.at(j) != QLatin1Char('>')) {
            if (html.at(j).isSpace()) {
                ++j;
                continue;
            }
            if (html.at(j) == QLatin1Char('/')) {
                tag.selfClosing = true;
                ++j;
                continue;
            }
            QString name;
            while (j < n && !html.at(j).isSpace() && html.at(j) != QLatin1Char('=') && html.at(j) != QLatin1Char('>') &&
                   !(html.at(j) == QLatin1Char('/') && name.isEmpty())) {
                name.append(html.at(j).toLower());
                ++j;
            }
            while (j < n && html.at(j).isSpace()) {
                ++j;
            }
            QString value;
            if (j < n && html.at(j) == QLatin1Char('=')) {
                ++j;
                while (j < n && html.at(j).isSpace()) {
                    ++j;
                }
                if (j < n && (html.at(j) == QLatin1Char('"') || html.at(j) == QLatin1Char('\''))) {
                    const QChar quote = html.at(j);
                    const qsizetype end = html.indexOf(quote, j + 1);
                    const qsizetype stop = end < 0 ? n : end;
                    value = html.mid(j + 1, stop - j - 1);
                    j = end < 0 ? n : end + 1;
                } else {
                    while (j < n && !html.at(j).isSpace() && html.at(j) != QLatin1Char('>')) {
                        value.append(html.at(j));
                        ++j;
                    }
                }
            }
            if (!name.isEmpty() && !closing) {
                tag.attributes.append({name, decodeHtmlEntities(value)});
            }
        }
        i = j < n ? j + 1 : n;
        tokens.append(tag);

        if (tag.kind == HtmlToken::Kind::Start && !tag.selfClosing && isRawTextElement(tag.name)) {
            const QString endTag = QStringLiteral("</") + tag.name;
            const qsizetype end = html.indexOf(endTag, i, Qt::CaseInsensitive);
            const qsizetype stop = end < 0 ? n : end;
            HtmlToken raw;
            raw.text = tag.name == QLatin1String("title") || tag.name == QLatin1String("textarea")
                           ? decodeHtmlEntities(html.mid(i, stop - i))
                           : html.mid(i, stop - i);
            tokens.append(raw);
            HtmlToken close;
            close.kind = HtmlToken::Kind::End;
            close.name = tag.name;
            tokens.append(close);
            const qsizetype gt = end < 0 ? -1 : html.indexOf(QLatin1Char('>'), end);
            i = gt < 0 ? n : gt + 1;
        }
    }
    flushText();
    return tokens;
}

} // namespace toasoan::io
