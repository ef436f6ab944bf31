#include "html/HtmlSanitizer.h"

#include "html/HtmlLexer.h"
#include "html/PlainText.h"
#include "text/Normalize.h"

#include <QRegularExpression>

namespace toasoan::html {

namespace {

constexpr int kMaxDepth = 64;

bool isOneOf(const QString &name, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        if (name == QLatin1String(n)) {
            return true;
        }
    }
    return false;
}

// Elements dropped with everything inside. Raw-text ones (script, style...) are already empty
// after the lexer; these hold markup whose text must not surface either.
bool dropsContent(const QString &name)
{
    return isOneOf(name, {"head",  "select", "option", "optgroup", "datalist", "button", "applet", "frameset",
                          "audio", "video",  "canvas", "map",      "xml",      "meta",   "link",   "base",
                          "input", "embed",  "param",  "source",   "track",    "area",   "frame"}) ||
           isRcdataElement(name) || name.startsWith(QLatin1String("w:")) || name.startsWith(QLatin1String("m:")) ||
           name.startsWith(QLatin1String("v:"));
}

bool isVoid(const QString &name)
{
    return isOneOf(name, {"br", "img", "hr", "wbr", "meta", "link", "base", "input", "embed", "param", "source",
                          "track", "area", "col", "frame"});
}

QString canonical(const QString &name)
{
    if (name == QLatin1String("b")) {
        return QStringLiteral("strong");
    }
    if (name == QLatin1String("i")) {
        return QStringLiteral("em");
    }
    if (isOneOf(name, {"strike", "del"})) {
        return QStringLiteral("s");
    }
    if (name == QLatin1String("h1")) {
        return QStringLiteral("h2");
    }
    if (isOneOf(name, {"h5", "h6"})) {
        return QStringLiteral("h4");
    }
    return name;
}

bool isParagraphLike(const QString &t)
{
    return isOneOf(t, {"p", "h2", "h3", "h4"});
}
bool isInline(const QString &t)
{
    return isOneOf(t, {"strong", "em", "u", "s", "sub", "sup", "a"});
}
bool isContainer(const QString &t)
{
    return isOneOf(t, {"li", "td", "th", "blockquote", "figure", "figcaption", "caption"});
}
bool isBoundary(const QString &t)
{
    return isOneOf(t, {"div",  "section",  "article", "header",  "footer", "main", "aside",
                       "nav",  "center",   "address", "dl",      "dt",     "dd",   "pre",
                       "form", "fieldset", "details", "summary", "body",   "html"});
}
bool isTableStructure(const QString &t)
{
    return isOneOf(t, {"table", "thead", "tbody", "tfoot", "tr"});
}
// Removed when nothing visible ended up inside them.
bool removableWhenEmpty(const QString &t)
{
    return isParagraphLike(t) || isInline(t) || isOneOf(t, {"blockquote", "figcaption", "ul", "ol", "figure", "li"});
}

bool hasVisibleText(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace() && c.unicode() != 0xA0 && c.unicode() != 0x200B && c.unicode() != 0xFEFF) {
            return true;
        }
    }
    return false;
}

QString smallNumber(const QString &value, int maxDigits)
{
    static const QRegularExpression digits(QStringLiteral("^\\s*(\\d{1,9})\\s*(px)?\\s*$"));
    const auto m = digits.match(value);
    if (!m.hasMatch() || m.captured(1).size() > maxDigits) {
        return {};
    }
    const qlonglong n = m.captured(1).toLongLong();
    return n > 0 ? QString::number(n) : QString();
}

QString compactUrl(const QString &url)
{
    // Browsers ignore tabs and newlines inside URLs and trim spaces/controls at both ends.
    QString out;
    for (const QChar c : url) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7F) {
            out.append(c);
        } else if (c == QLatin1Char(' ')) {
            out.append(QLatin1String("%20"));
        }
    }
    while (out.startsWith(QLatin1String("%20"))) {
        out.remove(0, 3);
    }
    while (out.endsWith(QLatin1String("%20"))) {
        out.chop(3);
    }
    return out;
}

// WordPress's image classes: alignment (alignleft, alignright, aligncenter, alignnone), the
// attachment (wp-image-N) and the size shown (size-full, size-medium_large...). Nothing else.
bool isImageClass(const QString &name)
{
    static const QRegularExpression allowed(
        QStringLiteral("^(?:align(?:left|right|center|none)|wp-image-\\d{1,18}|size-[a-z0-9][a-z0-9_-]{0,30})$"));
    return allowed.match(name).hasMatch();
}

// The allowed classes of `lists` (class attribute values), in order, without duplicates.
QString imageClasses(const QStringList &lists)
{
    static const QRegularExpression spaces(QStringLiteral("[ \t\n\f\r]+"));
    QStringList kept;
    for (const QString &list : lists) {
        for (const QString &name : list.split(spaces, Qt::SkipEmptyParts)) {
            if (isImageClass(name) && !kept.contains(name)) {
                kept.append(name);
            }
        }
    }
    return kept.join(QLatin1Char(' '));
}

QString classAttribute(const QString &classes)
{
    return classes.isEmpty() ? QString() : QStringLiteral(" class=\"") + classes + QLatin1Char('"');
}

bool isLocalMedia(const QString &src)
{
    static const QRegularExpression local(QStringLiteral("^media:\\d{1,18}$"));
    return local.match(src).hasMatch();
}

struct Open
{
    QString tag;
    qsizetype outStart = 0;
    bool hasContent = false;
};

class Sanitizer
{
public:
    explicit Sanitizer(const SanitizeOptions &options) : m_options(options) {}

    QString run(const QList<Token> &tokens)
    {
        for (const Token &t : tokens) {
            if (!m_dropping.isEmpty()) {
                skip(t);
            } else if (t.kind == Token::Kind::Text) {
                text(t.text);
            } else if (t.kind == Token::Kind::Start) {
                start(t);
            } else {
                end(canonical(t.name));
            }
        }
        while (!m_stack.isEmpty()) {
            pop();
        }
        return m_out;
    }

private:
    void skip(const Token &t)
    {
        if (t.kind == Token::Kind::Start && t.name == m_dropping.constLast() && !t.selfClosing) {
            m_dropping.append(t.name);
        } else if (t.kind == Token::Kind::End && t.name == m_dropping.constLast()) {
            m_dropping.removeLast();
        }
    }

    qsizetype find(const QString &tag) const
    {
        for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
            if (m_stack.at(i).tag == tag) {
                return i;
            }
        }
        return -1;
    }

    qsizetype findAny(std::initializer_list<const char *> tags) const
    {
        for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
            if (isOneOf(m_stack.at(i).tag, tags)) {
                return i;
            }
        }
        return -1;
    }

    void pop()
    {
        const Open open = m_stack.takeLast();
        if (!open.hasContent && removableWhenEmpty(open.tag)) {
            m_out.truncate(open.outStart);
        } else {
            m_out += QStringLiteral("</") + open.tag + QLatin1Char('>');
        }
    }

    void closeTo(qsizetype index)
    {
        while (m_stack.size() > index) {
            pop();
        }
    }

    void push(const QString &tag, const QString &attributes = {})
    {
        m_stack.append(Open{tag, m_out.size(), false});
        m_out += QLatin1Char('<') + tag + attributes + QLatin1Char('>');
    }

    void markContent()
    {
        for (qsizetype i = m_stack.size() - 1; i >= 0 && !m_stack[i].hasContent; --i) {
            m_stack[i].hasContent = true;
        }
    }

    // Closes an open paragraph or heading that is not inside a container opened after it.
    void closeParagraph()
    {
        for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
            const QString &t = m_stack.at(i).tag;
            if (isParagraphLike(t)) {
                closeTo(i);
                return;
            }
            if (isContainer(t) || isTableStructure(t) || isOneOf(t, {"ul", "ol"})) {
                return;
            }
        }
    }

    // Makes the current position able to hold inline content; false when it cannot (table rows).
    bool ensureInlineContext()
    {
        if (m_stack.isEmpty()) {
            push(QStringLiteral("p"));
            return true;
        }
        const QString &top = m_stack.constLast().tag;
        if (isOneOf(top, {"ul", "ol"})) {
            push(QStringLiteral("li"));
            return true;
        }
        return !isTableStructure(top);
    }

    void text(const QString &raw)
    {
        const QString value = text::normalize(raw);
        if (!hasVisibleText(value)) {
            if (!m_stack.isEmpty() && !isTableStructure(m_stack.constLast().tag) &&
                !isOneOf(m_stack.constLast().tag, {"ul", "ol"})) {
                m_out += escapeText(value);
            }
            return;
        }
        if (!ensureInlineContext()) {
            return;
        }
        m_out += escapeText(value);
        markContent();
    }

    void start(const Token &token)
    {
        const QString tag = canonical(token.name);
        if (dropsContent(tag)) {
            if (!isVoid(tag) && !token.selfClosing) {
                m_dropping.append(tag);
            }
            return;
        }
        if (isBoundary(tag)) {
            closeParagraph();
            return;
        }
        if (m_stack.size() >= kMaxDepth) {
            return; // unwrapped: absurd nesting is an attack or a broken file, not an article
        }
        if (tag == QLatin1String("br")) {
            if (ensureInlineContext()) {
                m_out += QLatin1String("<br>");
            }
        } else if (tag == QLatin1String("img")) {
            image(token);
        } else if (tag == QLatin1String("hr")) {
            closeParagraph();
            m_out += QLatin1String("<hr>");
        } else if (isParagraphLike(tag)) {
            closeParagraph();
            if (!m_stack.isEmpty() &&
                (isTableStructure(m_stack.constLast().tag) || isOneOf(m_stack.constLast().tag, {"ul", "ol"}))) {
                return; // a paragraph directly in a list or table row: keep its text only
            }
            push(tag);
        } else if (isOneOf(tag, {"ul", "ol", "blockquote", "table", "figure"})) {
            closeParagraph();
            if (!m_stack.isEmpty() && isTableStructure(m_stack.constLast().tag)) {
                return;
            }
            QString attributes;
            if (tag == QLatin1String("figure")) {
                attributes = classAttribute(imageClasses({token.attribute(QStringLiteral("class"))}));
            }
            if (tag == QLatin1String("ol")) {
                const QString startAt = smallNumber(token.attribute(QStringLiteral("start")), 6);
                if (!startAt.isEmpty()) {
                    attributes = QStringLiteral(" start=\"") + startAt + QLatin1Char('"');
                }
            }
            push(tag, attributes);
        } else if (tag == QLatin1String("li")) {
            const qsizetype list = findAny({"ul", "ol"});
            if (list < 0 || find(QStringLiteral("table")) > list) {
                closeParagraph();
                push(QStringLiteral("p"));
                return;
            }
            closeTo(list + 1);
            push(tag);
        } else if (isOneOf(tag, {"thead", "tbody", "tfoot", "caption"})) {
            const qsizetype table = find(QStringLiteral("table"));
            if (table >= 0) {
                closeTo(table + 1);
                push(tag);
            }
        } else if (tag == QLatin1String("tr")) {
            const qsizetype section = findAny({"table", "thead", "tbody", "tfoot"});
            if (section >= 0) {
                closeTo(section + 1);
                push(tag);
            }
        } else if (isOneOf(tag, {"td", "th"})) {
            const qsizetype row = find(QStringLiteral("tr"));
            if (row >= 0 && row >= find(QStringLiteral("table"))) {
                closeTo(row + 1);
                QString attributes;
                for (const char *name : {"colspan", "rowspan"}) {
                    const QString n = smallNumber(token.attribute(QLatin1String(name)), 3);
                    if (!n.isEmpty()) {
                        attributes +=
                            QLatin1Char(' ') + QLatin1String(name) + QStringLiteral("=\"") + n + QLatin1Char('"');
                    }
                }
                push(tag, attributes);
                m_stack.last().hasContent = true; // cells keep the table's shape even when empty
            }
        } else if (tag == QLatin1String("figcaption")) {
            const qsizetype figure = find(QStringLiteral("figure"));
            if (figure >= 0) {
                closeTo(figure + 1);
                push(tag);
            } else {
                closeParagraph();
                push(QStringLiteral("p"));
            }
        } else if (tag == QLatin1String("a")) {
            link(token);
        } else if (isInline(tag) && !token.selfClosing) {
            if (ensureInlineContext()) {
                push(tag);
            }
        }
        // Anything else (span, font, o:p, unknown tags) is unwrapped: its text stays.
    }

    void link(const Token &token)
    {
        const QString href = compactUrl(token.attribute(QStringLiteral("href")));
        if (token.selfClosing || href.isEmpty() || !isSafeUrl(href, true)) {
            return;
        }
        if (const qsizetype outer = find(QStringLiteral("a")); outer >= 0) {
            closeTo(outer); // links do not nest
        }
        if (!ensureInlineContext()) {
            return;
        }
        QString attributes = QStringLiteral(" href=\"") + escapeAttribute(href) + QLatin1Char('"');
        const QString title = text::normalize(token.attribute(QStringLiteral("title"))).simplified();
        if (!title.isEmpty()) {
            attributes += QStringLiteral(" title=\"") + escapeAttribute(title) + QLatin1Char('"');
        }
        push(QStringLiteral("a"), attributes);
    }

    void image(const Token &token)
    {
        QString src = compactUrl(token.attribute(QStringLiteral("src")));
        const bool local = m_options.allowLocalMedia && isLocalMedia(src);
        if (src.isEmpty() || (!local && !isSafeUrl(src, false))) {
            return;
        }
        QList<QPair<QString, QString>> extra;
        if (m_options.rewriteImage) {
            const std::optional<ImageRewrite> rewrite = m_options.rewriteImage(src);
            if (!rewrite || rewrite->src.isEmpty()) {
                return;
            }
            src = rewrite->src;
            extra = rewrite->extraAttributes;
        }
        if (!m_stack.isEmpty() && isTableStructure(m_stack.constLast().tag)) {
            return;
        }
        if (m_stack.isEmpty() || isOneOf(m_stack.constLast().tag, {"ul", "ol"})) {
            ensureInlineContext();
        }
        QString out = QStringLiteral("<img src=\"") + escapeAttribute(src) + QStringLiteral("\" alt=\"") +
                      escapeAttribute(text::normalize(token.attribute(QStringLiteral("alt"))).simplified()) +
                      QLatin1Char('"');
        for (const char *name : {"width", "height"}) {
            const QString n = smallNumber(token.attribute(QLatin1String(name)), 5);
            if (!n.isEmpty()) {
                out += QLatin1Char(' ') + QLatin1String(name) + QStringLiteral("=\"") + n + QLatin1Char('"');
            }
        }
        // The image's own classes and those the rewrite adds share one attribute, filtered alike.
        QStringList added;
        for (const auto &a : extra) {
            if (a.first == QLatin1String("class")) {
                added.append(a.second);
            }
        }
        QString own = imageClasses({token.attribute(QStringLiteral("class"))});
        if (added.join(QLatin1Char(' ')).contains(QLatin1String("wp-image-"))) {
            // The uploaded attachment's id replaces whatever id the source carried.
            static const QRegularExpression oldId(QStringLiteral("\\bwp-image-\\d+\\b"));
            own.remove(oldId);
        }
        out += classAttribute(imageClasses(QStringList{own} + added));
        static const QRegularExpression attributeName(QStringLiteral("^[a-z][a-z0-9-]{0,30}$"));
        for (const auto &a : extra) {
            if (attributeName.match(a.first).hasMatch() && !a.first.startsWith(QLatin1String("on")) &&
                a.first != QLatin1String("class")) {
                out +=
                    QLatin1Char(' ') + a.first + QStringLiteral("=\"") + escapeAttribute(a.second) + QLatin1Char('"');
            }
        }
        m_out += out + QLatin1Char('>');
        markContent();
    }

    void end(const QString &tag)
    {
        if (isBoundary(tag)) {
            closeParagraph();
            return;
        }
        const qsizetype at = find(tag);
        if (at < 0) {
            return; // a stray end tag
        }
        // An end tag does not close a table cell, list item or figure it was not opened in.
        for (qsizetype i = m_stack.size() - 1; i > at; --i) {
            const QString &t = m_stack.at(i).tag;
            if ((isContainer(t) || isTableStructure(t)) && !isContainer(tag) && !isTableStructure(tag) &&
                !isOneOf(tag, {"ul", "ol"})) {
                return;
            }
        }
        closeTo(at);
    }

    const SanitizeOptions &m_options;
    QString m_out;
    QList<Open> m_stack;
    QStringList m_dropping;
};

} // namespace

bool isSafeUrl(const QString &url, bool allowMail)
{
    QString compact;
    for (const QChar c : decodeEntities(url)) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7F && c.unicode() != 0xAD && c.unicode() != 0x200B &&
            c.unicode() != 0xFEFF) {
            compact.append(c);
        }
    }
    if (compact.isEmpty()) {
        return false;
    }
    const qsizetype colon = compact.indexOf(QLatin1Char(':'));
    static const QRegularExpression pathStart(QStringLiteral("[/?#\\\\]"));
    const qsizetype special = compact.indexOf(pathStart);
    if (colon < 0 || (special >= 0 && special < colon)) {
        return true; // relative
    }
    const QString scheme = compact.left(colon).toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
           (allowMail && scheme == QLatin1String("mailto"));
}

QString sanitize(const QString &html, const SanitizeOptions &options)
{
    return Sanitizer(options).run(tokenize(html));
}

QStringList imageSources(const QString &html, bool allowLocalMedia)
{
    QStringList sources;
    SanitizeOptions options;
    options.allowLocalMedia = allowLocalMedia;
    options.rewriteImage = [&](const QString &src) -> std::optional<ImageRewrite> {
        if (!sources.contains(src)) {
            sources.append(src);
        }
        return ImageRewrite{src, {}};
    };
    (void)sanitize(html, options);
    return sources;
}

QString plainText(const QString &html)
{
    return textBlocks(html).join(QLatin1Char(' '));
}

} // namespace toasoan::html
