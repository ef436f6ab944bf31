#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace toasoan::html {

/// One piece of an HTML string. Comments, doctypes, processing instructions and the content of
/// raw-text elements (script, style...) never become tokens that could be mistaken for markup.
struct Token
{
    enum class Kind
    {
        Text,  ///< `text` holds the decoded characters
        Start, ///< start tag; `name` lower-case, `attributes` decoded
        End,   ///< end tag
    };

    Kind kind = Kind::Text;
    QString name;
    QList<QPair<QString, QString>> attributes; ///< lower-case names, decoded values; first wins
    QString text;
    bool selfClosing = false;

    QString attribute(const QString &attributeName) const;
};

/// Splits `html` into tokens. Never fails and runs in linear time: an unterminated comment or
/// tag swallows the rest of the input (as browsers do), a lone '<' is text, the content of
/// script/style/iframe/textarea/title/xmp/noembed/noframes/noscript/template/svg/math is
/// dropped (a Start and End token are kept so callers see the element).
QList<Token> tokenize(const QString &html);

/// Decodes character references: numeric ones (invalid code points become U+FFFD) and the
/// named ones found in Vietnamese office documents. Unknown references are left as they are.
QString decodeEntities(const QString &text);

/// Escapes &, < and > for text content.
QString escapeText(const QString &text);
/// Escapes &, <, > and " for a double-quoted attribute value.
QString escapeAttribute(const QString &value);

} // namespace toasoan::html
