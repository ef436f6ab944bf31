#include "app/html/HtmlLexer.h"

#include <QHash>

namespace toasoan::html {

namespace {

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r') ||
           c == QLatin1Char('\f');
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

// Elements whose content is not markup. Their content is dropped: none of it may leave the machine.
bool isRawText(const QString &name)
{
    static const QStringList names{QStringLiteral("script"),   QStringLiteral("style"),    QStringLiteral("iframe"),
                                   QStringLiteral("textarea"), QStringLiteral("title"),    QStringLiteral("xmp"),
                                   QStringLiteral("noembed"),  QStringLiteral("noframes"), QStringLiteral("noscript"),
                                   QStringLiteral("template"), QStringLiteral("svg"),      QStringLiteral("math"),
                                   QStringLiteral("object"),   QStringLiteral("plaintext")};
    return names.contains(name);
}

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> table = [] {
        QHash<QString, char32_t> t{
            {QStringLiteral("amp"), U'&'},
            {QStringLiteral("lt"), U'<'},
            {QStringLiteral("gt"), U'>'},
            {QStringLiteral("quot"), U'"'},
            {QStringLiteral("apos"), U'\''},
            {QStringLiteral("nbsp"), 0xA0},
            {QStringLiteral("shy"), 0xAD},
            {QStringLiteral("copy"), 0xA9},
            {QStringLiteral("reg"), 0xAE},
            {QStringLiteral("deg"), 0xB0},
            {QStringLiteral("middot"), 0xB7},
            {QStringLiteral("laquo"), 0xAB},
            {QStringLiteral("raquo"), 0xBB},
            {QStringLiteral("times"), 0xD7},
            {QStringLiteral("divide"), 0xF7},
            {QStringLiteral("ndash"), 0x2013},
            {QStringLiteral("mdash"), 0x2014},
            {QStringLiteral("lsquo"), 0x2018},
            {QStringLiteral("rsquo"), 0x2019},
            {QStringLiteral("sbquo"), 0x201A},
            {QStringLiteral("ldquo"), 0x201C},
            {QStringLiteral("rdquo"), 0x201D},
            {QStringLiteral("bdquo"), 0x201E},
            {QStringLiteral("bull"), 0x2022},
            {QStringLiteral("hellip"), 0x2026},
            {QStringLiteral("euro"), 0x20AC},
            {QStringLiteral("trade"), 0x2122},
            {QStringLiteral("ensp"), 0x2002},
            {QStringLiteral("emsp"), 0x2003},
            {QStringLiteral("thinsp"), 0x2009},
            {QStringLiteral("zwnj"), 0x200C},
            {QStringLiteral("zwj"), 0x200D},
            {QStringLiteral("para"), 0xB6},
            {QStringLiteral("sect"), 0xA7},
            {QStringLiteral("plusmn"), 0xB1},
            {QStringLiteral("frac12"), 0xBD},
            // HTML5 punctuation names: used to hide "javascript:" from naive filters.
            {QStringLiteral("colon"), U':'},
            {QStringLiteral("Tab"), U'\t'},
            {QStringLiteral("NewLine"), U'\n'},
            {QStringLiteral("sol"), U'/'},
            {QStringLiteral("lpar"), U'('},
            {QStringLiteral("rpar"), U')'},
            {QStringLiteral("period"), U'.'},
            {QStringLiteral("comma"), U','},
            {QStringLiteral("excl"), U'!'},
            {QStringLiteral("quest"), U'?'},
            {QStringLiteral("equals"), U'='},
            {QStringLiteral("semi"), U';'},
            {QStringLiteral("num"), U'#'},
            {QStringLiteral("percnt"), U'%'},
            {QStringLiteral("commat"), U'@'},
        };
        // Latin-1 letters with accents: Word and old CMSs write Vietnamese vowels this way.
        const struct
        {
            const char *base;
            char32_t upper;
            char32_t lower;
        } letters[] = {
            {"Agrave", 0xC0, 0xE0}, {"Aacute", 0xC1, 0xE1}, {"Acirc", 0xC2, 0xE2},  {"Atilde", 0xC3, 0xE3},
            {"Egrave", 0xC8, 0xE8}, {"Eacute", 0xC9, 0xE9}, {"Ecirc", 0xCA, 0xEA},  {"Igrave", 0xCC, 0xEC},
            {"Iacute", 0xCD, 0xED}, {"ETH", 0xD0, 0xF0},    {"Ograve", 0xD2, 0xF2}, {"Oacute", 0xD3, 0xF3},
            {"Ocirc", 0xD4, 0xF4},  {"Otilde", 0xD5, 0xF5}, {"Ugrave", 0xD9, 0xF9}, {"Uacute", 0xDA, 0xFA},
            {"Yacute", 0xDD, 0xFD},
        };
        for (const auto &l : letters) {
            const QString upper = QString::fromLatin1(l.base);
            t.insert(upper, l.upper);
            t.insert(upper.left(1).toLower() + upper.mid(1), l.lower);
        }
        t.insert(QStringLiteral("eth"), 0xF0);
        return t;
    }();
    return table;
}

void appendCodePoint(QString &out, char32_t cp)
{
    // Surrogates, NUL and values outside Unicode are what attackers use to hide markup.
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        cp = 0xFFFD;
    }
    const char32_t one[1] = {cp};
    out.append(QString::fromUcs4(one, 1));
}

class Lexer
{
public:
    explicit Lexer(const QString &html) : m_in(html) {}

    QList<Token> run()
    {
        while (m_pos < m_in.size()) {
            const qsizetype lt = m_in.indexOf(QLatin1Char('<'), m_pos);
            if (lt < 0) {
                text(m_in.size());
                break;
            }
            text(lt);
            m_pos = lt;
            markup();
        }
        flushText();
        return std::move(m_tokens);
    }

private:
    QChar at(qsizetype i) const { return i < m_in.size() ? m_in.at(i) : QChar(); }

    void text(qsizetype end)
    {
        if (end > m_pos) {
            m_pendingText += QStringView(m_in).mid(m_pos, end - m_pos);
        }
        m_pos = end;
    }

    void flushText()
    {
        if (!m_pendingText.isEmpty()) {
            Token t;
            t.text = decodeEntities(m_pendingText);
            m_tokens.append(t);
            m_pendingText.clear();
        }
    }

    void skipPast(const QString &terminator)
    {
        const qsizetype end = m_in.indexOf(terminator, m_pos);
        m_pos = end < 0 ? m_in.size() : end + terminator.size();
    }

    void markup()
    {
        const QChar next = at(m_pos + 1);
        if (m_in.mid(m_pos, 4) == QLatin1String("<!--")) {
            m_pos += 4;
            skipPast(QStringLiteral("-->"));
        } else if (next == QLatin1Char('!') || next == QLatin1Char('?')) {
            skipPast(QStringLiteral(">")); // doctype, <![if ...]>, CDATA, processing instruction
        } else if (isAsciiLetter(next)) {
            tag(false);
        } else if (next == QLatin1Char('/') && isAsciiLetter(at(m_pos + 2))) {
            tag(true);
        } else if (next == QLatin1Char('/')) {
            skipPast(QStringLiteral(">")); // "</ >" and "</3" are bogus comments in HTML
        } else {
            m_pendingText += QLatin1String("&lt;");
            ++m_pos;
        }
    }

    void tag(bool end)
    {
        qsizetype i = m_pos + (end ? 2 : 1);
        const qsizetype nameStart = i;
        while (i < m_in.size() && !isSpace(m_in.at(i)) && m_in.at(i) != QLatin1Char('/') &&
               m_in.at(i) != QLatin1Char('>')) {
            ++i;
        }
        Token t;
        t.kind = end ? Token::Kind::End : Token::Kind::Start;
        t.name = m_in.mid(nameStart, i - nameStart).toLower();
        // Attributes: name[=value], value quoted or not. EOF inside a tag drops the tag.
        while (true) {
            while (i < m_in.size() && (isSpace(m_in.at(i)) || m_in.at(i) == QLatin1Char('/'))) {
                if (m_in.at(i) == QLatin1Char('/') && at(i + 1) == QLatin1Char('>')) {
                    t.selfClosing = true;
                }
                ++i;
            }
            if (i >= m_in.size()) {
                m_pos = m_in.size();
                return;
            }
            if (m_in.at(i) == QLatin1Char('>')) {
                ++i;
                break;
            }
            const qsizetype attrStart = i;
            ++i; // a name may start with '=' (HTML spec); never loop on it
            while (i < m_in.size() && !isSpace(m_in.at(i)) && m_in.at(i) != QLatin1Char('/') &&
                   m_in.at(i) != QLatin1Char('>') && m_in.at(i) != QLatin1Char('=')) {
                ++i;
            }
            const QString attrName = m_in.mid(attrStart, i - attrStart).toLower();
            while (i < m_in.size() && isSpace(m_in.at(i))) {
                ++i;
            }
            QString value;
            if (i < m_in.size() && m_in.at(i) == QLatin1Char('=')) {
                ++i;
                while (i < m_in.size() && isSpace(m_in.at(i))) {
                    ++i;
                }
                const QChar quote = at(i);
                if (quote == QLatin1Char('"') || quote == QLatin1Char('\'')) {
                    const qsizetype close = m_in.indexOf(quote, i + 1);
                    if (close < 0) {
                        m_pos = m_in.size();
                        return;
                    }
                    value = m_in.mid(i + 1, close - i - 1);
                    i = close + 1;
                } else {
                    const qsizetype valueStart = i;
                    while (i < m_in.size() && !isSpace(m_in.at(i)) && m_in.at(i) != QLatin1Char('>')) {
                        ++i;
                    }
                    value = m_in.mid(valueStart, i - valueStart);
                }
            }
            const bool seen = std::any_of(t.attributes.cbegin(), t.attributes.cend(),
                                          [&](const auto &a) { return a.first == attrName; });
            if (!seen && !end) {
                t.attributes.append({attrName, decodeEntities(value)});
            }
        }
        m_pos = i;
        flushText();
        m_tokens.append(t);
        if (!end && isRawText(t.name) && !t.selfClosing) {
            // Skip to the matching end tag, case-insensitively; the content is never parsed.
            const QString close = QStringLiteral("</") + t.name;
            qsizetype found = m_pos;
            while (true) {
                found = m_in.indexOf(close, found, Qt::CaseInsensitive);
                if (found < 0) {
                    m_pos = m_in.size();
                    break;
                }
                const QChar after = at(found + close.size());
                if (after.isNull() || isSpace(after) || after == QLatin1Char('>') || after == QLatin1Char('/')) {
                    m_pos = found;
                    break;
                }
                found += close.size();
            }
            Token closeToken;
            closeToken.kind = Token::Kind::End;
            closeToken.name = t.name;
            if (m_pos < m_in.size()) {
                skipPast(QStringLiteral(">"));
            }
            m_tokens.append(closeToken);
        }
    }

    const QString &m_in;
    qsizetype m_pos = 0;
    QString m_pendingText;
    QList<Token> m_tokens;
};

} // namespace

QString Token::attribute(const QString &attributeName) const
{
    for (const auto &a : attributes) {
        if (a.first == attributeName) {
            return a.second;
        }
    }
    return {};
}

QList<Token> tokenize(const QString &html)
{
    return Lexer(html).run();
}

QString decodeEntities(const QString &text)
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
        qsizetype j = i + 1;
        if (j < text.size() && text.at(j) == QLatin1Char('#')) {
            ++j;
            const bool hex = j < text.size() && (text.at(j) == QLatin1Char('x') || text.at(j) == QLatin1Char('X'));
            if (hex) {
                ++j;
            }
            const qsizetype digitsStart = j;
            char32_t value = 0;
            bool overflow = false;
            while (j < text.size()) {
                const QChar d = text.at(j);
                int digit = -1;
                if (d.isDigit() && d.unicode() < 128) {
                    digit = d.unicode() - '0';
                } else if (hex && d.unicode() < 128 && QLatin1String("abcdefABCDEF").contains(d)) {
                    digit = d.toLower().unicode() - 'a' + 10;
                }
                if (digit < 0) {
                    break;
                }
                value = value * (hex ? 16 : 10) + char32_t(digit);
                overflow = overflow || value > 0x10FFFF;
                if (overflow) {
                    value = 0x110000;
                }
                ++j;
            }
            if (j == digitsStart) {
                out.append(c); // "&#" without digits is text
                ++i;
                continue;
            }
            appendCodePoint(out, value);
            i = (j < text.size() && text.at(j) == QLatin1Char(';')) ? j + 1 : j;
            continue;
        }
        while (j < text.size() && j - i <= 10 && text.at(j).unicode() < 128 && text.at(j).isLetterOrNumber()) {
            ++j;
        }
        const QString name = text.mid(i + 1, j - i - 1);
        const auto found = namedEntities().constFind(name);
        if (!name.isEmpty() && found != namedEntities().cend() && j < text.size() && text.at(j) == QLatin1Char(';')) {
            appendCodePoint(out, found.value());
            i = j + 1;
        } else {
            out.append(c);
            ++i;
        }
    }
    return out;
}

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
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
    return out;
}

QString escapeAttribute(const QString &value)
{
    QString out = escapeText(value);
    out.replace(QLatin1Char('"'), QLatin1String("&quot;"));
    return out;
}

} // namespace toasoan::html
