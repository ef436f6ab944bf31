#include "app/text/LegacyHtml.h"

#include "app/text/LegacyDetect.h"
#include "app/text/Normalize.h"
#include "app/text/VietnameseLetters.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <algorithm>
#include <array>

namespace toasoan::text {

namespace {

// Just enough of an HTML tokenizer for Word exports and clipboard fragments: the core has no QtGui, so
// QTextDocument is not an option, and a node-by-node pass keeps the markup byte for byte.
struct Token
{
    enum Kind
    {
        Text,
        Tag,
        Other, ///< comment, doctype, script or style body
    };
    Kind kind = Text;
    QString text;
    QString name; ///< lower-case tag name
    bool closing = false;
    bool selfClosing = false;
};

bool startsTag(const QString &s, qsizetype pos)
{
    if (pos + 1 >= s.size() || s.at(pos) != QLatin1Char('<')) {
        return false;
    }
    const QChar next = s.at(pos + 1);
    return next.isLetter() || next == QLatin1Char('/') || next == QLatin1Char('!') || next == QLatin1Char('?');
}

qsizetype tagEnd(const QString &s, qsizetype pos)
{
    QChar quote;
    for (qsizetype i = pos + 1; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            }
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('>')) {
            return i + 1;
        }
    }
    return s.size();
}

QList<Token> tokenize(const QString &s)
{
    QList<Token> tokens;
    const qsizetype n = s.size();
    qsizetype pos = 0;
    while (pos < n) {
        if (!startsTag(s, pos)) {
            qsizetype end = pos + 1;
            while (end < n && !startsTag(s, end)) {
                ++end;
            }
            tokens.append(Token{Token::Text, s.mid(pos, end - pos), {}, false, false});
            pos = end;
            continue;
        }
        if (QStringView(s).mid(pos).startsWith(QLatin1String("<!--"))) {
            const qsizetype close = s.indexOf(QLatin1String("-->"), pos + 4);
            const qsizetype end = close < 0 ? n : close + 3;
            tokens.append(Token{Token::Other, s.mid(pos, end - pos), {}, false, false});
            pos = end;
            continue;
        }
        const qsizetype end = tagEnd(s, pos);
        Token tag{Token::Tag, s.mid(pos, end - pos), {}, false, false};
        qsizetype i = pos + 1;
        if (i < n && (s.at(i) == QLatin1Char('!') || s.at(i) == QLatin1Char('?'))) {
            tag.kind = Token::Other;
        }
        if (i < n && s.at(i) == QLatin1Char('/')) {
            tag.closing = true;
            ++i;
        }
        const qsizetype nameStart = i;
        while (i < n && (s.at(i).isLetterOrNumber() || s.at(i) == QLatin1Char(':'))) {
            ++i;
        }
        tag.name = s.mid(nameStart, i - nameStart).toLower();
        tag.selfClosing = tag.text.endsWith(QLatin1String("/>"));
        tokens.append(tag);
        pos = end;
        if (tag.kind == Token::Tag && !tag.closing &&
            (tag.name == QLatin1String("script") || tag.name == QLatin1String("style"))) {
            qsizetype close = s.indexOf(QLatin1String("</") + tag.name, pos, Qt::CaseInsensitive);
            close = close < 0 ? n : close;
            tokens.append(Token{Token::Other, s.mid(pos, close - pos), {}, false, false});
            pos = close;
        }
    }
    return tokens;
}

bool isVoidElement(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("area"),  QStringLiteral("base"), QStringLiteral("br"),    QStringLiteral("col"),
        QStringLiteral("embed"), QStringLiteral("hr"),   QStringLiteral("img"),   QStringLiteral("input"),
        QStringLiteral("link"),  QStringLiteral("meta"), QStringLiteral("param"), QStringLiteral("source"),
        QStringLiteral("track"), QStringLiteral("wbr"),
    };
    return names.contains(name);
}

bool isBlockElement(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("p"),  QStringLiteral("div"), QStringLiteral("br"), QStringLiteral("li"),
        QStringLiteral("tr"), QStringLiteral("h1"),  QStringLiteral("h2"), QStringLiteral("h3"),
        QStringLiteral("h4"), QStringLiteral("h5"),  QStringLiteral("h6"), QStringLiteral("td"),
    };
    return names.contains(name);
}

const QHash<QString, char16_t> &namedEntities()
{
    static const QHash<QString, char16_t> table = [] {
        // Latin-1 names in code point order from U+00A0, then what Windows-1252 adds.
        static const char *const latin1[96] = {
            "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",    "copy",
            "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",
            "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12",
            "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil",
            "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave", "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde",
            "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",
            "Uuml",   "Yacute", "THORN",  "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",
            "aelig",  "ccedil", "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",
            "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
            "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml",
        };
        QHash<QString, char16_t> t;
        for (int i = 0; i < 96; ++i) {
            t.insert(QString::fromLatin1(latin1[i]), char16_t(0xA0 + i));
        }
        const std::array<std::pair<const char *, char16_t>, 32> extra = {{
            {"amp", u'&'},      {"lt", u'<'},       {"gt", u'>'},       {"quot", u'"'},     {"apos", u'\''},
            {"euro", 0x20AC},   {"sbquo", 0x201A},  {"fnof", 0x0192},   {"bdquo", 0x201E},  {"hellip", 0x2026},
            {"dagger", 0x2020}, {"Dagger", 0x2021}, {"circ", 0x02C6},   {"permil", 0x2030}, {"Scaron", 0x0160},
            {"lsaquo", 0x2039}, {"OElig", 0x0152},  {"Zcaron", 0x017D}, {"lsquo", 0x2018},  {"rsquo", 0x2019},
            {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"bull", 0x2022},   {"ndash", 0x2013},  {"mdash", 0x2014},
            {"tilde", 0x02DC},  {"trade", 0x2122},  {"scaron", 0x0161}, {"rsaquo", 0x203A}, {"oelig", 0x0153},
            {"zcaron", 0x017E}, {"Yuml", 0x0178},
        }};
        for (const auto &[name, ch] : extra) {
            t.insert(QString::fromLatin1(name), ch);
        }
        return t;
    }();
    return table;
}

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        if (ch == QLatin1Char('&')) {
            out += QLatin1String("&amp;");
        } else if (ch == QLatin1Char('<')) {
            out += QLatin1String("&lt;");
        } else if (ch == QLatin1Char('>')) {
            out += QLatin1String("&gt;");
        } else {
            out += ch;
        }
    }
    return out;
}

// Encoding that a tag's own font names imply; `found` false when it names none.
FontHint tagFontHint(const QString &tagText)
{
    for (const QString &name : fontNamesIn(tagText)) {
        const FontHint hint = classifyFontName(name);
        if (hint.found) {
            return hint;
        }
    }
    return {};
}

// Legacy fonts shown with the Unicode font of the same family, so converted text displays.
QString replaceLegacyFonts(QString markup)
{
    QStringList names = fontNamesIn(markup);
    names.removeDuplicates();
    // Longest first, so ".VnTime" does not eat the start of ".VnTimeH".
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &name : std::as_const(names)) {
        if (classifyFontName(name).encoding == LegacyEncoding::Unicode) {
            continue;
        }
        const bool sans = name.contains(QLatin1String("Arial"), Qt::CaseInsensitive) ||
                          name.contains(QLatin1String("Helve"), Qt::CaseInsensitive);
        markup.replace(name, sans ? QStringLiteral("Arial") : QStringLiteral("Times New Roman"));
    }
    return markup;
}

QString rewriteCharset(const QString &tag)
{
    static const QRegularExpression charsetRe(QStringLiteral(R"((charset\s*=\s*["']?)[A-Za-z0-9_.:\-]+)"),
                                              QRegularExpression::CaseInsensitiveOption);
    QString out = tag;
    out.replace(charsetRe, QStringLiteral("\\1utf-8"));
    return out;
}

bool hasUnicodeOnlyLetters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar ch) { return isUnicodeOnlyVietnameseLetter(ch); });
}

} // namespace

QString decodeHtmlEntities(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = text.at(i);
        const qsizetype semi = ch == QLatin1Char('&') ? text.indexOf(QLatin1Char(';'), i + 1) : -1;
        if (semi < 0 || semi - i > 12) {
            out += ch;
            continue;
        }
        const QString body = text.mid(i + 1, semi - i - 1);
        char32_t code = 0;
        bool ok = false;
        if (body.startsWith(QLatin1String("#x")) || body.startsWith(QLatin1String("#X"))) {
            code = body.mid(2).toUInt(&ok, 16);
        } else if (body.startsWith(QLatin1Char('#'))) {
            code = body.mid(1).toUInt(&ok, 10);
        } else if (const auto it = namedEntities().constFind(body); it != namedEntities().cend()) {
            code = *it;
            ok = true;
        }
        if (!ok || code == 0 || code > 0x10FFFF) {
            out += ch;
            continue;
        }
        out += QString::fromUcs4(&code, 1);
        i = semi;
    }
    return out;
}

HtmlConversion convertLegacyHtml(const QString &html, const HtmlDecodeOptions &options)
{
    struct Open
    {
        QString name;
        FontHint hint;
    };
    QList<Open> stack;
    HtmlConversion result;
    result.html.reserve(html.size() + html.size() / 4);
    const FontHint fallback{true, options.fallback, options.fallbackCaps};

    for (const Token &token : tokenize(html)) {
        switch (token.kind) {
        case Token::Other:
            result.html += replaceLegacyFonts(token.text); // style bodies name fonts too
            break;
        case Token::Tag: {
            if (token.closing) {
                for (qsizetype i = stack.size() - 1; i >= 0; --i) {
                    if (stack.at(i).name == token.name) {
                        stack.resize(i);
                        break;
                    }
                }
            } else if (!isVoidElement(token.name) && !token.selfClosing) {
                FontHint hint = tagFontHint(token.text);
                if (!hint.found || (hint.encoding == LegacyEncoding::Unicode && !options.trustUnicodeFonts)) {
                    hint = stack.isEmpty() ? FontHint{} : stack.last().hint;
                }
                stack.append(Open{token.name, hint});
            }
            QString tag = replaceLegacyFonts(token.text);
            result.html += token.name == QLatin1String("meta") ? rewriteCharset(tag) : tag;
            break;
        }
        case Token::Text: {
            if (token.text.trimmed().isEmpty()) {
                result.html += token.text;
                break;
            }
            ++result.textNodes;
            const QString raw = decodeHtmlEntities(token.text);
            FontHint hint = stack.isEmpty() || !stack.last().hint.found ? fallback : stack.last().hint;
            if (hasUnicodeOnlyLetters(raw)) {
                hint.encoding = LegacyEncoding::Unicode; // legacy text never holds these letters
            }
            QString decoded = decodeLegacy(raw, hint.encoding, hint.capsFont);
            if (options.transformText) {
                decoded = options.transformText(decoded);
            }
            if (decoded != normalize(raw)) {
                ++result.convertedNodes;
            }
            result.html += escapeText(decoded);
            break;
        }
        }
    }
    return result;
}

QString htmlPlainText(const QString &html)
{
    QString out;
    for (const Token &token : tokenize(html)) {
        if (token.kind == Token::Tag) {
            if (isBlockElement(token.name) && !out.isEmpty() && !out.endsWith(QLatin1Char('\n'))) {
                out += QLatin1Char('\n');
            }
        } else if (token.kind == Token::Text) {
            out += decodeHtmlEntities(token.text);
        }
    }
    return out;
}

} // namespace toasoan::text
