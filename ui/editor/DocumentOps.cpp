#include "ui/editor/DocumentOps.h"

#include "app/html/BodyHtml.h"

#include <QHash>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <algorithm>

namespace toasoan::ui::docops {

namespace {

constexpr int kQuoteIndent = 40; // what QTextDocument gives <blockquote>; read back as a quote

// Heading looks, as QTextDocument gives <h2>/<h3> when loading HTML.
constexpr int kHeadingSize[] = {0, 2, 1}; // QTextFormat::FontSizeAdjustment per level
constexpr int kHeadingTopMargin[] = {0, 16, 14};

// Runs `apply` on every block the cursor's selection touches.
template <typename F>
void forEachBlock(const QTextCursor &cursor, F apply)
{
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    QTextBlock block = cursor.document()->findBlock(start);
    // A selection that ends at the very start of a block does not touch that block.
    while (block.isValid() && (block.position() < end || block.position() <= start)) {
        apply(block);
        block = block.next();
    }
}

QTextCursor blockCursor(const QTextBlock &block)
{
    QTextCursor c(block);
    c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    return c;
}

// A block that stops being a heading (or caption) loses its look: its characters are plain again,
// as the paragraph or list item it becomes is saved and read back.
void dropHeadingLook(const QTextBlock &block, int wasLevel)
{
    if (wasLevel > 0) {
        QTextCursor c = blockCursor(block);
        c.mergeCharFormat(plainCharFormat());
        c.mergeBlockCharFormat(plainCharFormat());
    }
}

QString hrefOf(const QTextFragment &fragment)
{
    const QTextCharFormat f = fragment.charFormat();
    return f.isAnchor() ? f.anchorHref() : QString();
}

} // namespace

QTextBlockFormat paragraphFormat()
{
    QTextBlockFormat f;
    f.setHeadingLevel(0);
    f.setTopMargin(0);
    f.setBottomMargin(12);
    return f;
}

QTextCharFormat noEmphasisFormat()
{
    QTextCharFormat f;
    f.setFontWeight(QFont::Normal);
    f.setFontItalic(false);
    f.setFontUnderline(false);
    return f;
}

QTextCharFormat plainCharFormat()
{
    QTextCharFormat f = noEmphasisFormat();
    f.setProperty(QTextFormat::FontSizeAdjustment, 0);
    return f;
}

QTextCharFormat captionCharFormat()
{
    QTextCharFormat f = plainCharFormat();
    f.setProperty(QTextFormat::FontSizeAdjustment, -1);
    return f;
}

QTextBlockFormat captionFormat(Qt::Alignment alignment)
{
    QTextBlockFormat f;
    f.setHeadingLevel(6);
    f.setAlignment(alignment);
    f.setTopMargin(4);
    f.setBottomMargin(12);
    return f;
}

bool isImageBlock(const QTextBlock &block)
{
    if (block.length() != 2 || block.text() != QString(QChar::ObjectReplacementCharacter)) {
        return false;
    }
    return block.begin().fragment().charFormat().isImageFormat();
}

bool isCaptionBlock(const QTextBlock &block)
{
    return block.blockFormat().headingLevel() == 6 && isImageBlock(block.previous());
}

QTextBlock imageBlockOf(const QTextBlock &block)
{
    if (isImageBlock(block)) {
        return block;
    }
    if (isCaptionBlock(block)) {
        return block.previous();
    }
    return {};
}

void setHeading(QTextCursor cursor, int level)
{
    cursor.beginEditBlock();
    forEachBlock(cursor, [&](const QTextBlock &block) {
        if (isImageBlock(block)) {
            return;
        }
        QTextCursor c = blockCursor(block);
        const int was = block.blockFormat().headingLevel();
        if (QTextList *list = block.textList()) {
            list->remove(block);
        }
        QTextBlockFormat f = block.blockFormat();
        f.setHeadingLevel(level == 0 ? 0 : level + 1);
        f.setIndent(0);
        f.setProperty(QTextFormat::BlockQuoteLevel, 0);
        f.setLeftMargin(0);
        f.setRightMargin(0);
        f.setTopMargin(level == 0 ? 0 : kHeadingTopMargin[level]);
        f.setBottomMargin(12);
        c.setBlockFormat(f);
        // Headings look bold and larger; a paragraph that was a heading (or caption) loses that.
        if (level > 0) {
            QTextCharFormat chars;
            chars.setFontWeight(QFont::Bold);
            chars.setProperty(QTextFormat::FontSizeAdjustment, kHeadingSize[level]);
            c.mergeCharFormat(chars);
            c.mergeBlockCharFormat(chars);
        } else {
            dropHeadingLook(block, was);
        }
    });
    cursor.endEditBlock();
}

bool toggleList(QTextCursor cursor, bool numbered)
{
    if (cursor.currentTable()) {
        return false;
    }
    const QTextListFormat::Style style = numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    cursor.beginEditBlock();
    if (QTextList *list = cursor.currentList(); list && list->format().style() == style) {
        // Off: every selected item back to a paragraph.
        forEachBlock(cursor, [](const QTextBlock &block) {
            if (QTextList *l = block.textList()) {
                l->remove(block);
                QTextCursor c(block);
                QTextBlockFormat f = block.blockFormat();
                f.setIndent(0);
                c.setBlockFormat(f);
            }
        });
    } else if (list) {
        QTextListFormat f = list->format();
        f.setStyle(style);
        list->setFormat(f);
    } else {
        forEachBlock(cursor, [&](const QTextBlock &block) {
            QTextCursor c(block);
            dropHeadingLook(block, block.blockFormat().headingLevel());
            QTextBlockFormat f = block.blockFormat();
            f.setHeadingLevel(0);
            f.setProperty(QTextFormat::BlockQuoteLevel, 0);
            f.setLeftMargin(0);
            f.setRightMargin(0);
            c.setBlockFormat(f);
        });
        QTextListFormat f;
        f.setStyle(style);
        f.setIndent(1);
        cursor.createList(f);
    }
    cursor.endEditBlock();
    return true;
}

namespace {

// A list `depth` deep in the style of `like` (a loaded body's nested lists keep their own style,
// bullets as discs at every level).
QTextListFormat listFormatAt(const QTextListFormat &like, int depth)
{
    QTextListFormat f = like;
    f.setIndent(depth);
    return f;
}

// The nearest block before `block` whose level is `depth` or less, skipping deeper items; invalid
// when a paragraph that is not a list item comes first.
QTextBlock previousAtMost(const QTextBlock &block, int depth)
{
    for (QTextBlock b = block.previous(); b.isValid(); b = b.previous()) {
        const int d = listDepth(b);
        if (d == 0) {
            return {};
        }
        if (d <= depth) {
            return b;
        }
    }
    return {};
}

// The items after `block` deeper than it: its sub-items, down to the next item at its level.
QList<QTextBlock> subItems(const QTextBlock &block)
{
    QList<QTextBlock> out;
    const int depth = listDepth(block);
    for (QTextBlock b = block.next(); b.isValid() && listDepth(b) > depth; b = b.next()) {
        out.append(b);
    }
    return out;
}

// Moves `block` into `list` (made, with `format`, when null); returns the list it is in.
QTextList *moveToList(const QTextBlock &block, QTextList *list, const QTextListFormat &format)
{
    if (list) {
        list->add(block);
        return list;
    }
    return QTextCursor(block).createList(format);
}

// Every block of `blocks` one level deeper (or up): each of their lists is replaced by one at the
// new level, so lists that also hold other items stay where they are.
void shiftLevels(const QList<QTextBlock> &blocks, int delta, QHash<const QTextList *, QTextList *> &moved)
{
    for (const QTextBlock &b : blocks) {
        const QTextList *from = b.textList();
        moved.insert(from, moveToList(b, moved.value(from), listFormatAt(from->format(), listDepth(b) + delta)));
    }
}

} // namespace

int listDepth(const QTextBlock &block)
{
    const QTextList *list = block.textList();
    return list ? std::max(1, list->format().indent()) : 0;
}

bool canIndentListItem(const QTextCursor &cursor)
{
    const QTextBlock block = cursor.block();
    const int depth = listDepth(block);
    if (depth == 0 || cursor.currentTable() || listDepth(previousAtMost(block, depth)) != depth) {
        return false;
    }
    int deepest = depth;
    for (const QTextBlock &b : subItems(block)) {
        deepest = std::max(deepest, listDepth(b));
    }
    return deepest < html::kMaxListDepth;
}

bool canOutdentListItem(const QTextCursor &cursor)
{
    return listDepth(cursor.block()) > 1 && !cursor.currentTable();
}

bool indentListItem(QTextCursor cursor)
{
    if (!canIndentListItem(cursor)) {
        return false;
    }
    const QTextBlock block = cursor.block();
    const int depth = listDepth(block);
    const QTextListFormat parent = block.textList()->format();
    cursor.beginEditBlock();
    QHash<const QTextList *, QTextList *> moved;
    shiftLevels(subItems(block), 1, moved);
    // After the previous item's own sub-items, or as its first one.
    const QTextBlock before = previousAtMost(block, depth + 1);
    moveToList(block, listDepth(before) == depth + 1 ? before.textList() : nullptr, listFormatAt(parent, depth + 1));
    cursor.endEditBlock();
    return true;
}

bool outdentListItem(QTextCursor cursor)
{
    if (!canOutdentListItem(cursor)) {
        return false;
    }
    const QTextBlock block = cursor.block();
    const int depth = listDepth(block);
    const QTextList *list = block.textList();
    cursor.beginEditBlock();
    QHash<const QTextList *, QTextList *> moved;
    const QList<QTextBlock> children = subItems(block);
    shiftLevels(children, -1, moved);
    // The items after it in its list (with theirs, which keep their level) become its sub-items,
    // in the list of its own first sub-items when it had some.
    QTextList *siblings = children.isEmpty() ? nullptr : children.first().textList();
    const QTextBlock afterChildren = children.isEmpty() ? block.next() : children.last().next();
    for (QTextBlock b = afterChildren; b.isValid() && listDepth(b) >= depth; b = b.next()) {
        if (b.textList() == list) {
            siblings = moveToList(b, siblings, list->format());
        }
    }
    const QTextBlock parent = previousAtMost(block, depth - 1);
    moveToList(block, listDepth(parent) == depth - 1 ? parent.textList() : nullptr,
               listFormatAt(list->format(), depth - 1));
    cursor.endEditBlock();
    return true;
}

bool toggleBlockQuote(QTextCursor cursor)
{
    if (cursor.currentTable()) {
        return false;
    }
    const bool quoted = cursor.blockFormat().intProperty(QTextFormat::BlockQuoteLevel) > 0;
    cursor.beginEditBlock();
    forEachBlock(cursor, [&](const QTextBlock &block) {
        if (isImageBlock(block)) {
            return;
        }
        if (QTextList *list = block.textList()) {
            list->remove(block);
        }
        // A quote holds paragraphs: a heading quoted becomes one.
        dropHeadingLook(block, block.blockFormat().headingLevel());
        QTextCursor c(block);
        QTextBlockFormat f = block.blockFormat();
        f.setHeadingLevel(0);
        f.setTopMargin(0);
        f.setProperty(QTextFormat::BlockQuoteLevel, quoted ? 0 : 1);
        f.setLeftMargin(quoted ? 0 : kQuoteIndent);
        f.setRightMargin(quoted ? 0 : kQuoteIndent);
        f.setIndent(0);
        c.setBlockFormat(f);
    });
    cursor.endEditBlock();
    return true;
}

void clearEmphasis(QTextCursor cursor)
{
    if (!cursor.hasSelection()) {
        cursor.select(QTextCursor::WordUnderCursor);
    }
    const QTextCharFormat plain = noEmphasisFormat();
    cursor.beginEditBlock();
    // Headings keep their look; links keep their address (clearing is about emphasis).
    forEachBlock(cursor, [&](const QTextBlock &block) {
        QTextCursor part = blockCursor(block);
        const int start = std::max(part.selectionStart(), cursor.selectionStart());
        const int end = std::min(part.selectionEnd(), cursor.selectionEnd());
        if (start >= end || block.blockFormat().headingLevel() > 0) {
            return;
        }
        // Links stay underlined, as they read back (a link's underline is its look, not emphasis).
        QList<std::pair<int, int>> links;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!hrefOf(fragment).isEmpty()) {
                links.append({fragment.position(), fragment.position() + fragment.length()});
            }
        }
        part.setPosition(start);
        part.setPosition(end, QTextCursor::KeepAnchor);
        part.mergeCharFormat(plain);
        QTextCharFormat underline;
        underline.setFontUnderline(true);
        for (const auto &[from, to] : links) {
            if (std::max(from, start) < std::min(to, end)) {
                part.setPosition(std::max(from, start));
                part.setPosition(std::min(to, end), QTextCursor::KeepAnchor);
                part.mergeCharFormat(underline);
            }
        }
    });
    cursor.endEditBlock();
}

QString linkAt(const QTextCursor &cursor)
{
    const QTextCharFormat f = cursor.charFormat();
    if (f.isAnchor() && !f.anchorHref().isEmpty()) {
        return f.anchorHref();
    }
    // At the first character of a link the cursor's format is the one before it.
    QTextCursor next = cursor;
    if (!next.hasSelection() && next.movePosition(QTextCursor::NextCharacter)) {
        const QTextCharFormat n = next.charFormat();
        if (n.isAnchor() && !n.anchorHref().isEmpty() && next.block() == cursor.block()) {
            return n.anchorHref();
        }
    }
    return {};
}

QTextCursor linkExtent(const QTextBlock &block, int position)
{
    QList<QTextFragment> fragments;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        fragments.append(it.fragment());
    }
    qsizetype index = -1;
    for (qsizetype i = 0; i < fragments.size() && index < 0; ++i) {
        const QTextFragment &f = fragments.at(i);
        if (position >= f.position() && position <= f.position() + f.length() && !hrefOf(f).isEmpty()) {
            index = i;
        }
    }
    QTextCursor c(block);
    if (index < 0) {
        return c;
    }
    const QString href = hrefOf(fragments.at(index));
    qsizetype first = index;
    qsizetype last = index;
    while (first > 0 && hrefOf(fragments.at(first - 1)) == href) {
        --first;
    }
    while (last + 1 < fragments.size() && hrefOf(fragments.at(last + 1)) == href) {
        ++last;
    }
    c.setPosition(fragments.at(first).position());
    c.setPosition(fragments.at(last).position() + fragments.at(last).length(), QTextCursor::KeepAnchor);
    return c;
}

QTextCursor insertLink(QTextCursor cursor, const QString &url, const QString &text, const QBrush &colour)
{
    QTextCharFormat link;
    link.setAnchor(true);
    link.setAnchorHref(url);
    link.setFontUnderline(true);
    link.setForeground(colour);
    cursor.beginEditBlock();
    if (!cursor.hasSelection() && !linkAt(cursor).isEmpty()) {
        const QTextCursor current = linkExtent(cursor.block(), cursor.position());
        cursor.setPosition(current.selectionStart());
        cursor.setPosition(current.selectionEnd(), QTextCursor::KeepAnchor);
    }
    if (cursor.hasSelection()) {
        if (!text.isEmpty() && text != cursor.selectedText()) {
            QTextCharFormat f = cursor.charFormat();
            f.merge(link);
            cursor.insertText(text, f);
        } else {
            cursor.mergeCharFormat(link);
        }
    } else {
        QTextCharFormat f = cursor.charFormat();
        f.merge(link);
        cursor.insertText(text.isEmpty() ? url : text, f);
    }
    cursor.endEditBlock();
    cursor.clearSelection();
    return cursor;
}

bool removeLink(QTextCursor cursor)
{
    if (!cursor.hasSelection()) {
        cursor = linkExtent(cursor.block(), cursor.position());
        if (!cursor.hasSelection()) {
            return false;
        }
    }
    QTextCharFormat plain;
    plain.setAnchor(false);
    plain.setAnchorHref(QString());
    plain.setFontUnderline(false);
    cursor.beginEditBlock();
    cursor.mergeCharFormat(plain);
    // mergeCharFormat cannot remove properties: clear the link colour fragment by fragment.
    forEachBlock(cursor, [&](const QTextBlock &block) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            const int start = std::max(f.position(), cursor.selectionStart());
            const int end = std::min(f.position() + f.length(), cursor.selectionEnd());
            if (start < end && f.charFormat().hasProperty(QTextFormat::ForegroundBrush)) {
                QTextCursor part(cursor.document());
                part.setPosition(start);
                part.setPosition(end, QTextCursor::KeepAnchor);
                QTextCharFormat format = f.charFormat();
                format.clearForeground();
                part.setCharFormat(format);
            }
        }
    });
    cursor.endEditBlock();
    return true;
}

QTextCursor insertFigure(QTextCursor cursor, const QString &src, const QString &alt, const QString &caption)
{
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    if (QTextTable *table = cursor.currentTable()) {
        // Figures do not go in tables: after it.
        cursor.setPosition(table->lastPosition());
        cursor.movePosition(QTextCursor::NextBlock);
    }
    // The figure gets blocks of its own: split the paragraph, and leave lists.
    if (!cursor.block().text().isEmpty() || cursor.currentList() || cursor.block().blockFormat().headingLevel() > 0) {
        cursor.insertBlock(paragraphFormat(), plainCharFormat());
    }
    if (QTextList *list = cursor.currentList()) {
        list->remove(cursor.block());
    }
    QTextBlockFormat imageBlock = paragraphFormat();
    imageBlock.setAlignment(Qt::AlignHCenter);
    cursor.setBlockFormat(imageBlock);
    QTextImageFormat image;
    image.setName(src);
    image.setProperty(QTextFormat::ImageAltText, alt);
    cursor.insertImage(image);
    cursor.insertBlock(captionFormat(Qt::AlignHCenter), captionCharFormat());
    cursor.insertText(caption);
    cursor.endEditBlock();
    return cursor;
}

void setFigureAlignment(const QTextBlock &image, Qt::Alignment alignment)
{
    QTextCursor cursor(image);
    cursor.beginEditBlock();
    QTextBlockFormat f = image.blockFormat();
    f.setAlignment(alignment);
    cursor.setBlockFormat(f);
    if (isCaptionBlock(image.next())) {
        QTextCursor caption(image.next());
        QTextBlockFormat c = image.next().blockFormat();
        c.setAlignment(alignment);
        caption.setBlockFormat(c);
    }
    cursor.endEditBlock();
}

QString imageAlt(const QTextBlock &image)
{
    return isImageBlock(image) ? image.begin().fragment().charFormat().stringProperty(QTextFormat::ImageAltText)
                               : QString();
}

QString figureCaption(const QTextBlock &image)
{
    return isCaptionBlock(image.next()) ? image.next().text() : QString();
}

void setImageDescription(const QTextBlock &image, const QString &alt, const QString &caption)
{
    if (!isImageBlock(image)) {
        return;
    }
    QTextCursor cursor(image);
    cursor.beginEditBlock();
    cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    QTextCharFormat format;
    format.setProperty(QTextFormat::ImageAltText, alt);
    cursor.mergeCharFormat(format);
    QTextCursor text = captionCursor(image);
    text.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
    text.insertText(caption, captionCharFormat());
    cursor.endEditBlock();
}

QTextCursor captionCursor(const QTextBlock &image)
{
    QTextCursor cursor(image);
    if (isCaptionBlock(image.next())) {
        cursor = QTextCursor(image.next());
        cursor.movePosition(QTextCursor::EndOfBlock);
    } else {
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertBlock(captionFormat(image.blockFormat().alignment()), captionCharFormat());
    }
    return cursor;
}

QTextTable *insertTable(QTextCursor cursor, int rows, int columns, bool headerRow)
{
    if (cursor.currentTable()) {
        return nullptr;
    }
    cursor.beginEditBlock();
    if (!cursor.block().text().isEmpty()) {
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertBlock(paragraphFormat(), plainCharFormat());
    }
    if (QTextList *list = cursor.currentList()) {
        list->remove(cursor.block());
    }
    QTextTableFormat format;
    format.setBorder(1);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellSpacing(0);
    format.setCellPadding(4);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(headerRow ? 1 : 0);
    QTextTable *table = cursor.insertTable(std::max(1, rows), std::max(1, columns), format);
    if (headerRow) {
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        for (int c = 0; c < table->columns(); ++c) {
            QTextCursor cell = table->cellAt(0, c).firstCursorPosition();
            cell.mergeBlockCharFormat(bold);
        }
    }
    cursor.endEditBlock();
    return table;
}

bool addTableRow(const QTextCursor &cursor)
{
    QTextTable *table = cursor.currentTable();
    if (table) {
        table->insertRows(table->cellAt(cursor).row() + 1, 1);
    }
    return table != nullptr;
}

bool addTableColumn(const QTextCursor &cursor)
{
    QTextTable *table = cursor.currentTable();
    if (table) {
        table->insertColumns(table->cellAt(cursor).column() + 1, 1);
    }
    return table != nullptr;
}

bool removeTableRow(const QTextCursor &cursor)
{
    QTextTable *table = cursor.currentTable();
    if (table) {
        table->removeRows(table->cellAt(cursor).row(), 1); // the last row takes the table with it
    }
    return table != nullptr;
}

bool removeTableColumn(const QTextCursor &cursor)
{
    QTextTable *table = cursor.currentTable();
    if (table) {
        table->removeColumns(table->cellAt(cursor).column(), 1);
    }
    return table != nullptr;
}

} // namespace toasoan::ui::docops
