#include "app/html/LegacyHtml.h"

#include "app/html/HtmlLexer.h"
#include "app/html/PlainText.h"
#include "app/text/LegacyDetect.h"
#include "app/text/Normalize.h"
#include "app/text/VietnameseLetters.h"

#include <QList>
#include <QRegularExpression>
#include <algorithm>

namespace toasoan::html {

using text::FontHint;
using text::LegacyEncoding;

namespace {

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

// Encoding that a tag's own font names imply; `found` false when it names none.
FontHint tagFontHint(const QString &tagText)
{
    for (const QString &name : text::fontNamesIn(tagText)) {
        const FontHint hint = text::classifyFontName(name);
        if (hint.found) {
            return hint;
        }
    }
    return {};
}

// Legacy fonts shown with the Unicode font of the same family, so converted text displays.
QString replaceLegacyFonts(QString markup)
{
    QStringList names = text::fontNamesIn(markup);
    names.removeDuplicates();
    // Longest first, so ".VnTime" does not eat the start of ".VnTimeH".
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &name : std::as_const(names)) {
        if (text::classifyFontName(name).encoding == LegacyEncoding::Unicode) {
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
    return std::any_of(text.cbegin(), text.cend(), [](QChar ch) { return text::isUnicodeOnlyVietnameseLetter(ch); });
}

} // namespace

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

    qsizetype copied = 0; // source before `copied` is in result.html
    for (const Token &token : tokenize(html)) {
        // Between tokens: comments, doctypes, script and style bodies, an unterminated tag. Kept as
        // written, but style bodies name fonts too.
        result.html += replaceLegacyFonts(html.mid(copied, token.begin - copied));
        copied = token.end;
        const QString source = html.mid(token.begin, token.end - token.begin);
        switch (token.kind) {
        case Token::Kind::End:
            for (qsizetype i = stack.size() - 1; i >= 0; --i) {
                if (stack.at(i).name == token.name) {
                    stack.resize(i);
                    break;
                }
            }
            result.html += replaceLegacyFonts(source);
            break;
        case Token::Kind::Start: {
            if (!isVoidElement(token.name) && !token.selfClosing) {
                FontHint hint = tagFontHint(source);
                if (!hint.found || (hint.encoding == LegacyEncoding::Unicode && !options.trustUnicodeFonts)) {
                    hint = stack.isEmpty() ? FontHint{} : stack.last().hint;
                }
                stack.append(Open{token.name, hint});
            }
            const QString tag = replaceLegacyFonts(source);
            result.html += token.name == QLatin1String("meta") ? rewriteCharset(tag) : tag;
            break;
        }
        case Token::Kind::Text: {
            if (source.trimmed().isEmpty()) {
                result.html += source;
                break;
            }
            ++result.textNodes;
            const QString &raw = token.text;
            FontHint hint = stack.isEmpty() || !stack.last().hint.found ? fallback : stack.last().hint;
            if (hasUnicodeOnlyLetters(raw)) {
                hint.encoding = LegacyEncoding::Unicode; // legacy text never holds these letters
            }
            QString decoded = text::decodeLegacy(raw, hint.encoding, hint.capsFont);
            if (options.transformText) {
                decoded = options.transformText(decoded);
            }
            if (decoded != text::normalize(raw)) {
                ++result.convertedNodes;
            }
            result.html += escapeText(decoded);
            break;
        }
        }
    }
    result.html += replaceLegacyFonts(html.mid(copied));
    return result;
}

QString legacyPlainText(const QString &html)
{
    PlainTextOptions options;
    options.keepSoftHyphens = true;
    return toPlainText(html, options);
}

} // namespace toasoan::html
