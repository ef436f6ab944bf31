#include "app/io/HtmlImport.h"

#include "app/text/Normalize.h"

#include <QRegularExpression>

namespace toasoan::io {

namespace {

using Kind = HtmlToken::Kind;

bool isOneOf(const QString &name, std::initializer_list<const char *> names)
{
    for (const char *candidate : names) {
        if (name == QLatin1String(candidate)) {
            return true;
        }
    }
    return false;
}

// Dropped together with everything inside them: active content, page chrome and form controls.
bool isDropped(const QString &name)
{
    return isOneOf(name,
                   {"script",   "style", "iframe", "frame", "frameset", "object", "embed",    "applet", "noscript",
                    "template", "head",  "title",  "svg",   "math",     "select", "textarea", "button", "nav",
                    "audio",    "video", "canvas", "form",  "link",     "meta",   "base",     "input"});
}

// Unwrapped, but a paragraph cannot run across them.
bool isBoundary(const QString &name)
{
    return isOneOf(name, {"div", "section", "article", "header", "footer", "main", "aside", "figure", "figcaption",
                          "address", "center", "dl", "dt", "dd", "pre", "hr", "body", "html"});
}

// The subset's name for a tag, or empty when the tag is unwrapped.
QString mapTag(const QString &name)
{
    if (name == QLatin1String("b")) {
        return QStringLiteral("strong");
    }
    if (name == QLatin1String("i")) {
        return QStringLiteral("em");
    }
    if (name == QLatin1String("h1")) {
        return QStringLiteral("h2");
    }
    if (isOneOf(name, {"h4", "h5", "h6"})) {
        return QStringLiteral("h3");
    }
    if (isOneOf(name, {"p", "h2", "h3", "strong", "em", "u", "ul", "ol", "li", "blockquote", "a", "img", "table", "tr",
                       "td", "th", "br"})) {
        return name;
    }
    return {};
}

bool isTextBlock(const QString &name)
{
    return isOneOf(name, {"p", "h2", "h3"});
}

// Browsers ignore control characters and spaces inside a URL scheme ("java\tscript:"), so do we.
bool isSafeUrl(const QString &url, bool allowMail)
{
    QString compact;
    for (const QChar c : url) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7F) {
            compact.append(c);
        }
    }
    if (compact.isEmpty()) {
        return false;
    }
    const qsizetype colon = compact.indexOf(QLatin1Char(':'));
    static const QRegularExpression pathStart(QStringLiteral("[/?#]"));
    const qsizetype special = compact.indexOf(pathStart);
    if (colon < 0 || (special >= 0 && special < colon)) {
        return true; // relative
    }
    const QString scheme = compact.left(colon).toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
           (allowMail && scheme == QLatin1String("mailto"));
}

QString positiveNumber(const QString &value)
{
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    return ok && n > 0 && n < 10000 ? QString::number(n) : QString();
}

class Sanitizer final
{
public:
    QString run(const QList<HtmlToken> &tokens);

private:
    void startTag(const HtmlToken &token);
    void endTag(const HtmlToken &token);
    void text(const QString &text);
    void open(const QString &name, const QString &attributes = {});
    void closeTo(qsizetype size);
    void ensureParagraph();
    qsizetype lastIndexOf(const QString &name, qsizetype stopAt = -1) const;
    qsizetype lastContainer() const;
    QString top() const { return m_stack.isEmpty() ? QString() : m_stack.constLast(); }

    QStringList m_stack;                           // open elements of the subset, as written to m_out
    QList<QPair<QString, qsizetype>> m_boundaries; // unwrapped block tags and the stack size when they opened
    QString m_out;
    QString m_dropName;
    int m_dropDepth = 0;
};

QString Sanitizer::run(const QList<HtmlToken> &tokens)
{
    for (const HtmlToken &token : tokens) {
        switch (token.kind) {
        case Kind::Text:
            if (m_dropDepth == 0) {
                text(token.text);
            }
            break;
        case Kind::Start:
            startTag(token);
            break;
        case Kind::End:
            endTag(token);
            break;
        }
    }
    closeTo(0);

    // Empty elements are noise left by editors and by the unwrapping above.
    static const QRegularExpression empty(QStringLiteral("<(p|h2|h3|strong|em|u|li|blockquote|ul|ol)>\\s*</\\1>"));
    static const QRegularExpression spaceAfterOpen(QStringLiteral("<(p|h2|h3|li|td|th|blockquote)> +"));
    static const QRegularExpression spaceBeforeClose(QStringLiteral(" +</(p|h2|h3|li|td|th|blockquote)>"));
    static const QRegularExpression blankLines(QStringLiteral("\\n{2,}"));
    QString out = m_out;
    out.replace(spaceAfterOpen, QStringLiteral("<\\1>"));
    out.replace(spaceBeforeClose, QStringLiteral("</\\1>"));
    for (qsizetype before = -1; before != out.size();) {
        before = out.size();
        out.replace(empty, QString());
    }
    out.replace(blankLines, QStringLiteral("\n"));
    return text::normalize(out.trimmed());
}

void Sanitizer::startTag(const HtmlToken &token)
{
    const QString &name = token.name;
    const bool isVoid = token.selfClosing || isVoidHtmlElement(name);
    if (m_dropDepth > 0) {
        if (name == m_dropName && !isVoid) {
            ++m_dropDepth;
        }
        return;
    }
    if (isDropped(name)) {
        if (!isVoid) {
            m_dropName = name;
            m_dropDepth = 1;
        }
        return;
    }
    if (isBoundary(name)) {
        if (const qsizetype p = lastIndexOf(QStringLiteral("p"), lastContainer()); p >= 0) {
            closeTo(p);
        }
        if (!isVoid) {
            m_boundaries.append({name, m_stack.size()});
        }
        return;
    }
    const QString tag = mapTag(name);
    if (tag.isEmpty()) {
        return;
    }
    if (tag == QLatin1String("br")) {
        ensureParagraph();
        m_out.append(QStringLiteral("<br>"));
    } else if (tag == QLatin1String("img")) {
        const QString src = token.attribute(QStringLiteral("src")).trimmed();
        if (!isSafeUrl(src, false)) {
            return;
        }
        ensureParagraph();
        QString attributes = QStringLiteral(" src=\"") + escapeHtml(src, true) + QLatin1Char('"');
        attributes += QStringLiteral(" alt=\"") +
                      escapeHtml(text::normalize(token.attribute(QStringLiteral("alt")).simplified()), true) +
                      QLatin1Char('"');
        for (const char *dimension : {"width", "height"}) {
            const QString value = positiveNumber(token.attribute(QLatin1String(dimension)));
            if (!value.isEmpty()) {
                attributes +=
                    QLatin1Char(' ') + QLatin1String(dimension) + QStringLiteral("=\"") + value + QLatin1Char('"');
            }
        }
        m_out.append(QStringLiteral("<img") + attributes + QLatin1Char('>'));
    } else if (tag == QLatin1String("a")) {
        const QString href = token.attribute(QStringLiteral("href")).trimmed();
        if (isVoid || !isSafeUrl(href, true)) {
            return; // unwrapped: the link text stays
        }
        if (const qsizetype a = lastIndexOf(tag); a >= 0) {
            closeTo(a); // links do not nest
        }
        ensureParagraph();
        QString attributes = QStringLiteral(" href=\"") + escapeHtml(href, true) + QLatin1Char('"');
        const QString title = text::normalize(token.attribute(QStringLiteral("title")).simplified());
        if (!title.isEmpty()) {
            attributes += QStringLiteral(" title=\"") + escapeHtml(title, true) + QLatin1Char('"');
        }
        open(tag, attributes);
    } else if (isOneOf(tag, {"strong", "em", "u"})) {
        if (!isVoid) {
            ensureParagraph();
            open(tag);
        }
    } else if (tag == QLatin1String("li")) {
        const qsizetype list = std::max(lastIndexOf(QStringLiteral("ul")), lastIndexOf(QStringLiteral("ol")));
        if (list < 0) {
            // A list item outside a list reads as a paragraph.
            startTag(HtmlToken{Kind::Start, QStringLiteral("p"), {}, {}, false});
            return;
        }
        if (const qsizetype li = lastIndexOf(tag, list); li >= 0) {
            closeTo(li);
        } else {
            closeTo(list + 1);
        }
        open(tag);
    } else if (tag == QLatin1String("tr")) {
        const qsizetype table = lastIndexOf(QStringLiteral("table"));
        if (table >= 0) {
            closeTo(table + 1);
            open(tag);
        }
    } else if (tag == QLatin1String("td") || tag == QLatin1String("th")) {
        const qsizetype row = lastIndexOf(QStringLiteral("tr"), lastIndexOf(QStringLiteral("table")));
        if (row < 0) {
            return;
        }
        closeTo(row + 1);
        QString attributes;
        for (const char *span : {"colspan", "rowspan"}) {
            const QString value = positiveNumber(token.attribute(QLatin1String(span)));
            if (!value.isEmpty()) {
                attributes += QLatin1Char(' ') + QLatin1String(span) + QStringLiteral("=\"") + value + QLatin1Char('"');
            }
        }
        open(tag, attributes);
    } else {
        // p, h2, h3, ul, ol, blockquote, table: none of them may sit inside a paragraph or heading.
        for (qsizetype i = m_stack.size() - 1; i > lastContainer(); --i) {
            if (isTextBlock(m_stack.at(i))) {
                closeTo(i);
                break;
            }
        }
        if (!isVoid) {
            open(tag);
        }
    }
}

void Sanitizer::endTag(const HtmlToken &token)
{
    const QString &name = token.name;
    if (m_dropDepth > 0) {
        if (name == m_dropName) {
            --m_dropDepth;
        }
        return;
    }
    if (isBoundary(name)) {
        for (qsizetype i = m_boundaries.size() - 1; i >= 0; --i) {
            if (m_boundaries.at(i).first == name) {
                closeTo(std::min(m_boundaries.at(i).second, m_stack.size()));
                m_boundaries.resize(i);
                break;
            }
        }
        return;
    }
    const QString tag = mapTag(name);
    if (tag.isEmpty()) {
        return;
    }
    if (const qsizetype at = lastIndexOf(tag); at >= 0) {
        closeTo(at);
    }
}

void Sanitizer::text(const QString &raw)
{
    static const QRegularExpression whitespace(QStringLiteral("[ \\t\\n\\r\\f]+"));
    QString collapsed = raw;
    collapsed.replace(whitespace, QStringLiteral(" "));
    if (collapsed.trimmed().isEmpty()) {
        const QString current = top();
        if (current.isEmpty() || isOneOf(current, {"ul", "ol", "table", "tr", "blockquote"})) {
            return;
        }
    } else {
        ensureParagraph();
    }
    m_out.append(escapeHtml(collapsed));
}

void Sanitizer::open(const QString &name, const QString &attributes)
{
    if (m_stack.isEmpty() && !m_out.isEmpty()) {
        m_out.append(QLatin1Char('\n'));
    }
    m_out.append(QLatin1Char('<') + name + attributes + QLatin1Char('>'));
    m_stack.append(name);
}

void Sanitizer::closeTo(qsizetype size)
{
    while (m_stack.size() > size) {
        m_out.append(QStringLiteral("</") + m_stack.takeLast() + QLatin1Char('>'));
    }
}

void Sanitizer::ensureParagraph()
{
    const QString current = top();
    if (current.isEmpty() || isOneOf(current, {"ul", "ol", "table", "tr", "blockquote"})) {
        if (current == QLatin1String("ul") || current == QLatin1String("ol")) {
            open(QStringLiteral("li"));
        } else if (current == QLatin1String("table")) {
            open(QStringLiteral("tr"));
            open(QStringLiteral("td"));
        } else if (current == QLatin1String("tr")) {
            open(QStringLiteral("td"));
        } else {
            open(QStringLiteral("p"));
        }
    }
}

qsizetype Sanitizer::lastIndexOf(const QString &name, qsizetype stopAt) const
{
    for (qsizetype i = m_stack.size() - 1; i > stopAt; --i) {
        if (m_stack.at(i) == name) {
            return i;
        }
    }
    return -1;
}

// The innermost element that may hold paragraphs of its own.
qsizetype Sanitizer::lastContainer() const
{
    for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
        if (isOneOf(m_stack.at(i), {"li", "td", "th", "blockquote"})) {
            return i;
        }
    }
    return -1;
}

QString textOf(const QList<HtmlToken> &tokens, qsizetype from, qsizetype to)
{
    QString out;
    for (qsizetype i = from; i < to; ++i) {
        const HtmlToken &t = tokens.at(i);
        out += t.kind == Kind::Text ? t.text : QStringLiteral(" ");
    }
    return text::normalize(out.simplified());
}

// Index just past the end tag closing the element that starts at `start`.
qsizetype elementEnd(const QList<HtmlToken> &tokens, qsizetype start)
{
    const HtmlToken &open = tokens.at(start);
    if (open.selfClosing || isVoidHtmlElement(open.name)) {
        return start + 1;
    }
    int depth = 0;
    for (qsizetype i = start; i < tokens.size(); ++i) {
        const HtmlToken &t = tokens.at(i);
        if (t.name != open.name) {
            continue;
        }
        depth += t.kind == Kind::Start ? 1 : t.kind == Kind::End ? -1 : 0;
        if (depth == 0) {
            return i + 1;
        }
    }
    return tokens.size();
}

} // namespace

QString sanitizeHtml(const QList<HtmlToken> &tokens)
{
    return Sanitizer().run(tokens);
}

QString sanitizeHtml(const QString &html)
{
    return sanitizeHtml(tokenizeHtml(html));
}

QString takeDateline(QString &body)
{
    static const QRegularExpression opening(QStringLiteral("^<p>\\(([^()<>\\n]{1,24})\\)\\s*"));
    const QRegularExpressionMatch match = opening.match(body);
    if (!match.hasMatch()) {
        return {};
    }
    const QString dateline = match.captured(1).trimmed();
    body = QStringLiteral("<p>") + body.mid(match.capturedEnd());
    if (body.startsWith(QLatin1String("<p></p>"))) {
        body = body.mid(7).trimmed();
    }
    return dateline;
}

HtmlArticle parseHtmlArticle(const QString &html)
{
    const QList<HtmlToken> tokens = tokenizeHtml(html);
    HtmlArticle article;
    QString documentTitle;
    QString metaAuthor;
    qsizetype h1Start = -1;
    qsizetype h1End = -1;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const HtmlToken &t = tokens.at(i);
        if (t.kind != Kind::Start) {
            continue;
        }
        if (t.name == QLatin1String("title") && documentTitle.isEmpty()) {
            documentTitle = textOf(tokens, i + 1, elementEnd(tokens, i) - 1);
        } else if (t.name == QLatin1String("meta")) {
            const QString metaName = t.attribute(QStringLiteral("name")).toLower();
            const QString content = text::normalize(t.attribute(QStringLiteral("content")).simplified());
            if (metaName == QLatin1String("description")) {
                article.sapo = content;
            } else if (metaName == QLatin1String("author")) {
                metaAuthor = content;
            }
        } else if (t.name == QLatin1String("h1") && h1Start < 0) {
            h1Start = i;
            h1End = elementEnd(tokens, i);
        }
    }

    // A saved web page's <title> is often "Headline - Site name": prefer the <h1> it contains.
    const QString h1Text = h1Start >= 0 ? textOf(tokens, h1Start + 1, h1End - 1) : QString();
    bool dropH1 = false;
    if (!h1Text.isEmpty() && (documentTitle.isEmpty() || documentTitle.contains(h1Text))) {
        article.title = h1Text;
        dropH1 = true;
    } else {
        article.title = documentTitle.isEmpty() ? h1Text : documentTitle;
        dropH1 = !h1Text.isEmpty() && h1Text == article.title;
    }

    QList<HtmlToken> bodyTokens;
    QString sapoText;
    QString bylineText;
    for (qsizetype i = 0; i < tokens.size();) {
        const HtmlToken &t = tokens.at(i);
        if (t.kind == Kind::Start && dropH1 && i == h1Start) {
            i = h1End;
            continue;
        }
        if (t.kind == Kind::Start && (t.hasClass(QStringLiteral("sapo")) || t.hasClass(QStringLiteral("byline")) ||
                                      t.hasClass(QStringLiteral("source")))) {
            const qsizetype end = elementEnd(tokens, i);
            QList<HtmlToken> inner;
            for (qsizetype k = i + 1; k < end - 1; ++k) {
                // The "Source:" label written by our own export is not part of the value.
                if (tokens.at(k).kind == Kind::Start && tokens.at(k).hasClass(QStringLiteral("label"))) {
                    k = elementEnd(tokens, k) - 1;
                    continue;
                }
                inner.append(tokens.at(k));
            }
            const QString value = textOf(inner, 0, inner.size());
            if (t.hasClass(QStringLiteral("sapo"))) {
                sapoText = value;
            } else if (t.hasClass(QStringLiteral("byline"))) {
                bylineText = value;
            } else {
                article.source = value;
            }
            i = end;
            continue;
        }
        bodyTokens.append(t);
        ++i;
    }
    if (article.sapo.isEmpty()) {
        article.sapo = sapoText;
    }
    article.byline = bylineText.isEmpty() ? metaAuthor : bylineText;
    article.body = sanitizeHtml(bodyTokens);
    article.dateline = takeDateline(article.body);
    return article;
}

} // namespace toasoan::io
