#include "app/editing/RecoveryReview.h"

namespace toasoan::editing {

Article withContentOf(Article base, const Article &content)
{
    base.title = content.title;
    base.slug = content.slug;
    base.sapo = content.sapo;
    base.body = content.body;
    base.categoryId = content.categoryId;
    base.tags = content.tags;
    base.byline = content.byline;
    base.source = content.source;
    base.dateline = content.dateline;
    base.featuredImageId = content.featuredImageId;
    base.featuredImageCaption = content.featuredImageCaption;
    base.scheduledAt = content.scheduledAt;
    base.notes = content.notes;
    return base;
}

Result<QList<RecoveredArticle>> reviewRecoveries(ArticleRepository &articles, qint64 userId,
                                                 const std::function<QString(qint64)> &categoryName)
{
    TOASOAN_TRY(copies, articles.recoveries(userId));
    QList<RecoveredArticle> offered;
    for (const Recovery &copy : std::as_const(copies.value())) {
        auto saved = articles.load(copy.articleId);
        if (!saved) {
            if (saved.error().code != ErrorCode::NotFound) {
                return saved.error();
            }
            (void)articles.discardRecovery(copy.articleId);
            continue;
        }
        if (saved->sameContent(copy.article)) {
            (void)articles.discardRecovery(copy.articleId);
            continue;
        }
        RecoveredArticle item;
        item.recovery = copy;
        item.saved = saved.value();
        item.changes = diff::diffArticles(item.saved, copy.article, categoryName);
        item.savedSinceCopy = item.saved.version > copy.baseVersion;
        offered.append(item);
    }
    return offered;
}

Article restoredArticle(const RecoveredArticle &recovered)
{
    return withContentOf(recovered.saved, recovered.recovery.article);
}

} // namespace toasoan::editing
