#pragma once

#include <QString>
#include <QUrl>

namespace toasoan::html {

// The one URL policy of the article body: every entry point (paste, import, the editor, the link
// dialog, publishing) asks these functions, so a URL is accepted or refused the same way everywhere.

/// A URL as browsers read it: tabs and newlines anywhere are ignored, C0 controls, DEL and invisible
/// characters (soft hyphen, zero-width space, BOM) go, spaces at both ends are trimmed and spaces inside
/// become %20 (except in data: URLs, whose base64 ignores them). "java\tscript:" and "\x01javascript:" thus show the
/// scheme a browser would follow.
QString compactUrl(const QString &url);

/// Links the body may hold: absolute http and https URLs with a host, mailto with an address. A URL
/// with spaces or controls in it is refused: pass it through compactUrl() first.
bool isBodyLinkUrl(const QString &url);

/// Image sources the body may hold: media:ID and absolute http/https URLs with a host.
bool isBodyImageSource(const QString &src);

/// A picture on the web the body may hold and publish: an absolute https URL with a host (the
/// exports link it, never fetch it; the office importers keep only these).
bool isWebImageSource(const QString &src);

/// `url` compacted, and resolved against `base` when it is relative and `base` is valid; media: and
/// data: URLs are never resolved (the body policy refuses data: afterwards).
QString resolveUrl(const QString &url, const QUrl &base);

/// "media:12": an image kept in the workspace database, not yet uploaded anywhere.
QString mediaSource(qint64 mediaId);
/// The id in "media:12"; 0 for anything else.
qint64 mediaIdFromSource(const QString &src);

} // namespace toasoan::html
