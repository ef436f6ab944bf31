#pragma once

#include "app/publish/SiteClient.h"

namespace toasoan {

// The one place where what leaves the machine for a website is escaped for where the site puts
// it (the rules are html/SitePolicy.h's). Every SiteClient sends the result of these, never the
// fields it was given; what a site gives back goes through textFromSite() once.

/// `post` as a site receives it: title, excerpt and author by html::publishText(), the slug by
/// text::slugify() (only a–z, 0–9 and '-'); the content is PostComposer::body(), already the
/// site's HTML (html::publishBody() with the byline and source escaped), and goes as it is.
PostData siteFields(const PostData &post);
/// `media` as a site receives it: title, caption and alt text by html::publishText().
MediaUpload siteFields(const MediaUpload &media);
/// A category or tag name as a site receives it: html::publishName().
QString siteName(const QString &name);
/// A text field (title, excerpt, name) as the site gives it back, as the text it shows: character
/// references decoded, NFC. The inverse of the above, so a post read back and sent again is unchanged.
QString textFromSite(const QString &text);

} // namespace toasoan
