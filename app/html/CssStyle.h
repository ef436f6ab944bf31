#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace toasoan::html {

/// The declarations of a style="" attribute, in order: property names lower case, values trimmed
/// (case kept), `!important` removed. Tolerates Word's quoting and missing semicolons.
QList<QPair<QString, QString>> parseStyle(const QString &style);

/// The last value of `property` in `style`, lower case; empty when absent.
QString styleValue(const QString &style, const QString &property);

/// Inline formatting a style declares: bold (font-weight bold/600-900), italic (font-style
/// italic/oblique), underline (text-decoration[-line] underline). `notBold`/`notItalic` are set
/// when the style explicitly cancels them (Google Docs wraps everything in <b style="font-weight:normal">).
struct StyleFormats
{
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool notBold = false;
    bool notItalic = false;
};
StyleFormats formatsFromStyle(const QString &style);

} // namespace toasoan::html
