#include "app/model/Article.h"

namespace toasoan {

bool Article::sameContent(const Article &o) const
{
    return title == o.title && slug == o.slug && sapo == o.sapo && body == o.body && categoryId == o.categoryId &&
           tags == o.tags && byline == o.byline && source == o.source && dateline == o.dateline &&
           featuredImageId == o.featuredImageId && featuredImageCaption == o.featuredImageCaption &&
           scheduledAt == o.scheduledAt && notes == o.notes;
}

} // namespace toasoan
