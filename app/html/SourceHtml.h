#pragma once

#include "app/html/HtmlLexer.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <functional>

namespace toasoan::html {

class BodyWriter;

/// Where HTML comes from decides which of its conventions carry meaning.
enum class SourceFlavor
{
    Body,       ///< a stored body or any plain HTML
    QtDocument, ///< QTextDocument::toHtml(): 40px indents are quotes, h6 is an image caption
    Clipboard,  ///< Word, LibreOffice, Google Docs, web pages: mso-list fake lists, Mso* classes
};

struct SourceOptions
{
    SourceFlavor flavor = SourceFlavor::Body;
    /// Called with each image's src; returns the src to keep (e.g. "media:12") or an empty string
    /// to drop the image. Unset: sources are kept as they are (and checked by the writer).
    std::function<QString(const QString &src)> resolveImage;
    /// Relative links and image sources are resolved against this URL (the page copied from).
    QUrl baseUrl;
};

/// Feeds `tokens` into `writer`, turning what the source means into the elements the writer knows:
/// styled spans (font-weight, font-style, text-decoration) become strong/em/u, Word's list
/// paragraphs (style mso-list, bullet in a span mso-list:Ignore) become ul/ol items, Word's title,
/// heading, quote and caption classes become h2/h3, blockquote and figcaption.
void feedSource(const QList<Token> &tokens, BodyWriter &writer, const SourceOptions &options = {});

} // namespace toasoan::html
