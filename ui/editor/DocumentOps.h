#pragma once

#include <QBrush>
#include <QString>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFormat>

class QTextTable;

/// The body editor's document operations, over QTextDocument and QTextCursor only (no widget):
/// headings, lists, quotes, emphasis, links, figures and tables. Each operation acts on the blocks
/// the cursor's selection touches, as one undo step; RichTextEditor adds the cursor it shows, the
/// format typing goes on with, and its actions' state. The formats match what html::bodyToQtHtml()
/// gives when a body is loaded, so what is written here reads back the same.
namespace toasoan::ui::docops {

/// A body paragraph, and plain (unemphasised, normal size) characters.
QTextBlockFormat paragraphFormat();
QTextCharFormat plainCharFormat();
/// A figure's caption: the block under its image, and its smaller characters.
QTextBlockFormat captionFormat(Qt::Alignment alignment);
QTextCharFormat captionCharFormat();
/// Bold, italic and underline off (what "clear formatting" applies).
QTextCharFormat noEmphasisFormat();

/// A block holding only an image (a figure); its caption, the block after it.
bool isImageBlock(const QTextBlock &block);
bool isCaptionBlock(const QTextBlock &block);
/// The figure's image block when `block` is one or is its caption; invalid otherwise.
QTextBlock imageBlockOf(const QTextBlock &block);

/// Level 1 or 2 (a heading of the body: <h2>, <h3>), or 0 for a paragraph; leaves lists and
/// quotes, skips images.
void setHeading(QTextCursor cursor, int level);
/// Bullets or numbers on; off when the list already has that style. False inside a table.
bool toggleList(QTextCursor cursor, bool numbered);
/// The level of the list item `block` (1 = a top-level item, its list's indent), 0 outside a list.
int listDepth(const QTextBlock &block);
/// The cursor's list item can become a sub-item of the item before it at its level (not deeper
/// than html::kMaxListDepth, its own sub-items included), or move up one level.
bool canIndentListItem(const QTextCursor &cursor);
bool canOutdentListItem(const QTextCursor &cursor);
/// The cursor's list item, with its sub-items, one level deeper: it joins the list of the previous
/// item's sub-items, or starts one in the style of its own list (numbers under numbers, bullets
/// under bullets). False when it cannot.
bool indentListItem(QTextCursor cursor);
/// The cursor's list item, with its sub-items, one level up, after its parent item; the items after
/// it in its list become its sub-items. False when it cannot.
bool outdentListItem(QTextCursor cursor);
/// A quote on, or off when the cursor's block is quoted. False inside a table.
bool toggleBlockQuote(QTextCursor cursor);
/// Takes bold, italic and underline off the selection (the word at the cursor without one);
/// headings keep their look, links their address.
void clearEmphasis(QTextCursor cursor);

/// The address of the link at the cursor (or starting right after it); empty when none.
QString linkAt(const QTextCursor &cursor);
/// The whole link around `position` in `block` as a selection; no selection when none.
QTextCursor linkExtent(const QTextBlock &block, int position);
/// Makes the selection (or the link at the cursor) a link to `url`; without either, inserts
/// `text` (or the address) as one. `text` replaces a selection that reads otherwise. Returns the
/// cursor after the link.
QTextCursor insertLink(QTextCursor cursor, const QString &url, const QString &text, const QBrush &colour);
/// Unlinks the selection, or the link at the cursor. False when there was none.
bool removeLink(QTextCursor cursor);

/// Inserts a figure (the image `src` with its description `alt` in a block of its own, centred,
/// and `caption` under it) at the cursor, after the table the cursor is in. Returns a cursor at
/// the end of the caption.
QTextCursor insertFigure(QTextCursor cursor, const QString &src, const QString &alt = {}, const QString &caption = {});
/// The image's description (its alt text) and the figure's caption.
QString imageAlt(const QTextBlock &image);
QString figureCaption(const QTextBlock &image);
/// Sets both in one undo step; the caption is made when the figure had none.
void setImageDescription(const QTextBlock &image, const QString &alt, const QString &caption);
/// Aligns the figure (its image and caption).
void setFigureAlignment(const QTextBlock &image, Qt::Alignment alignment);
/// A cursor at the end of the figure's caption, made when it had none.
QTextCursor captionCursor(const QTextBlock &image);

/// A full-width table with a border, after the cursor's paragraph; its first row bold when
/// `headerRow`. Nullptr inside a table (the site's tables are simple).
QTextTable *insertTable(QTextCursor cursor, int rows, int columns, bool headerRow);
/// A row or column after the cursor's cell, or the cursor's row or column removed; false
/// outside a table. Removing the last row removes the table.
bool addTableRow(const QTextCursor &cursor);
bool addTableColumn(const QTextCursor &cursor);
bool removeTableRow(const QTextCursor &cursor);
bool removeTableColumn(const QTextCursor &cursor);

} // namespace toasoan::ui::docops
