#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace toasoan::diff {

/// A stretch of text that is the same in both versions, only in the new one, or only in the old.
struct DiffRun
{
    enum class Kind
    {
        Equal,
        Insert,
        Delete,
    };
    Kind kind = Kind::Equal;
    QString text;

    friend bool operator==(const DiffRun &, const DiffRun &) = default;
};

/// Splits text into words, spaces and punctuation on Unicode word boundaries
/// (QTextBoundaryFinder), after NFC: "Quận ủy," → "Quận", " ", "ủy", ",". A newline is a token
/// of its own, so paragraph breaks survive a diff.
QStringList tokenizeWords(const QString &text);

/// Word-level difference between two texts (compared in NFC, so NFD input matches its NFC
/// twin). Concatenating the Equal and Delete runs gives `before`, the Equal and Insert runs
/// `after` (both NFC). Within a change, deletions come before insertions, and a lone space
/// between two changes is folded into them so a rewritten phrase reads as one change.
QList<DiffRun> diffWords(const QString &before, const QString &after);

/// Paragraph-aware difference of two bodies given as paragraph lists: unchanged paragraphs are
/// matched first, then the changed ones are compared word by word. Paragraphs are joined by
/// "\n" in the runs.
QList<DiffRun> diffParagraphs(const QStringList &before, const QStringList &after);

/// A stretch of two paragraph lists: the same paragraphs on both sides, or a change (paragraphs
/// only in `before`, only in `after`, or both: replaced).
struct ParagraphHunk
{
    bool equal = true;
    qsizetype beforeStart = 0;
    qsizetype beforeCount = 0;
    qsizetype afterStart = 0;
    qsizetype afterCount = 0;
};

/// The paragraphs of `before` and `after` lined up as diffParagraphs() lines them up (unchanged
/// paragraphs matched first), as alternating equal and changed stretches that cover both lists in
/// order. Paragraphs are compared exactly (the caller normalizes them).
QList<ParagraphHunk> paragraphHunks(const QStringList &before, const QStringList &after);

/// True when the runs contain an insertion or a deletion.
bool hasChanges(const QList<DiffRun> &runs);

/// wdiff-style text for terminals and logs: "[-old-]{+new+}".
QString runsToPlainText(const QList<DiffRun> &runs);
/// HTML with <del> and <ins> (text escaped, "\n" as paragraph breaks) for the history panel
/// and the approval slip; colours are the viewer's business.
QString runsToHtml(const QList<DiffRun> &runs);

} // namespace toasoan::diff
