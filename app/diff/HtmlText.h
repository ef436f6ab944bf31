#pragma once

#include <QString>
#include <QStringList>

namespace toasoan::diff {

/// The text paragraphs of an article body: tags stripped, block elements (p, h1–h6, li,
/// blockquote, br, div...) end a paragraph, entities decoded, white space collapsed, NFC.
/// Empty paragraphs are dropped; script and style contents are skipped. Needs no QtGui.
QStringList htmlToParagraphs(const QString &html);

/// Decodes the character references of `text` (&amp;, &#7879;, &#x1EC7;, the Latin-1 names...).
QString decodeEntities(const QString &text);

} // namespace toasoan::diff
