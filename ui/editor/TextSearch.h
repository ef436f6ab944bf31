#pragma once

#include <QList>
#include <QString>
#include <QTextCursor>

class QTextDocument;

namespace toasoan::ui {

/// How find and replace compares text.
struct SearchOptions
{
    bool matchCase = false;
    /// false: "quan uy" finds "Quận ủy" (marks stripped, đ read as d). Either way "hòa" and "hoà"
    /// (the two tone placements) are the same word.
    bool matchDiacritics = false;
    bool backward = false;
};

/// `text` folded for comparison, and for each folded character the index of the character of
/// `text` it came from (folding may drop combining marks).
struct FoldedText
{
    QString text;
    QList<qsizetype> origin;
};

FoldedText foldForSearch(const QString &text, const SearchOptions &options);

/// The next match of `query` after `from` (before it when searching backward), wrapping around
/// the document once; a null cursor when there is none. Matches do not cross paragraphs.
QTextCursor findText(const QTextDocument *document, const QString &query, const QTextCursor &from,
                     const SearchOptions &options);

/// Every match in document order.
QList<QTextCursor> findAll(const QTextDocument *document, const QString &query, const SearchOptions &options);

} // namespace toasoan::ui
