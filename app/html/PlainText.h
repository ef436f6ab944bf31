#pragma once

#include <QString>
#include <QStringList>

namespace toasoan::html {

/// How textBlocks() cleans each block.
struct PlainTextOptions
{
    /// Keep U+00AD: in TCVN3 text read as Latin-1 the soft hyphen is "ư", so legacy-encoding
    /// detection needs it.
    bool keepSoftHyphens = false;
    /// For people reading a terminal (toPlainText only): list items start with "• ", table cells
    /// are separated by " | ", and a blank line separates blocks other than consecutive list
    /// items, table rows and the lines of one paragraph broken by <br>.
    bool readable = false;
};

/// The text of an HTML fragment, one entry per block: paragraphs, headings, list items, quoted
/// paragraphs, captions, table rows (cells separated by a tab); <br> starts a new entry. Entities
/// are decoded, inline tags add nothing (so "Hà N<b>ội</b>" keeps the word whole), script, style
/// and title content is skipped, white space is collapsed, NBSP becomes a space, soft hyphens are
/// removed, and the text is NFC (text::normalize). Empty blocks are dropped. Needs no QtGui.
QStringList textBlocks(const QString &html, const PlainTextOptions &options = {});

/// A block of textBlocks() with what it was: a sub-heading or a list item keeps its look in
/// printed text (the approval slip).
struct TextBlock
{
    QString text;
    bool heading = false; ///< h1 to h5 (h6 are captions)
    bool listItem = false;
    int number = 0;    ///< the item's number in an ordered list (from 1); 0 in a bulleted one
    int listLevel = 0; ///< 1 for a list item of a top-level list, 2 in a nested list, …
};

/// textBlocks() with the kind of each block.
QList<TextBlock> structuredBlocks(const QString &html, const PlainTextOptions &options = {});

/// textBlocks() joined by '\n' (or laid out for reading, see PlainTextOptions::readable): the one
/// HTML-to-plain-text function (search, diff, counts, slugs, legacy detection, `articles show`).
QString toPlainText(const QString &html, const PlainTextOptions &options = {});

/// The text full-text search indexes for an article body: toPlainText() through
/// text::normalizeForSearch(). SQLite computes it again where the index needs it (storage's
/// toasoan_search_text()), so it must stay a function of the HTML alone.
QString toSearchText(const QString &html);

} // namespace toasoan::html
