#pragma once

#include "app/diff/WordDiff.h"
#include "app/model/Article.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace toasoan::diff {

/// Which version a changed stretch of a merge is taken from.
enum class MergeSide
{
    Current, ///< the article's current version ("giữ bản hiện tại")
    Copy,    ///< the conflict copy ("lấy bản của tôi")
};

/// A stretch of the title, sapo or body: the same in both versions, or a change to choose.
struct MergeHunk
{
    QString field; ///< "title", "sapo" or "body"
    bool changed = false;
    QStringList current; ///< the current version's part: the text (title, sapo) or top-level HTML blocks (body)
    QStringList copy;    ///< the copy's part, likewise (the same as `current` when unchanged)
    QList<DiffRun> runs; ///< word by word from `current` to `copy` (paragraphs joined by "\n"); changed hunks only
};

/// The text of two versions of an article (title, sapo, body) cut into stretches to merge: the body by
/// its top-level blocks (paragraphs, headings, lists, tables, quotes, figures), lined up by the word diff's
/// paragraph alignment (paragraphHunks()). A block differing only in markup is a change too: nothing of
/// either version is dropped unseen.
class TextMerge final
{
public:
    TextMerge() = default;
    TextMerge(const Article &current, const Article &copy);

    const QList<MergeHunk> &hunks() const { return m_hunks; }
    /// The changed hunks, in order: what the sides given to merged() refer to.
    QList<MergeHunk> changes() const;
    /// `current` (its id, version, metadata) carrying the text with each change taken from `sides`
    /// (one per change, in order; missing ones keep the current version's). The body is normalized
    /// (html::normalizeBody).
    Article merged(const QList<MergeSide> &sides) const;

private:
    Article m_current;
    QList<MergeHunk> m_hunks;
};

/// The top-level blocks of a body (after html::normalizeBody), each as its HTML.
QStringList bodyBlocks(const QString &body);

} // namespace toasoan::diff
