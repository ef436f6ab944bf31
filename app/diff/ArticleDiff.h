#pragma once

#include "app/diff/WordDiff.h"
#include "app/model/Article.h"

#include <QList>
#include <QString>
#include <functional>

namespace toasoan::diff {

/// One metadata field that differs between two revisions.
struct FieldChange
{
    QString key;   ///< stable: "title", "sapo", "slug", "category", "tags", "byline", "source", ...
    QString label; ///< translated
    QString before;
    QString after;
    QList<DiffRun> runs; ///< word-level runs for free-text fields (title, sapo, caption, notes); else empty
};

/// What changed between two revisions of an article: the fields, and the body word by word.
struct ArticleDiff
{
    QList<FieldChange> fields; ///< in the order the editor shows them
    QList<DiffRun> body;       ///< paragraphs of the body text, joined by "\n"
    bool bodyChanged = false;

    bool isEmpty() const { return fields.isEmpty() && !bodyChanged; }
};

/// Compares two revisions. `categoryName` turns a category id into a name for display (ids are
/// shown when it is not given). The body is compared as text paragraphs (see html::textBlocks):
/// a change of markup alone does not count.
ArticleDiff diffArticles(const Article &before, const Article &after,
                         const std::function<QString(qint64)> &categoryName = {});

} // namespace toasoan::diff
