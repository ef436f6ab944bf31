#pragma once

// Shared by BodyWriter.cpp (text, formatting, blocks) and BodyWriterStructure.cpp (lists, quotes,
// tables, figures) only.

#include "app/html/BodyHtml.h"
#include "app/html/BodyWriter.h"
#include "app/html/CssStyle.h"

#include <QStringList>
#include <algorithm>
#include <optional>

namespace toasoan::html {

namespace writer {

// Absurd nesting is an attack or a broken file; deeper elements are unwrapped.
constexpr qsizetype kMaxScopes = 256;
constexpr qsizetype kMaxFormats = 32;

inline bool isOneOf(const QString &name, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        if (name == QLatin1String(n)) {
            return true;
        }
    }
    return false;
}

inline QString inlineTag(const QString &name)
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

inline int headingLevel(const QString &name)
{
    if (name.size() == 2 && name.at(0) == QLatin1Char('h') && name.at(1) >= QLatin1Char('1') &&
        name.at(1) <= QLatin1Char('6')) {
        return name.at(1).unicode() - '0';
    }
    return 0;
}

inline bool isBoundary(const QString &name)
{
    return isOneOf(name, {"div",  "section",  "article", "header",  "footer", "main", "aside",
                          "nav",  "center",   "address", "dl",      "dt",     "dd",   "pre",
                          "form", "fieldset", "details", "summary", "body",   "html", "hr"});
}

inline bool isCollapsible(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r') ||
           c == QLatin1Char('\f');
}

inline bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0xA0 || u == 0x200B || u == 0xFEFF || u == 0xAD || u == 0x2060 || c.isSpace();
}

inline QString attribute(const BodyWriter::Attributes &attributes, const char *name)
{
    for (const auto &a : attributes) {
        if (a.first == QLatin1String(name)) {
            return a.second;
        }
    }
    return {};
}

inline std::optional<ImageAlignment> blockAlignment(const BodyWriter::Attributes &attributes)
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

/// One open list of the subset: its items' inner HTML, each without its </li>, so that a
/// nested list can still join the last one.
struct ListLevel
{
    QString tag;
    QStringList items;
    bool lastHasSublist = false;
};

struct Row
{
    bool header = false;
    QList<Cell> cells;
};

} // namespace writer

struct BodyWriter::Private
{
    using Format = writer::Format;
    using Container = writer::Container;
    using Block = writer::Block;
    using Cell = writer::Cell;
    using Row = writer::Row;
    using ListLevel = writer::ListLevel;

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
    QList<ListLevel> lists;   ///< the subset's open lists, outermost first
    QList<bool> listElements; ///< the source's open ul/ol: whether each one opened a level of `lists`
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

    // Text and inline formatting (BodyWriter.cpp).
    void appendBlock(const QString &html);
    QList<Format> desired() const;
    /// Closes the written formats the source no longer has open; returns those still to open.
    QList<Format> closeStale();
    void openFormats(const QList<Format> &formats);
    void writeSpace();
    void openBlock(Block kind);
    void closeBlock();
    /// Makes room for inline content; false where the subset has none (between table rows).
    bool ensureBlock();
    void text(const QString &characters);
    void lineBreak();

    // Containers (BodyWriterStructure.cpp).
    void closeFigure();
    void closeList();
    void listStart(const QString &name);
    void listEnd();
    void closeQuote();
    void closeCell();
    void closeTable();
    void closeContainer();
    /// A block boundary inside a list item or table cell: the next text goes on a new line.
    void breakInside();
    void image(const BodyWriter::Attributes &attributes);
    void paragraphStart(const QString &name, const BodyWriter::Attributes &attributes);
    void structureStart(const QString &name, const BodyWriter::Attributes &attributes);
    void structureEnd(const QString &name);
};

} // namespace toasoan::html
