#pragma once

#include "app/html/HtmlLexer.h"
#include "app/html/UrlPolicy.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace toasoan::html {

/// Lists nest this deep at most in a body (see BodyWriter.h); deeper items join the deepest list.
constexpr int kMaxListDepth = 5;

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

/// Elements that never have content (br, img, meta...).
bool isVoidElement(const QString &name);
/// Elements dropped together with everything inside them, whatever the entry point: the document
/// head, scripts, frames, media, forms' controls, site menus (nav), Word's w:/m:/v: islands.
bool dropsElementContent(const QString &name);

/// Any HTML (a stored body, an import) reduced to the body subset (see BodyWriter.h), NFC.
/// Idempotent: normalizeBody(normalizeBody(x)) == normalizeBody(x).
/// Every entry point (paste, import, the editor's load path, publishing) goes through it.
QString normalizeBody(const QString &html);
/// The same for HTML already split into tokens (an import that set its title and sapo apart), each
/// image's src replaced by `resolveImage(src)` first when one is given (see below).
QString normalizeBody(const QList<Token> &tokens, const std::function<QString(const QString &src)> &resolveImage = {});
/// The same, each image's src replaced by `resolveImage(src)` first (an import's embedded images
/// become media:ID); an empty result drops the image.
QString normalizeBody(const QString &html, const std::function<QString(const QString &src)> &resolveImage);

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
