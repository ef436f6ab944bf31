#pragma once

#include <QString>
#include <functional>
#include <optional>

namespace toasoan::html {

/// An image uploaded to the site: its URL there and the WordPress classes that name it
/// (wp-image-N lets WordPress add srcset/sizes; size-* and align* are kept too, nothing else).
struct PublishedImage
{
    QString src;
    QString classes;
};

/// Gives the uploaded image for a media:ID source; nullopt drops the image.
using PublishImage = std::function<std::optional<PublishedImage>(qint64 mediaId)>;

/// The body as a website receives it: normalizeBody() (the one body normaliser), then the site
/// policy, here and nowhere else. Images kept in the workspace (media:ID) take the uploaded URL
/// and classes `publishImage` gives; without it, or when it gives nullopt, the image is left out
/// (and its caption stays as a paragraph): local references never leave the machine. Web images
/// are kept as they are. Nothing else is added or removed.
QString publishBody(const QString &body, const PublishImage &publishImage = {});

/// A plain-text field (a title, an excerpt, an image's title, caption or alt text, the byline) as a
/// website receives it: NFC, and &, <, >, " and ' written as character references. WordPress prints
/// these fields as HTML (titles and excerpts unfiltered for administrators): so nothing typed becomes
/// a tag or an attribute, "&lt;" stays those four characters, and wptexturize, which leaves references
/// alone, cannot curl the quotes: the page shows exactly what was typed.
QString publishText(const QString &text);

/// A category or tag name as a website receives it: NFC, white space collapsed, &, < and > written as
/// references. WordPress strips tags from names and stores them with exactly these three escaped, so
/// the literal text survives and a name typed in wp-admin and the one ToaSoan sends are the same.
QString publishName(const QString &name);

/// WordPress's image classes only (alignleft/alignright/aligncenter/alignnone, wp-image-N,
/// size-*), in order, without duplicates; everything else in `classList` goes.
QString wordPressImageClasses(const QString &classList);

} // namespace toasoan::html
