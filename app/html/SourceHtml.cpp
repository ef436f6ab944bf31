#include "app/html/SourceHtml.h"

#include "app/html/BodyHtml.h"
#include "app/html/BodyWriter.h"
#include "app/html/CssStyle.h"

#include <QRegularExpression>
#include <algorithm>

namespace toasoan::html {

namespace {

constexpr qsizetype kMaxStack = 512;

bool isOneOf(const QString &name, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        if (name == QLatin1String(n)) {
            return true;
        }
    }
    return false;
}

bool isHeading(const QString &name)
{
    return name.size() == 2 && name.at(0) == QLatin1Char('h') && name.at(1) >= QLatin1Char('1') &&
           name.at(1) <= QLatin1Char('6');
}

// Elements that start a block at the top level: they end a Word list or a Qt quote run.
bool startsBlock(const QString &name)
{
    return name == QLatin1String("p") || isHeading(name) ||
           isOneOf(name, {"table", "ul", "ol", "blockquote", "div", "figure", "hr", "pre"});
}

bool isInlineWrapper(const QString &name)
{
    return isOneOf(name, {"span", "font", "b", "strong", "i", "em", "u", "a", "s", "sub", "sup", "small", "big"}) ||
           name.contains(QLatin1Char(':'));
}

// Word's list paragraphs carry "mso-list:l0 level1 lfo1"; the bullet span carries "mso-list:Ignore".
QString wordListKey(const QString &style)
{
    const QString value = styleValue(style, QStringLiteral("mso-list"));
    static const QRegularExpression list(QStringLiteral("^(l\\d+)\\s"));
    const auto m = list.match(value);
    return m.hasMatch() ? m.captured(1) : QString();
}

// "mso-list:l0 level2 lfo1": the paragraph's nesting level, 1 for the outermost list.
int wordListLevel(const QString &style)
{
    static const QRegularExpression level(QStringLiteral("\\blevel(\\d{1,2})\\b"));
    const auto m = level.match(styleValue(style, QStringLiteral("mso-list")));
    return m.hasMatch() ? std::clamp(m.captured(1).toInt(), 1, 9) : 1;
}

bool isWordListMarker(const QString &style)
{
    return styleValue(style, QStringLiteral("mso-list")) == QLatin1String("ignore");
}

// "1.", "a)", "iv." number items; anything else (·, o, §, •, -) is a bullet.
QString listTagForMarker(const QString &marker)
{
    static const QRegularExpression numbered(QStringLiteral("^\\(?([0-9]+|[a-zA-Z]|[ivxlcdmIVXLCDM]+)[.)]"));
    return numbered.match(marker.trimmed()).hasMatch() ? QStringLiteral("ol") : QStringLiteral("ul");
}

// Word's paragraph classes and outline levels that mean a heading, quote or caption.
QString wordParagraphRole(const QString &classList, const QString &style)
{
    static const QRegularExpression heading(QStringLiteral("^(?:Mso)?Heading(\\d)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    for (const QString &c : classList.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (c.compare(QLatin1String("MsoTitle"), Qt::CaseInsensitive) == 0) {
            return QStringLiteral("h1");
        }
        if (c.compare(QLatin1String("MsoSubtitle"), Qt::CaseInsensitive) == 0) {
            return QStringLiteral("h3");
        }
        if (const auto m = heading.match(c); m.hasMatch()) {
            return QStringLiteral("h") + QString::number(std::clamp(m.captured(1).toInt(), 1, 6));
        }
        if (isOneOf(c.toLower(), {"msoquote", "msointensequote", "quote", "quotations"})) {
            return QStringLiteral("blockquote");
        }
        if (isOneOf(c.toLower(), {"msocaption", "wp-caption-text"})) {
            return QStringLiteral("figcaption");
        }
    }
    const QString outline = styleValue(style, QStringLiteral("mso-outline-level"));
    if (!outline.isEmpty()) {
        return QStringLiteral("h") + QString::number(std::clamp(outline.toInt(), 1, 6));
    }
    return {};
}

int pixels(const QString &value)
{
    static const QRegularExpression number(QStringLiteral("^(-?\\d+)(?:\\.\\d+)?px$"));
    const auto m = number.match(value);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

struct Open
{
    QString source;        ///< the source element's name, to match its end tag
    QString emitted;       ///< what the writer was given (may be empty)
    QStringList formats;   ///< inline elements opened for its style
    QStringList extraEnds; ///< elements to end after it (a quote around a Word quote paragraph)
    bool wordItem = false;
};

class Feeder
{
public:
    Feeder(BodyWriter &writer, const SourceOptions &options) : m_writer(writer), m_options(options) {}

    void run(const QList<Token> &tokens)
    {
        // A document with h1 headings (Word's Heading 1, a web page's title) uses h2 for the level
        // below: shift so that both levels survive as the body's h2 and h3.
        m_shiftHeadings = clipboard() && std::any_of(tokens.cbegin(), tokens.cend(), [](const Token &t) {
                              return t.kind == Token::Kind::Start && t.name == QLatin1String("h1");
                          });
        for (const Token &t : tokens) {
            if (t.kind == Token::Kind::Text) {
                text(t.text);
            } else if (t.kind == Token::Kind::Start) {
                start(t);
                if (t.selfClosing && !isVoidElement(t.name) && m_ignoring == 0) {
                    end(t.name);
                }
            } else {
                end(t.name);
            }
        }
        while (!m_stack.isEmpty()) {
            closeTop();
        }
        closeWordList();
        closeQtQuote();
    }

private:
    bool clipboard() const { return m_options.flavor == SourceFlavor::Clipboard; }
    bool qt() const { return m_options.flavor == SourceFlavor::QtDocument; }

    bool insideWordItem() const
    {
        return std::any_of(m_stack.cbegin(), m_stack.cend(), [](const Open &o) { return o.wordItem; });
    }

    bool insideStructure() const
    {
        return std::any_of(m_stack.cbegin(), m_stack.cend(), [](const Open &o) {
            return isOneOf(o.source, {"table", "ul", "ol"});
        });
    }

    void text(const QString &characters)
    {
        if (m_writer.droppingContent()) {
            return; // a title's or a form control's text, a script's: never part of the body
        }
        if (m_ignoring > 0) {
            m_marker += characters;
            return;
        }
        flushWordItem();
        m_writer.text(characters);
    }

    void start(const Token &token)
    {
        const QString &name = token.name;
        if (m_ignoring > 0) {
            if (name == QLatin1String("span") && !token.selfClosing) {
                ++m_ignoring;
            }
            return;
        }
        const QString style = token.attribute(QStringLiteral("style"));
        if (clipboard() && name == QLatin1String("span") && isWordListMarker(style) && m_pendingItem) {
            m_ignoring = token.selfClosing ? 0 : 1;
            m_marker.clear();
            return;
        }
        if (!isInlineWrapper(name)) {
            flushWordItem(); // a bullet span may still come inside wrappers such as <span style=font-family:Symbol>
        }
        if (name == QLatin1String("img")) {
            image(token);
            return;
        }
        if (isVoidElement(name)) {
            m_writer.start(name, token.attributes);
            return;
        }
        if (m_stack.size() >= kMaxStack) {
            return;
        }

        Open open{name, name, {}, {}, false};
        if (m_shiftHeadings && name == QLatin1String("h2")) {
            open.emitted = QStringLiteral("h3");
        }
        const QString classList = token.attribute(QStringLiteral("class"));
        if (clipboard() && name == QLatin1String("p") && !wordListKey(style).isEmpty()) {
            closeQtQuote();
            m_pendingItem = true;
            m_pendingKey = wordListKey(style);
            m_pendingLevel = wordListLevel(style);
            m_marker.clear();
            open.emitted.clear();
            open.wordItem = true;
            m_stack.append(open);
            return;
        }
        if (startsBlock(name) && !insideWordItem()) {
            closeWordList();
        }
        if (qt()) {
            const bool quote = name == QLatin1String("p") && !insideStructure() &&
                               pixels(styleValue(style, QStringLiteral("margin-left"))) >= 30 &&
                               pixels(styleValue(style, QStringLiteral("margin-right"))) >= 30;
            if (quote && !m_qtQuote) {
                m_writer.start(QStringLiteral("blockquote"));
                m_qtQuote = true;
            } else if (!quote && startsBlock(name) && !insideStructure()) {
                closeQtQuote();
            }
            if (name == QLatin1String("h6")) {
                open.emitted = QStringLiteral("figcaption");
            }
            if ((name == QLatin1String("p") || isHeading(name)) && token.attribute(QStringLiteral("align")).isEmpty()) {
                // Qt writes no align for left, its default: an image paragraph without one is at the left.
                Token aligned = token;
                aligned.attributes.append({QStringLiteral("align"), QStringLiteral("left")});
                m_writer.start(open.emitted, aligned.attributes);
                m_stack.append(open);
                return;
            }
        }
        if (clipboard() && (name == QLatin1String("p") || name == QLatin1String("div"))) {
            const QString role = wordParagraphRole(classList, style);
            if (role == QLatin1String("blockquote")) {
                m_writer.start(role);
                open.emitted = QStringLiteral("p");
                open.extraEnds.append(role);
            } else if (!role.isEmpty() && name == QLatin1String("p")) {
                open.emitted = role;
            }
        }

        // Styles count on inline elements only: on blocks (a site's sapo box, its captions) they
        // are the site's decoration, which the district site's own style replaces.
        const StyleFormats f = isInlineWrapper(name) ? formatsFromStyle(style) : StyleFormats{};
        if ((isOneOf(name, {"b", "strong"}) && f.notBold) || (isOneOf(name, {"i", "em"}) && f.notItalic)) {
            open.emitted.clear(); // Google Docs: <b style="font-weight:normal"> around everything
        }
        if (name == QLatin1String("a") && m_options.baseUrl.isValid()) {
            BodyWriter::Attributes attributes = token.attributes;
            for (auto &a : attributes) {
                if (a.first == QLatin1String("href")) {
                    a.second = resolved(a.second);
                }
            }
            m_writer.start(open.emitted, attributes);
        } else if (!open.emitted.isEmpty()) {
            m_writer.start(open.emitted, token.attributes);
        }
        if (f.bold && !isOneOf(name, {"b", "strong"})) {
            open.formats.append(QStringLiteral("strong"));
        }
        if (f.italic && !isOneOf(name, {"i", "em"})) {
            open.formats.append(QStringLiteral("em"));
        }
        if (f.underline && name != QLatin1String("u")) {
            open.formats.append(QStringLiteral("u"));
        }
        for (const QString &format : std::as_const(open.formats)) {
            m_writer.start(format);
        }
        m_stack.append(open);
    }

    void image(const Token &token)
    {
        BodyWriter::Attributes attributes;
        QString src = resolved(token.attribute(QStringLiteral("src")));
        if (m_options.resolveImage) {
            src = m_options.resolveImage(src);
        }
        attributes.append({QStringLiteral("src"), src});
        attributes.append({QStringLiteral("alt"), token.attribute(QStringLiteral("alt"))});
        attributes.append({QStringLiteral("class"), token.attribute(QStringLiteral("class"))});
        // <img align=right> (Word, old pages) and float:right both put the image at that side.
        QString side = token.attribute(QStringLiteral("align"));
        if (side.isEmpty()) {
            side = styleValue(token.attribute(QStringLiteral("style")), QStringLiteral("float"));
        }
        if (alignmentFromKeyword(side)) {
            attributes.append({QStringLiteral("data-align"), side});
        }
        m_writer.start(QStringLiteral("img"), attributes);
    }

    QString resolved(const QString &url) const { return resolveUrl(url, m_options.baseUrl); }

    void end(const QString &name)
    {
        if (m_ignoring > 0) {
            if (name == QLatin1String("span") && --m_ignoring == 0) {
                flushWordItem();
            }
            return;
        }
        qsizetype at = m_stack.size() - 1;
        while (at >= 0 && m_stack.at(at).source != name) {
            --at;
        }
        if (at < 0) {
            return; // a stray end tag
        }
        if (isInlineWrapper(name)) {
            // <b>a<i>b</b>c</i>: as browsers do, the italic goes on after the bold ends.
            close(m_stack.takeAt(at));
            return;
        }
        while (m_stack.size() > at) {
            closeTop();
        }
    }

    void closeTop() { close(m_stack.takeLast()); }

    void close(const Open &open)
    {
        for (auto it = open.formats.crbegin(); it != open.formats.crend(); ++it) {
            m_writer.end(*it);
        }
        if (open.wordItem) {
            flushWordItem();
            m_writer.end(QStringLiteral("li"));
            return;
        }
        if (!open.emitted.isEmpty()) {
            m_writer.end(open.emitted);
        }
        for (const QString &extra : open.extraEnds) {
            m_writer.end(extra);
        }
    }

    // The list type is known once the bullet span has been read: open the list, then the item.
    void flushWordItem()
    {
        if (!m_pendingItem) {
            return;
        }
        m_pendingItem = false;
        const QString tag = listTagForMarker(m_marker);
        if (m_wordListKey != m_pendingKey) {
            closeWordList();
        }
        m_wordListKey = m_pendingKey;
        // A deeper level opens a list inside the previous item (the writer joins a list that follows
        // an item to it); a shallower one closes the lists below it.
        while (m_wordLists.size() > m_pendingLevel ||
               (m_wordLists.size() == m_pendingLevel && m_wordLists.constLast() != tag)) {
            m_writer.end(m_wordLists.takeLast());
        }
        while (m_wordLists.size() < m_pendingLevel) {
            m_writer.start(tag);
            m_wordLists.append(tag);
        }
        m_writer.start(QStringLiteral("li"));
    }

    void closeWordList()
    {
        while (!m_wordLists.isEmpty()) {
            m_writer.end(m_wordLists.takeLast());
        }
        m_wordListKey.clear();
    }

    void closeQtQuote()
    {
        if (m_qtQuote) {
            m_writer.end(QStringLiteral("blockquote"));
            m_qtQuote = false;
        }
    }

    BodyWriter &m_writer;
    const SourceOptions &m_options;
    QList<Open> m_stack;
    int m_ignoring = 0;
    QString m_marker;
    bool m_pendingItem = false;
    QString m_pendingKey;
    int m_pendingLevel = 1;
    QStringList m_wordLists; ///< the Word lists open, one a level (their tags)
    QString m_wordListKey;
    bool m_qtQuote = false;
    bool m_shiftHeadings = false;
};

} // namespace

void feedSource(const QList<Token> &tokens, BodyWriter &writer, const SourceOptions &options)
{
    Feeder(writer, options).run(tokens);
}

} // namespace toasoan::html
