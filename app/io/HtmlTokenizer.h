#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace toasoan::io {

/// One piece of an HTML document: text (entities decoded), a start tag or an end tag.
struct HtmlToken
{
    enum class Kind
    {
        Text,
        Start,
        End
    };

    Kind kind = Kind::Text;
    QString name;                              ///< lower-case tag name; empty for text
    QList<QPair<QString, QString>> attributes; ///< lower-case names, decoded values, in order
    QString text;                              ///< decoded text for Kind::Text
    bool selfClosing = false;

    QString attribute(const QString &attributeName) const;
    /// True when the class attribute lists `className`.
    bool hasClass(const QString &className) const;
};

/// A forgiving tokenizer for the HTML people paste or save from word processors and websites:
/// never fails, skips comments, doctype and processing instructions, keeps the content of
/// script/style/title/textarea as one raw text token so markup inside them is never seen as tags.
QList<HtmlToken> tokenizeHtml(const QString &html);

/// Decodes character references (&amp;, &#7871;, &#x1EBF;, common named ones); unknown ones are kept.
QString decodeHtmlEntities(const QString &text);

/// Escapes &, <, > and (with `attribute`) the double quote.
QString escapeHtml(const QString &text, bool attribute = false);

/// True for tags that never have content (br, img, meta, ...).
bool isVoidHtmlElement(const QString &name);

} // namespace toasoan::io
