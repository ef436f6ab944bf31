#pragma once

#include "app/text/LegacyDetect.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace toasoan::ui {

/// What the "Chuyển mã" tool converts: pasted or typed text (with the clipboard's HTML, whose font names
/// hint at the encoding), or a whole HTML document opened from a file.
struct ConversionInput
{
    QString text;
    QString html;              ///< the clipboard's HTML for a paste; the document itself in document mode
    bool htmlDocument = false; ///< convert `html` as a document (text nodes only) instead of `text`
};

/// The converted document, its text for the preview, and the encoding used.
struct ConversionResult
{
    QString output;  ///< UTF-8-ready NFC text, or the converted HTML document
    QString preview; ///< the text a reader sees (the document's text in document mode)
    text::LegacyDetection detection;
};

/// Converts `input` from `from` (nullopt: detect). `capsFont` forces TCVN3's all-caps reading when
/// `from` is TCVN3; detection finds caps fonts by itself.
ConversionResult convertInput(const ConversionInput &input, std::optional<text::LegacyEncoding> from,
                              bool capsFont = false);

/// Whether a file name or its contents say HTML (.htm, .html, or a document starting with <html>).
bool isHtmlDocument(const QString &fileName, const QString &contents);

} // namespace toasoan::ui
