#include "app/html/Entities.h"

#include "app/html/EntityTable_p.h"

#include <algorithm>
#include <array>

namespace toasoan::html {

namespace {

constexpr qsizetype kLongestName = 32;      // "CounterClockwiseContourIntegral;"
constexpr qsizetype kLongestLegacyName = 6; // "frac34", "middot"...

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

int digitValue(QChar c, bool hex)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9') {
        return u - u'0';
    }
    if (hex && u >= u'a' && u <= u'f') {
        return u - u'a' + 10;
    }
    if (hex && u >= u'A' && u <= u'F') {
        return u - u'A' + 10;
    }
    return -1;
}

void appendCodePoint(QString &out, char32_t cp)
{
    const char32_t one[1] = {cp};
    out.append(QString::fromUcs4(one, 1));
}

// The numeric reference rules of the HTML5 tokenizer ("numeric character reference end state").
char32_t numericReferenceValue(char32_t value)
{
    // Windows-1252 for 0x80–0x9F; 0 where that code page leaves the byte undefined.
    static constexpr std::array<char16_t, 32> cp1252 = {
        0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
    };
    // NUL, surrogates and values outside Unicode are what attackers use to hide markup.
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
        return 0xFFFD;
    }
    if (value >= 0x80 && value <= 0x9F && cp1252[value - 0x80] != 0) {
        return cp1252[value - 0x80];
    }
    return value;
}

const detail::NamedEntity *findEntity(std::string_view name)
{
    const auto table = detail::namedEntities();
    const auto it = std::lower_bound(table.begin(), table.end(), name,
                                     [](const detail::NamedEntity &e, std::string_view n) { return e.name < n; });
    return it != table.end() && it->name == name ? &*it : nullptr;
}

// Reads the reference starting at `text[at] == '&'`; appends what it stands for and returns the index
// after it, or returns `at` when the '&' starts no reference.
qsizetype decodeReference(const QString &text, qsizetype at, EntityContext context, QString &out)
{
    qsizetype i = at + 1;
    if (i < text.size() && text.at(i) == QLatin1Char('#')) {
        ++i;
        const bool hex = i < text.size() && (text.at(i) == QLatin1Char('x') || text.at(i) == QLatin1Char('X'));
        i += hex ? 1 : 0;
        const qsizetype digitsStart = i;
        char32_t value = 0;
        for (int digit = 0; i < text.size() && (digit = digitValue(text.at(i), hex)) >= 0; ++i) {
            value = std::min<char32_t>(value * (hex ? 16 : 10) + char32_t(digit), 0x110000);
        }
        if (i == digitsStart) {
            return at; // "&#" or "&#x" without digits is text
        }
        appendCodePoint(out, numericReferenceValue(value));
        return i < text.size() && text.at(i) == QLatin1Char(';') ? i + 1 : i;
    }

    std::array<char, kLongestName + 1> name{};
    qsizetype length = 0;
    while (i < text.size() && length < kLongestName && isAsciiAlnum(text.at(i))) {
        name[std::size_t(length++)] = char(text.at(i).unicode());
        ++i;
    }
    if (length == 0) {
        return at;
    }
    // A name written with ';' is the whole alphanumeric run; without one, the longest legacy prefix.
    if (i < text.size() && text.at(i) == QLatin1Char(';')) {
        name[std::size_t(length)] = ';';
        if (const auto *entity = findEntity(std::string_view(name.data(), std::size_t(length + 1)))) {
            appendCodePoint(out, entity->first);
            if (entity->second != 0) {
                appendCodePoint(out, entity->second);
            }
            return i + 1;
        }
    }
    for (qsizetype n = std::min(length, kLongestLegacyName); n >= 2; --n) {
        const auto *entity = findEntity(std::string_view(name.data(), std::size_t(n)));
        if (entity == nullptr) {
            continue;
        }
        const qsizetype next = at + 1 + n;
        if (context == EntityContext::Attribute && next < text.size() &&
            (isAsciiAlnum(text.at(next)) || text.at(next) == QLatin1Char('='))) {
            return at; // "?a=1&copy=2": a URL's query, not a reference
        }
        appendCodePoint(out, entity->first);
        return next;
    }
    return at;
}

} // namespace

QString decodeEntities(const QString &text, EntityContext context)
{
    qsizetype amp = text.indexOf(QLatin1Char('&'));
    if (amp < 0) {
        return text;
    }
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    while (amp >= 0) {
        out.append(QStringView(text).mid(copied, amp - copied));
        const qsizetype next = decodeReference(text, amp, context, out);
        if (next == amp) {
            out.append(QLatin1Char('&'));
            copied = amp + 1;
        } else {
            copied = next;
        }
        amp = text.indexOf(QLatin1Char('&'), copied);
    }
    out.append(QStringView(text).mid(copied));
    return out;
}

void appendEscaped(QString &out, QChar c)
{
    if (c == QLatin1Char('&')) {
        out += QLatin1String("&amp;");
    } else if (c == QLatin1Char('<')) {
        out += QLatin1String("&lt;");
    } else if (c == QLatin1Char('>')) {
        out += QLatin1String("&gt;");
    } else {
        out += c;
    }
}

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        appendEscaped(out, c);
    }
    return out;
}

QString escapeAttribute(const QString &value)
{
    QString out = escapeText(value);
    out.replace(QLatin1Char('"'), QLatin1String("&quot;"));
    return out;
}

QString escapeAll(const QString &text)
{
    QString out = escapeAttribute(text);
    out.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    return out;
}

} // namespace toasoan::html
