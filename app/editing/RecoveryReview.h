#pragma once

#include "app/core/Result.h"
#include "app/diff/ArticleDiff.h"
#include "app/model/Article.h"
#include "app/storage/ArticleRepository.h"

#include <QList>
#include <functional>

namespace toasoan::editing {

/// A recovery copy left by autosave, next to the article's last saved revision.
struct RecoveredArticle
{
    Recovery recovery;
    Article saved;             ///< the article as stored now (latest revision)
    diff::ArticleDiff changes; ///< from `saved` to the recovered text
    /// Someone saved the article after the copy was taken: restoring would undo their change.
    bool savedSinceCopy = false;
};

/// The recovery copies of `userId` that hold something their article does not, newest first.
/// Copies identical to the saved article, or whose article is gone, are discarded on the way:
/// there is nothing to offer. `categoryName` names categories in the field list.
Result<QList<RecoveredArticle>> reviewRecoveries(ArticleRepository &articles, qint64 userId,
                                                 const std::function<QString(qint64)> &categoryName = {});

/// The article the editor opens when the user restores: the saved article (its id, version,
/// state...) carrying the recovered content, so the next save is checked against the newest
/// version.
Article restoredArticle(const RecoveredArticle &recovered);

/// Copies the editable content (what Article::sameContent compares) of `content` onto `base`.
Article withContentOf(Article base, const Article &content);

} // namespace toasoan::editing
