#pragma once

#include "app/model/Article.h"
#include "app/publish/RemoteCache.h"

#include <QHash>
#include <QList>
#include <QString>

namespace toasoan {

/// An image the article uses: the featured image or an inline <img src="media:ID">.
struct ArticleImage
{
    qint64 mediaId = 0;
    QString alt;
    QString caption; ///< the featured caption, or the <figcaption> of the image's <figure>
    bool featured = false;
};

/// Turns an article into what a website receives. Inline images are written in the body as
/// <img src="media:ID"> (ID = the workspace's media row); they are replaced by the uploaded
/// image's URL. The body is html::publishBody() (html/SitePolicy.h), opens with the dateline prefix,
/// e.g. "(NTL) ", and ends with the byline and source on one right-aligned line, the way
/// district news sites show them. A marker comment inside the last text element (never a block
/// of its own: nothing of it shows on the site) lets ToaSoan find the post again after a lost answer.
class PostComposer final
{
public:
    /// Featured image first, then inline images in reading order, each once.
    static QList<ArticleImage> imagesOf(const Article &article);
    /// The HTML body. Images without an entry in `uploaded` are left out.
    static QString body(const Article &article, const QHash<qint64, RemoteMedia> &uploaded);
    /// "toasoan:<uuid>": unique to the article, the same on every site and every retry.
    static QString marker(const Article &article);
    /// The slug to ask for: the article's, else derived from the title.
    static QString slug(const Article &article);
    /// The closing line's HTML ("" when there is neither byline nor source).
    static QString closingLine(const Article &article);
    /// `html` with `comment` just before the closing tag of its last text element (paragraph, list
    /// item, cell, caption, heading), where WordPress leaves it a bare comment; at the end if none.
    static QString withMarker(const QString &html, const QString &comment);
};

} // namespace toasoan
