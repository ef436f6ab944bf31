#include "app/diff/HtmlText.h"

#include "app/text/Normalize.h"

#include <QHash>

namespace toasoan::diff {

namespace {

const QHash<QString, char32_t> &namedEntities()
{
    // The names old Vietnamese web editors emit: markup, typography, and the Latin-1 vowels
    // that carry Vietnamese tone marks (à, á, â, ã, è, é, ê, ì, í, ò, ó, ô, õ, ù, ú, ý).
    static const QHash<QString, char32_t> names = [] {
        QHash<QString, char32_t> h{
            {QStringLiteral("amp"), U'&'},     {QStringLiteral("lt"), U'<'},      {QStringLiteral("gt"), U'>'},
            {QStringLiteral("quot"), U'"'},    {QStringLiteral("apos"), U'\''},   {QStringLiteral("nbsp"), 0xA0},
            {QStringLiteral("ndash"), 0x2013}, {QStringLiteral("mdash"), 0x2014}, {QStringLiteral("hellip"), 0x2026},
            {QStringLiteral("lsquo"), 0x2018}, {QStringLiteral("rsquo"), 0x2019}, {QStringLiteral("ldquo"), 0x201C},
            {QStringLiteral("rdquo"), 0x201D}, {QStringLiteral("laquo"), 0xAB},   {QStringLiteral("raquo"), 0xBB},
            {QStringLiteral("copy"), 0xA9},    {QStringLiteral("reg"), 0xAE},     {QStringLiteral("deg"), 0xB0},
            {QStringLiteral("middot"), 0xB7},  {QStringLiteral("bull"), 0x2022},  {QStringLiteral("shy"), 0xAD},
        };
        const struct
        {
            const char *name;
            char32_t upper;
        } letters[] = {
            {"Agrave", 0xC0}, {"Aacute", 0xC1}, {"Acirc", 0xC2},  {"Atilde", 0xC3}, {"Egrave", 0xC8}, {"Eacute", 0xC9},
            {"Ecirc", 0xCA},  {"Igrave", 0xCC}, {"Iacute", 0xCD}, {"Ograve", 0xD2}, {"Oacute", 0xD3}, {"Ocirc", 0xD4},
            {"Otilde", 0xD5}, {"Ugrave", 0xD9}, {"Uacute", 0xDA}, {"Yacute", 0xDD},
        };
        for (const auto &letter : letters) {
            const QString upper = QString::fromLatin1(letter.name);
            h.insert(upper, letter.upper);
            h.insert(upper.at(0).toLower() + upper.mid(1), letter.upper + 0x20); // Latin-1: lower = upper + 32
        }
        return h;
    }();
    return names;
}

bool isBlockTag(const QString &name)
{
    static const QStringList blocks = {
        QStringLiteral("p"),          QStringLiteral("div"),        QStringLiteral("br"),
        QStringLiteral("li"),         QStringLiteral("ul"),         QStringLiteral("ol"),
        QStringLiteral("blockquote"), QStringLiteral("h1"),         QStringLiteral("h2"),
        QStringLiteral("h3"),         QStringLiteral("h4"),         QStringLiteral("h5"),
        QStringLiteral("h6"),         QStringLiteral("tr"),         QStringLiteral("table"),
        QStringLiteral("figure"),     QStringLiteral("figcaption"), QStringLiteral("pre"),
        QStringLiteral("hr"),         QStringLiteral("section"),    QStringLiteral("article"),
        QStringLiteral("header"),     QStringLiteral("footer"),     QStringLiteral("td"),
        QStringLiteral("th"),         QStringLiteral("caption"),    QStringLiteral("dd"),
        QStringLiteral("dt"),
    };
    return blocks.contains(name);
}

// Reads the tag starting at `text[start] == '<'`; returns the index after '>' and its lower-case name
// ("/p" for a closing tag, empty for comments and doctypes).
qsizetype readTag(const QString &text, qsizetype start, QString *name)
{
    if (text.mid(start, 4) == QLatin1String("<!--")) {
        const qsizetype end = text.indexOf(QLatin1String("-->"), start + 4);
        name->clear();
        return end < 0 ? text.size() : end + 3;
    }
    qsizetype i = start + 1;
    QChar quote;
    qsizetype nameEnd = -1;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            }
            continue;
        }
        if (nameEnd < 0 && (c.isSpace() || c == QLatin1Char('>') || (c == QLatin1Char('/') && i > start + 1))) {
            nameEnd = i;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('>')) {
            break;
        }
    }
    *name = text.mid(start + 1, (nameEnd < 0 ? i : nameEnd) - start - 1).toLower();
    if (name->startsWith(QLatin1Char('!')) || name->startsWith(QLatin1Char('?'))) {
        name->clear();
    }
    return qMin(i + 1, text.size());
}

} // namespace

QString decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&'))) {
        return text;
    }
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const qsizetype semi = c == QLatin1Char('&') ? text.indexOf(QLatin1Char(';'), i + 1) : -1;
        if (semi < 0 || semi - i > 10) {
            out += c;
            continue;
        }
        const QString name = text.mid(i + 1, semi - i - 1);
        char32_t code = 0;
        if (name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X"))) {
            code = name.mid(2).toUInt(nullptr, 16);
        } else if (name.startsWith(QLatin1Char('#'))) {
            code = name.mid(1).toUInt(nullptr, 10);
        } else {
            code = namedEntities().value(name, 0);
        }
        if (code == 0 || code > 0x10FFFF) {
            out += c; // not a reference we know: keep the text as written
            continue;
        }
        out += QString::fromUcs4(&code, 1);
        i = semi;
    }
    return out;
}

QStringList htmlToParagraphs(const QString &html)
{
    QStringList paragraphs;
    QString current;
    auto flush = [&] {
        QString text = decodeEntities(current);
        text.replace(QChar(0xA0), QLatin1Char(' '));
        text.remove(QChar(0xAD)); // soft hyphens are invisible and would split words
        text = text::normalize(text.simplified());
        if (!text.isEmpty()) {
            paragraphs.append(text);
        }
        current.clear();
    };
    QString skipUntil; // inside <script> or <style>
    for (qsizetype i = 0; i < html.size();) {
        if (html.at(i) != QLatin1Char('<')) {
            const qsizetype next = html.indexOf(QLatin1Char('<'), i);
            const qsizetype end = next < 0 ? html.size() : next;
            if (skipUntil.isEmpty()) {
                current += QStringView(html).mid(i, end - i);
            }
            i = end;
            continue;
        }
        QString name;
        i = readTag(html, i, &name);
        if (!skipUntil.isEmpty()) {
            if (name == skipUntil) {
                skipUntil.clear();
            }
            continue;
        }
        if (name == QLatin1String("script") || name == QLatin1String("style")) {
            skipUntil = QLatin1Char('/') + name;
            continue;
        }
        const QString bare = name.startsWith(QLatin1Char('/')) ? name.mid(1) : name;
        if (isBlockTag(bare)) {
            flush();
        } else if (!current.isEmpty() && (bare == QLatin1String("img"))) {
            current += QLatin1Char(' ');
        }
    }
    flush();
    return paragraphs;
}

} // namespace toasoan::diff
