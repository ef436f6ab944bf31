#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace toasoan::html {

/// Where a figure sits on the page; written as WordPress's classes alignleft/aligncenter/alignright.
enum class ImageAlignment
{
    Left,
    Center,
    Right,
};

QString alignmentClass(ImageAlignment alignment);
/// Reads alignleft/aligncenter/alignright (also align-left, text-center...) from a class list.
std::optional<ImageAlignment> alignmentFromClass(const QString &classList);
/// Reads "left"/"center"/"right" (an align attribute or a text-align value).
std::optional<ImageAlignment> alignmentFromKeyword(const QString &keyword);

/// "media:12": an image kept in the workspace database, not yet uploaded anywhere.
QString mediaSource(qint64 mediaId);
/// The id in "media:12"; 0 for anything else.
qint64 mediaIdFromSource(const QString &src);

/// Links the body may hold: absolute http, https and mailto URLs.
bool isBodyLinkUrl(const QString &url);
/// Image sources the body may hold: media:ID and absolute http/https URLs.
bool isBodyImageSource(const QString &src);

/// Any HTML (a stored body, an import) reduced to the body subset (see BodyWriter.h), NFC.
/// Idempotent: normalizeBody(normalizeBody(x)) == normalizeBody(x).
QString normalizeBody(const QString &html);

/// QTextDocument::toHtml() output to the body subset: Qt's styled spans become strong/em/u,
/// paragraphs indented 40px on both sides become a blockquote, an image paragraph becomes a
/// figure aligned like the paragraph and an h6 right after it its caption (see bodyToQtHtml()).
QString bodyFromQtHtml(const QString &qtHtml);

/// The body subset as HTML that QTextDocument::setHtml() understands: figures become an aligned
/// image paragraph followed by an h6 caption (normal weight, small), tables get borders.
QString bodyToQtHtml(const QString &body);

/// The sources of the body's images, in order, without duplicates.
QStringList bodyImageSources(const QString &body);

} // namespace toasoan::html
