#include "app/publish/SiteFields.h"

#include "app/html/Entities.h"
#include "app/html/SitePolicy.h"
#include "app/text/Normalize.h"
#include "app/text/Slug.h"

namespace toasoan {

PostData siteFields(const PostData &post)
{
    PostData out = post;
    out.title = html::publishText(post.title);
    out.excerpt = html::publishText(post.excerpt);
    out.author = html::publishText(post.author);
    out.slug = text::slugify(post.slug);
    return out;
}

MediaUpload siteFields(const MediaUpload &media)
{
    MediaUpload out = media;
    out.title = html::publishText(media.title);
    out.caption = html::publishText(media.caption);
    out.altText = html::publishText(media.altText);
    return out;
}

QString siteName(const QString &name)
{
    return html::publishName(name);
}

QString textFromSite(const QString &text)
{
    return text::normalize(html::decodeEntities(text));
}

} // namespace toasoan
