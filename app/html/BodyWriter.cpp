#include "html/BodyWriter.h"

#include "html/BodyHtml.h"
#include "html/CssStyle.h"
#include "html/HtmlLexer.h"
#include "text/Normalize.h"

#include <algorithm>
#include <optional>

namespace toasoan::html {

namespace {

// Absurd nesting is an attack or a broken file; deeper elements are unwrapped.
constexpr qsizetype kMaxScopes = 256;
constexpr qsizetype kMaxFormats = 32;

bool isOneOf(const QString &name, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        if (name == QLatin1String(n)) {
            return true;
        }
    }
    return false;
}

QString inlineTag(const QString &name)
{
    if (isOneOf(name, {"strong", "b"})) {
        return QStringLiteral("strong");
    }
    if (isOneOf(name, {"em", "i"})) {
        return QStringLiteral("em");
    }
    if (isOneOf(name, {"u", "a"})) {
        return name;
    }
    return {};
}

int headingLevel(const QString &name)
{
    if (name.size() == 2 && name.at(0) == QLatin1Char('h') && name.at(1) >= QLatin1Char('1') &&
        name.at(1) <= QLatin1Char('6')) {
        return name.at(1).unicode() - '0';
    }
    return 0;
}

bool isBoundary(const QString &name)
{
    return isOneOf(name, {"div",  "section",  "article", "header",  "footer", "main", "aside",
                          "nav",  "center",   "address", "dl",      "dt",     "dd",   "pre",
                          "form", "fieldset", "details", "summary", "body",   "html", "hr"});
}

bool dropsContent(const QString &name)
{
    return isOneOf(name, {"head",   "title",  "script",   "style",    "select", "option", "optgroup", "datalist",
                          "button", "applet", "frameset", "audio",    "video",  "canvas", "map",      "xml",
                          "iframe", "object", "noscript", "template", "svg",    "math",   "textarea"}) ||
           name.startsWith(QLatin1String("w:")) || name.startsWith(QLatin1String("m:")) ||
           name.startsWith(QLatin1String("v:"));
}

bool isVoid(const QString &name)
{
    return isOneOf(name, {"br", "img", "hr", "wbr", "meta", "link", "base", "input", "embed", "param", "source",
                          "track", "area", "col"});
}

bool isCollapsible(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r') ||
           c == QLatin1Char('\f');
}

bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0xA0 || u == 0x200B || u == 0xFEFF || u == 0xAD || u == 0x2060 || c.isSpace();
}

QString attribute(const BodyWriter::Attributes &attributes, const char *name)
{
    for (const auto &a : attributes) {
        if (a.first == QLatin1String(name)) {
            return a.second;
        }
    }
    return {};
}

std::optional<ImageAlignment> blockAlignment(const BodyWriter::Attributes &attributes)
{
    if (auto a = alignmentFromKeyword(attribute(attributes, "align"))) {
        return a;
    }
    return alignmentFromKeyword(styleValue(attribute(attributes, "style"), QStringLiteral("text-align")));
}

struct Format
{
    QString tag;
    QString href; ///< links only; empty for a link whose URL is not allowed (its text stays)
    bool operator==(const Format &) const = default;
};

enum class Container
{
    None,
    List,
    Quote,
    Table,
    Figure,
};

enum class Block
{
    None,
    Paragraph,
    Heading2,
    Heading3,
    Item,
    QuoteParagraph,
    Cell,
    Caption,
    TableCaption,
};

struct Cell
{
    bool header = false;
    QString html;
};

struct Row
{
    bool header = false;
    QList<Cell> cells;
};

} // namespace

struct BodyWriter::Private
{
    QString out;

    // The block being written.
    Block block = Block::None;
    QString content;
    bool hasText = false;
    bool visible = false;
    bool pendingSpace = false;
    bool pendingBreak = false;
    qsizetype lastBreak = -1;
    QList<Format> written;
    bool formatsDirty = true; ///< `written` may differ from desired(): recompute before the next text

    // What the source has open.
    QList<Format> active;
    QList<QPair<QString, qsizetype>> scopes;
    QStringList dropping;
    std::optional<ImageAlignment> blockAlign;
    std::optional<ImageAlignment> figureAlign;

    Container container = Container::None;
    QString listTag;
    int listDepth = 0;
    QStringList items;
    int quoteDepth = 0;
    QStringList quoteParagraphs;
    QList<Row> rows;
    bool inHead = false;
    bool inCell = false;
    bool cellHeader = false;
    int flatTables = 0;
    QStringList tableCaptions;
    QString figure;
    bool figureHasCaption = false;
    int dropped = 0;

    void appendBlock(const QString &html)
    {
        if (!out.isEmpty()) {
            out += QLatin1Char('\n');
        }
        out += html;
    }

    QList<Format> desired() const
    {
        QList<Format> wanted;
        const bool headingBlock =
            block == Block::Heading2 || block == Block::Heading3 || (block == Block::Cell && cellHeader);
        const bool linked = std::any_of(active.cbegin(), active.cend(), [](const Format &f) {
            return f.tag == QLatin1String("a") && !f.href.isEmpty();
        });
        bool inLink = false;
        for (const Format &f : active) {
            if (f.tag == QLatin1String("a")) {
                if (f.href.isEmpty() || inLink) {
                    continue;
                }
                inLink = true;
            } else if ((f.tag == QLatin1String("strong") && headingBlock) || (f.tag == QLatin1String("u") && linked) ||
                       std::any_of(wanted.cbegin(), wanted.cend(), [&](const Format &w) { return w.tag == f.tag; })) {
                continue;
            }
            wanted.append(f);
        }
        return wanted;
    }

    // Closes the written formats the source no longer has open; returns those still to open.
    QList<Format> closeStale()
    {
        QList<Format> wanted = desired();
        qsizetype same = 0;
        while (same < written.size() && same < wanted.size() && written.at(same) == wanted.at(same)) {
            ++same;
        }
        while (written.size() > same) {
            content += QStringLiteral("</") + written.takeLast().tag + QLatin1Char('>');
        }
        return wanted.mid(same);
    }

    void openFormats(const QList<Format> &formats)
    {
        for (const Format &f : formats) {
            if (f.tag == QLatin1String("a")) {
                content += QStringLiteral("<a href=\"") + escapeAttribute(f.href) + QStringLiteral("\">");
            } else {
                content += QLatin1Char('<') + f.tag + QLatin1Char('>');
            }
            written.append(f);
        }
    }

    void openBlock(Block kind)
    {
        closeBlock();
        block = kind;
        formatsDirty = true;
    }

    void closeBlock()
    {
        if (block == Block::None) {
            return;
        }
        if (lastBreak >= 0) {
            content.truncate(lastBreak); // a break that ends a block shows nothing
        }
        while (!written.isEmpty()) {
            content += QStringLiteral("</") + written.takeLast().tag + QLatin1Char('>');
        }
        const QString inner = visible ? content : QString();
        switch (block) {
        case Block::Paragraph:
        case Block::Heading2:
        case Block::Heading3: {
            const QString tag = block == Block::Paragraph  ? QStringLiteral("p")
                                : block == Block::Heading2 ? QStringLiteral("h2")
                                                           : QStringLiteral("h3");
            if (visible) {
                appendBlock(QLatin1Char('<') + tag + QLatin1Char('>') + inner + QStringLiteral("</") + tag +
                            QLatin1Char('>'));
            }
            break;
        }
        case Block::Item:
            if (visible) {
                items.append(QStringLiteral("<li>") + inner + QStringLiteral("</li>"));
            }
            break;
        case Block::QuoteParagraph:
            if (visible) {
                quoteParagraphs.append(QStringLiteral("<p>") + inner + QStringLiteral("</p>"));
            }
            break;
        case Block::Cell:
            if (rows.isEmpty()) {
                rows.append(Row{inHead, {}});
            }
            rows.last().cells.append(Cell{cellHeader, inner});
            break;
        case Block::Caption:
            if (visible) {
                figure += QStringLiteral("<figcaption>") + inner + QStringLiteral("</figcaption>");
                figureHasCaption = true;
            }
            break;
        case Block::TableCaption:
            if (visible) {
                tableCaptions.append(QStringLiteral("<p>") + inner + QStringLiteral("</p>"));
            }
            break;
        case Block::None:
            break;
        }
        block = Block::None;
        formatsDirty = true;
        content.clear();
        hasText = visible = pendingSpace = pendingBreak = false;
        lastBreak = -1;
    }

    // Makes room for inline content; false where the subset has none (between table rows).
    bool ensureBlock()
    {
        if (block != Block::None) {
            return true;
        }
        switch (container) {
        case Container::None:
            openBlock(Block::Paragraph);
            return true;
        case Container::Figure:
            closeFigure();
            openBlock(Block::Paragraph);
            return true;
        case Container::Quote:
            openBlock(Block::QuoteParagraph);
            return true;
        case Container::List:
            openBlock(Block::Item);
            return true;
        case Container::Table:
            return false;
        }
        return false;
    }

    void closeFigure()
    {
        if (container != Container::Figure) {
            return;
        }
        closeBlock();
        appendBlock(figure + QStringLiteral("</figure>"));
        figure.clear();
        container = Container::None;
    }

    void closeList()
    {
        closeBlock();
        if (!items.isEmpty()) {
            appendBlock(QLatin1Char('<') + listTag + QStringLiteral(">\n") + items.join(QLatin1Char('\n')) +
                        QStringLiteral("\n</") + listTag + QLatin1Char('>'));
        }
        items.clear();
        listDepth = 0;
        container = Container::None;
    }

    void closeQuote()
    {
        closeBlock();
        if (!quoteParagraphs.isEmpty()) {
            appendBlock(QStringLiteral("<blockquote>\n") + quoteParagraphs.join(QLatin1Char('\n')) +
                        QStringLiteral("\n</blockquote>"));
        }
        quoteParagraphs.clear();
        quoteDepth = 0;
        container = Container::None;
    }

    void closeCell()
    {
        if (inCell) {
            closeBlock();
            inCell = false;
        }
    }

    void closeTable();

    void writeSpace()
    {
        if (pendingSpace && hasText && lastBreak < 0) {
            content += QLatin1Char(' ');
        }
        pendingSpace = false;
    }

    void closeContainer()
    {
        switch (container) {
        case Container::List:
            closeList();
            break;
        case Container::Quote:
            closeQuote();
            break;
        case Container::Table:
            closeTable();
            break;
        case Container::Figure:
            closeFigure();
            break;
        case Container::None:
            closeBlock();
            break;
        }
    }

    // A block boundary inside a list item or table cell: the next text goes on a new line.
    void breakInside()
    {
        if (hasText) {
            pendingBreak = true;
        }
    }

    void text(const QString &characters);
    void lineBreak();
    void image(const BodyWriter::Attributes &attributes);
    void paragraphStart(const QString &name, const BodyWriter::Attributes &attributes);
    void structureStart(const QString &name, const BodyWriter::Attributes &attributes);
    void structureEnd(const QString &name);
};

void BodyWriter::Private::closeTable()
{
    closeCell();
    closeBlock();
    for (const QString &caption : std::as_const(tableCaptions)) {
        appendBlock(caption);
    }
    tableCaptions.clear();
    container = Container::None;
    QList<Row> kept;
    qsizetype columns = 0;
    bool anyText = false;
    for (const Row &row : std::as_const(rows)) {
        if (!row.cells.isEmpty()) {
            kept.append(row);
            columns = std::max(columns, row.cells.size());
            anyText = anyText || std::any_of(row.cells.cbegin(), row.cells.cend(),
                                             [](const Cell &c) { return !c.html.isEmpty(); });
        }
    }
    rows.clear();
    if (!anyText) {
        return;
    }
    // Header rows lead the table: rows from <thead>, or a first row made only of <th>.
    qsizetype headerRows = 0;
    while (headerRows < kept.size() && kept.at(headerRows).header) {
        ++headerRows;
    }
    if (headerRows == 0 && kept.size() > 1 &&
        std::all_of(kept.first().cells.cbegin(), kept.first().cells.cend(), [](const Cell &c) { return c.header; })) {
        headerRows = 1;
    }
    const auto rowHtml = [&](const Row &row, bool header) -> QString {
        const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
        QString html = QStringLiteral("<tr>");
        for (qsizetype c = 0; c < columns; ++c) {
            html += QLatin1Char('<') + tag + QLatin1Char('>') +
                    (c < row.cells.size() ? row.cells.at(c).html : QString()) + QStringLiteral("</") + tag +
                    QLatin1Char('>');
        }
        return html + QStringLiteral("</tr>\n");
    };
    QString html = QStringLiteral("<table>\n");
    if (headerRows > 0) {
        html += QStringLiteral("<thead>\n");
        for (qsizetype r = 0; r < headerRows; ++r) {
            html += rowHtml(kept.at(r), true);
        }
        html += QStringLiteral("</thead>\n");
    }
    if (headerRows < kept.size()) {
        html += QStringLiteral("<tbody>\n");
        for (qsizetype r = headerRows; r < kept.size(); ++r) {
            html += rowHtml(kept.at(r), false);
        }
        html += QStringLiteral("</tbody>\n");
    }
    appendBlock(html + QStringLiteral("</table>"));
}

void BodyWriter::Private::text(const QString &characters)
{
    for (const QChar c : characters) {
        if (isCollapsible(c)) {
            pendingSpace = true;
            continue;
        }
        if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
            continue; // controls have no place in an article
        }
        if (!ensureBlock()) {
            continue;
        }
        if (pendingBreak) {
            lastBreak = -1;
            content += QLatin1String("<br>");
            pendingBreak = false;
            pendingSpace = false;
        }
        if (formatsDirty) {
            const QList<Format> toOpen = closeStale();
            writeSpace();
            openFormats(toOpen);
            formatsDirty = false;
        } else {
            writeSpace();
        }
        if (c == QLatin1Char('&')) {
            content += QLatin1String("&amp;");
        } else if (c == QLatin1Char('<')) {
            content += QLatin1String("&lt;");
        } else if (c == QLatin1Char('>')) {
            content += QLatin1String("&gt;");
        } else {
            content += c;
        }
        hasText = true;
        visible = visible || !isInvisible(c);
        lastBreak = -1;
    }
}

void BodyWriter::Private::lineBreak()
{
    if (block == Block::None || !hasText) {
        return; // a break before any text shows nothing
    }
    if (lastBreak >= 0) {
        if (block == Block::Paragraph || block == Block::QuoteParagraph) {
            content.truncate(lastBreak); // <br><br>: the web's way of starting a paragraph
            lastBreak = -1;
            closeBlock();
        }
        return;
    }
    pendingSpace = false;
    pendingBreak = false;
    lastBreak = content.size();
    content += QLatin1String("<br>");
}

void BodyWriter::Private::image(const BodyWriter::Attributes &attributes)
{
    const QString src = attribute(attributes, "src").trimmed();
    if (!isBodyImageSource(src) || container == Container::List || container == Container::Table) {
        ++dropped;
        return;
    }
    std::optional<ImageAlignment> align = alignmentFromKeyword(attribute(attributes, "data-align"));
    if (!align) {
        align = alignmentFromClass(attribute(attributes, "class"));
    }
    if (!align) {
        align = figureAlign ? figureAlign : blockAlign;
    }
    closeBlock();
    if (container == Container::Quote || container == Container::Figure) {
        closeContainer();
    }
    container = Container::Figure;
    figureHasCaption = false;
    figure = QStringLiteral("<figure class=\"") + alignmentClass(align.value_or(ImageAlignment::Center)) +
             QStringLiteral("\"><img src=\"") + escapeAttribute(src) + QStringLiteral("\" alt=\"") +
             escapeAttribute(attribute(attributes, "alt").simplified()) + QStringLiteral("\">");
}

void BodyWriter::Private::paragraphStart(const QString &name, const BodyWriter::Attributes &attributes)
{
    blockAlign = blockAlignment(attributes);
    switch (container) {
    case Container::List:
    case Container::Table:
        breakInside();
        return;
    case Container::Quote:
        openBlock(Block::QuoteParagraph);
        return;
    case Container::Figure:
        closeFigure();
        break;
    case Container::None:
        break;
    }
    const int level = headingLevel(name);
    openBlock(level == 0 ? Block::Paragraph : level <= 2 ? Block::Heading2 : Block::Heading3);
}

void BodyWriter::Private::structureStart(const QString &name, const BodyWriter::Attributes &attributes)
{
    const bool tablePart = isOneOf(name, {"table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"});
    if (tablePart && (flatTables > 0 || (container != Container::Table && name != QLatin1String("table")))) {
        // A table inside a list item or a cell: its text stays, one row per line.
        if (name == QLatin1String("table")) {
            ++flatTables;
        }
        if (isOneOf(name, {"td", "th"})) {
            pendingSpace = true;
        } else {
            breakInside();
        }
        return;
    }
    if (name == QLatin1String("table")) {
        if (container == Container::List || container == Container::Table) {
            ++flatTables;
            breakInside();
            return;
        }
        closeContainer();
        container = Container::Table;
        inHead = false;
        inCell = false;
    } else if (isOneOf(name, {"thead", "tbody", "tfoot"})) {
        closeCell();
        inHead = name == QLatin1String("thead");
    } else if (name == QLatin1String("tr")) {
        closeCell();
        rows.append(Row{inHead, {}});
    } else if (isOneOf(name, {"td", "th"})) {
        closeCell();
        if (rows.isEmpty()) {
            rows.append(Row{inHead, {}});
        }
        inCell = true;
        cellHeader = name == QLatin1String("th") || inHead;
        openBlock(Block::Cell);
    } else if (name == QLatin1String("caption")) {
        closeCell();
        openBlock(Block::TableCaption);
    } else if (isOneOf(name, {"ul", "ol"})) {
        if (container == Container::List) {
            ++listDepth;
            closeBlock(); // nested items become siblings: the subset's lists are flat
        } else if (container == Container::Table) {
            breakInside();
        } else {
            closeContainer();
            container = Container::List;
            listTag = name;
            listDepth = 1;
        }
    } else if (name == QLatin1String("li")) {
        if (container == Container::List) {
            openBlock(Block::Item);
        } else if (container == Container::Table) {
            breakInside();
        } else {
            paragraphStart(QStringLiteral("p"), attributes);
        }
    } else if (name == QLatin1String("blockquote")) {
        if (container == Container::Quote) {
            ++quoteDepth;
            closeBlock();
        } else if (container == Container::List || container == Container::Table) {
            breakInside();
        } else {
            closeContainer();
            container = Container::Quote;
            quoteDepth = 1;
        }
    } else if (name == QLatin1String("figure")) {
        if (container == Container::None) {
            closeBlock();
        }
        figureAlign = alignmentFromClass(attribute(attributes, "class"));
    } else if (name == QLatin1String("figcaption")) {
        if (container == Container::Figure && !figureHasCaption) {
            openBlock(Block::Caption);
        } else {
            paragraphStart(QStringLiteral("p"), attributes);
        }
    } else if (name == QLatin1String("p") || headingLevel(name) > 0) {
        paragraphStart(name, attributes);
    } else if (isBoundary(name)) {
        if (container == Container::List || container == Container::Table) {
            breakInside();
        } else if (block != Block::Caption) {
            closeBlock();
        }
        if (name != QLatin1String("hr")) {
            blockAlign = blockAlignment(attributes);
        }
    }
}

void BodyWriter::Private::structureEnd(const QString &name)
{
    const bool tablePart = isOneOf(name, {"table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"});
    if (tablePart && flatTables > 0) {
        if (name == QLatin1String("table")) {
            --flatTables;
        }
        return;
    }
    if (name == QLatin1String("table")) {
        if (container == Container::Table) {
            closeTable();
        }
    } else if (isOneOf(name, {"td", "th", "tr"})) {
        if (container == Container::Table) {
            closeCell();
        }
    } else if (name == QLatin1String("thead")) {
        closeCell();
        inHead = false;
    } else if (name == QLatin1String("caption")) {
        if (block == Block::TableCaption) {
            closeBlock();
        }
    } else if (isOneOf(name, {"ul", "ol"})) {
        if (container == Container::List) {
            if (--listDepth <= 0) {
                closeList();
            } else {
                closeBlock();
            }
        }
    } else if (name == QLatin1String("li")) {
        if (container == Container::List) {
            closeBlock();
        } else if (block == Block::Paragraph) {
            closeBlock();
        }
    } else if (name == QLatin1String("blockquote")) {
        if (container == Container::Quote) {
            if (--quoteDepth <= 0) {
                closeQuote();
            } else {
                closeBlock();
            }
        }
    } else if (name == QLatin1String("figcaption")) {
        if (block == Block::Caption) {
            closeFigure();
        } else if (block == Block::Paragraph) {
            closeBlock();
        }
    } else if (name == QLatin1String("figure")) {
        figureAlign.reset();
        closeFigure();
    } else if (name == QLatin1String("p") || headingLevel(name) > 0) {
        blockAlign.reset();
        if (block == Block::Paragraph || block == Block::Heading2 || block == Block::Heading3 ||
            block == Block::QuoteParagraph) {
            closeBlock();
        }
    } else if (isBoundary(name)) {
        blockAlign.reset();
        if (container == Container::List || container == Container::Table) {
            breakInside();
        } else if (block != Block::Caption) {
            closeBlock();
        }
    }
}

BodyWriter::BodyWriter() : d(new Private) {}

BodyWriter::~BodyWriter()
{
    delete d;
}

void BodyWriter::start(const QString &name, const Attributes &attributes)
{
    if (!d->dropping.isEmpty()) {
        if (name == d->dropping.constLast() && !isVoid(name)) {
            d->dropping.append(name);
        }
        return;
    }
    if (dropsContent(name)) {
        d->dropping.append(name);
        return;
    }
    const QString tag = inlineTag(name);
    if (!tag.isEmpty()) {
        if (d->active.size() < kMaxFormats) {
            QString href;
            if (tag == QLatin1String("a")) {
                href = attribute(attributes, "href").trimmed();
                if (!isBodyLinkUrl(href)) {
                    href.clear();
                }
            }
            d->active.append(Format{tag, href});
            d->formatsDirty = true;
        }
        return;
    }
    if (name == QLatin1String("br")) {
        d->lineBreak();
        return;
    }
    if (name == QLatin1String("img")) {
        d->image(attributes);
        return;
    }
    if (!isVoid(name) && d->scopes.size() < kMaxScopes) {
        d->scopes.append({name, d->active.size()});
    }
    d->structureStart(name, attributes);
}

void BodyWriter::end(const QString &name)
{
    if (!d->dropping.isEmpty()) {
        if (name == d->dropping.constLast()) {
            d->dropping.removeLast();
        }
        return;
    }
    const QString tag = inlineTag(name);
    if (!tag.isEmpty()) {
        for (qsizetype i = d->active.size() - 1; i >= 0; --i) {
            if (d->active.at(i).tag == tag) {
                d->active.removeAt(i);
                d->formatsDirty = true;
                break;
            }
        }
        return;
    }
    // Formatting opened inside an element ends with it, even when the source forgot to close it.
    for (qsizetype i = d->scopes.size() - 1; i >= 0; --i) {
        if (d->scopes.at(i).first == name) {
            d->active.resize(std::min(d->active.size(), d->scopes.at(i).second));
            d->formatsDirty = true;
            d->scopes.resize(i);
            break;
        }
    }
    d->structureEnd(name);
}

void BodyWriter::text(const QString &characters)
{
    if (d->dropping.isEmpty()) {
        d->text(characters);
    }
}

QString BodyWriter::finish()
{
    d->closeContainer();
    d->closeBlock();
    d->active.clear();
    d->scopes.clear();
    d->dropping.clear();
    QString result = text::normalize(d->out);
    d->out.clear();
    return result;
}

int BodyWriter::droppedImages() const
{
    return d->dropped;
}

} // namespace toasoan::html
