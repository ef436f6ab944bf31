#pragma once

#include <QString>

namespace toasoan::html {

/// Where a character reference stands: the HTML5 rules for a legacy name written without ';'
/// differ in attribute values ("?a=1&copy=2" in a URL is not "©=2").
enum class EntityContext
{
    Text,
    Attribute,
};

/// Decodes character references by the HTML5 rules: every WHATWG named reference (with ';', and
/// the legacy names such as "&copy" without it, longest match first), decimal and hex numeric
/// ones (NUL, surrogates and values past U+10FFFF become U+FFFD; 0x80–0x9F are read as
/// Windows-1252, as browsers do). Unknown references are left as written.
QString decodeEntities(const QString &text, EntityContext context = EntityContext::Text);

/// Escapes &, < and > for text content.
QString escapeText(const QString &text);
/// escapeText() of one character, appended to `out` (for writers that stream characters).
void appendEscaped(QString &out, QChar c);
/// Escapes &, <, > and " for a double-quoted attribute value.
QString escapeAttribute(const QString &value);
/// escapeAttribute() and ' as well: text that may end up in content or in any attribute, single- or
/// double-quoted, and whose straight quotes no filter may turn into curly ones (WordPress's wptexturize
/// leaves character references alone).
QString escapeAll(const QString &text);

} // namespace toasoan::html
