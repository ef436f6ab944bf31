#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace toasoan::html {

/// What to write for an image: its new `src` and extra attributes (e.g. WordPress's
/// class="wp-image-12"). Values are escaped by the sanitizer.
struct ImageRewrite
{
    QString src;
    QList<QPair<QString, QString>> extraAttributes;
};

struct SanitizeOptions
{
    /// Called with each image's decoded `src` (after the URL check). nullopt drops the image.
    /// Unset: the src is kept as it is.
    std::function<std::optional<ImageRewrite>(const QString &src)> rewriteImage;
    /// Accept `media:ID` image sources (local images not yet uploaded). Off for what is sent.
    bool allowLocalMedia = false;
};

/// Reduces any HTML to what may leave the machine: p, br, h2–h4 (h1 → h2, h5/h6 → h4), strong
/// (b), em (i), u, s, sub, sup, ul, ol (start), li, blockquote, a (href http/https/mailto or
/// relative, title), img (src http/https or relative, alt, width, height), figure, figcaption,
/// table, caption, thead, tbody, tfoot, tr, th/td (colspan, rowspan), hr. On img and figure the
/// class keeps WordPress's image classes only (alignleft/alignright/aligncenter/alignnone,
/// wp-image-N, size-*). Scripts, styles, frames, SVG, forms' controls and their content go;
/// comments, event handlers, style/id, any other class,
/// javascript:/data: URLs and Word debris (o:p, mso-*, conditional comments) go; other tags are
/// unwrapped keeping their text. The output is NFC, well formed, with loose text in paragraphs
/// and without empty paragraphs.
QString sanitize(const QString &html, const SanitizeOptions &options = {});

/// The `src` of every image that sanitize() would keep, in document order, without duplicates.
QStringList imageSources(const QString &html, bool allowLocalMedia = true);

/// True for http(s) and relative URLs (and mailto: when `allowMail`); false for javascript:,
/// data:, vbscript: and anything else, including when hidden with entities, controls or spaces.
bool isSafeUrl(const QString &url, bool allowMail);

/// Plain text of an HTML fragment (tags dropped, entities decoded, spaces collapsed).
QString plainText(const QString &html);

} // namespace toasoan::html
