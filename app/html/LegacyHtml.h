#pragma once

#include "app/text/LegacyEncoding.h"

#include <QString>
#include <functional>

namespace toasoan::html {

/// How convertLegacyHtml() treats the text nodes that no legacy font name covers.
struct HtmlDecodeOptions
{
    text::LegacyEncoding fallback = text::LegacyEncoding::Unicode; ///< encoding of nodes without a legacy font
    bool fallbackCaps = false;                                     ///< TCVN3 fallback drawn with a caps font
    bool trustUnicodeFonts = true; ///< a node inside a named non-legacy font (Arial) is left as Unicode
    std::function<QString(const QString &)> transformText; ///< applied to every decoded text node, if set
};

/// The converted document and how many text nodes changed.
struct HtmlConversion
{
    QString html;
    int textNodes = 0;
    int convertedNodes = 0;
};

/// Decodes the text nodes of `html` (a Word export or a clipboard fragment) to Unicode NFC, leaving the
/// markup, scripts and styles alone. Each node takes the encoding of the nearest enclosing element that
/// names a font (.Vn… -> TCVN3, .Vn…H -> TCVN3 caps, VNI-… -> VNI), else `options.fallback`; a node that
/// already holds Unicode-only Vietnamese letters is never decoded. Legacy font names are replaced with
/// Unicode fonts and a <meta> charset becomes utf-8, so the result displays correctly as UTF-8.
HtmlConversion convertLegacyHtml(const QString &html, const HtmlDecodeOptions &options);

/// The text of an HTML document for legacy-encoding detection: toPlainText() keeping the soft hyphen
/// (TCVN3's "ư").
QString legacyPlainText(const QString &html);

} // namespace toasoan::html
