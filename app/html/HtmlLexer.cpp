#include "app/html/HtmlLexer.h"

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
                                   QStringLiteral("xmp"),      QStringLiteral("noembed"),  QStringLiteral("noframes"),
                                   QStringLiteral("noscript"), QStringLiteral("template"), QStringLiteral("svg"),
                                   QStringLiteral("math"),     QStringLiteral("object"),   QStringLiteral("plaintext")};
    return names.contains(name);
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
            markup();
        }
        flushText();
        return std::move(m_tokens);
    }

private:
    QChar at(qsizetype i) const { return i < m_in.size() ? m_in.at(i) : QChar(); }

    // Extends the pending text run up to `end`.
    void text(qsizetype end)
    {
        if (end > m_pos && m_textStart < 0) {
            m_textStart = m_pos;
        }
        m_pos = end;
    }

    void flushText()
    {
        if (m_textStart >= 0) {
            Token t;
            t.text = decodeEntities(m_in.mid(m_textStart, m_pos - m_textStart));
            t.begin = m_textStart;
            t.end = m_pos;
            m_tokens.append(t);
            m_textStart = -1;
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
        const bool comment = QStringView(m_in).mid(m_pos, 4) == QLatin1String("<!--");
        const bool bogus = next == QLatin1Char('!') || next == QLatin1Char('?') ||
                           (next == QLatin1Char('/') && !isAsciiLetter(at(m_pos + 2)));
        if (!comment && !bogus && !isAsciiLetter(next) && next != QLatin1Char('/')) {
            text(m_pos + 1); // a lone '<' is text
            return;
        }
        flushText();
        if (comment) {
            m_pos += 4;
            skipPast(QStringLiteral("-->"));
        } else if (bogus) {
            skipPast(QStringLiteral(">")); // doctype, <![if ...]>, CDATA, "</ >", processing instruction
        } else {
            tag(next == QLatin1Char('/'));
        }
    }

    void tag(bool end)
    {
        const qsizetype tagStart = m_pos;
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
                t.attributes.append({attrName, decodeEntities(value, EntityContext::Attribute)});
            }
        }
        m_pos = i;
        t.begin = tagStart;
        t.end = i;
        m_tokens.append(t);
        const bool rcdata = isRcdataElement(t.name);
        if (!end && (rcdata || isRawText(t.name)) && !t.selfClosing) {
            content(t.name, rcdata);
        }
    }

    // The content of a raw-text or RCDATA element, up to its end tag (matched case-insensitively; the
    // content is never parsed as markup), and that end tag.
    void content(const QString &name, bool rcdata)
    {
        const QString close = QStringLiteral("</") + name;
        qsizetype found = m_pos;
        while (true) {
            found = m_in.indexOf(close, found, Qt::CaseInsensitive);
            if (found < 0) {
                found = m_in.size();
                break;
            }
            const QChar after = at(found + close.size());
            if (after.isNull() || isSpace(after) || after == QLatin1Char('>') || after == QLatin1Char('/')) {
                break;
            }
            found += close.size();
        }
        if (rcdata) {
            text(found);
            flushText();
        }
        m_pos = found;
        Token closeToken;
        closeToken.kind = Token::Kind::End;
        closeToken.name = name;
        closeToken.begin = m_pos;
        if (m_pos < m_in.size()) {
            skipPast(QStringLiteral(">"));
        }
        closeToken.end = m_pos;
        m_tokens.append(closeToken);
    }

    const QString &m_in;
    qsizetype m_pos = 0;
    qsizetype m_textStart = -1; ///< start of the pending text run, -1 when none
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

bool isRcdataElement(const QString &name)
{
    return name == QLatin1String("title") || name == QLatin1String("textarea");
}

QList<Token> tokenize(const QString &html)
{
    return Lexer(html).run();
}

} // namespace toasoan::html
