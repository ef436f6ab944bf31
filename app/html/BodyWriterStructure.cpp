// The writer's containers: lists, quotes, tables and figures.
#include "app/html/BodyWriter_p.h"
#include "app/html/HtmlLexer.h"

namespace toasoan::html {

using namespace writer;

void BodyWriter::Private::closeFigure()
{
    if (container != Container::Figure) {
        return;
    }
    closeBlock();
    appendBlock(figure + QStringLiteral("</figure>"));
    figure.clear();
    container = Container::None;
}

namespace {

QString listHtml(const ListLevel &level)
{
    QString html = QLatin1Char('<') + level.tag + QStringLiteral(">\n");
    for (const QString &item : level.items) {
        html += QStringLiteral("<li>") + item + QStringLiteral("</li>\n");
    }
    return html + QStringLiteral("</") + level.tag + QLatin1Char('>');
}

// A finished nested list joins the last item of the list around it.
void foldInnermost(QList<ListLevel> &lists)
{
    const ListLevel inner = lists.takeLast();
    if (!inner.items.isEmpty()) {
        lists.last().items.last() += listHtml(inner);
        lists.last().lastHasSublist = true;
    }
}

} // namespace

void BodyWriter::Private::closeList()
{
    closeBlock();
    while (lists.size() > 1) {
        foldInnermost(lists);
    }
    if (!lists.isEmpty() && !lists.first().items.isEmpty()) {
        appendBlock(listHtml(lists.first()));
    }
    lists.clear();
    listElements.clear();
    container = Container::None;
}

void BodyWriter::Private::listStart(const QString &name)
{
    if (container != Container::List) {
        closeContainer();
        container = Container::List;
        lists = {ListLevel{name, {}, false}};
        listElements = {true};
        return;
    }
    closeBlock();
    // A nested list belongs to the item before it (also when it sits right in the outer list, as
    // some editors write it). Without such an item, a second nested list in one item or beyond
    // kMaxListDepth its items join the list already open.
    const ListLevel &outer = lists.constLast();
    const bool nests = lists.size() < kMaxListDepth && !outer.items.isEmpty() && !outer.lastHasSublist;
    if (nests) {
        lists.append(ListLevel{name, {}, false});
    }
    listElements.append(nests);
}

void BodyWriter::Private::listEnd()
{
    closeBlock();
    if (listElements.isEmpty()) {
        return;
    }
    const bool opened = listElements.takeLast();
    if (listElements.isEmpty()) {
        closeList();
    } else if (opened && lists.size() > 1) {
        foldInnermost(lists);
    }
}

void BodyWriter::Private::closeQuote()
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

void BodyWriter::Private::closeCell()
{
    if (inCell) {
        closeBlock();
        inCell = false;
    }
}

void BodyWriter::Private::closeContainer()
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

void BodyWriter::Private::breakInside()
{
    if (hasText) {
        pendingBreak = true;
    }
}

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

void BodyWriter::Private::image(const BodyWriter::Attributes &attributes)
{
    const QString src = compactUrl(attribute(attributes, "src"));
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
        if (container == Container::Table) {
            breakInside();
        } else {
            listStart(name);
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
        if (block == Block::Caption) {
            closeFigure(); // one caption a figure: a second one, even in an unclosed first, follows the figure
        }
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
            listEnd();
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

} // namespace toasoan::html
