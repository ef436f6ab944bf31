#pragma once

#include "app/io/HtmlTokenizer.h"

#include <QString>

namespace toasoan::io {

/// Reduces any HTML to the article subset: p, h2, h3, strong, em, u, ul, ol, li, blockquote,
/// a (http/https/mailto/relative href), img (http/https/relative src, alt), table, tr, td, th, br.
/// Scripts, styles, frames and forms are dropped with their content; every attribute outside
/// the subset (on*, style, class...) is dropped; other tags are unwrapped, keeping their text.
/// Loose text is wrapped in paragraphs. The result is NFC and well formed.
QString sanitizeHtml(const QString &html);
QString sanitizeHtml(const QList<HtmlToken> &tokens);

/// What an HTML file gives for an article. Empty fields were not found.
struct HtmlArticle
{
    QString title;    ///< <title>, else the first <h1>
    QString sapo;     ///< <meta name="description">, else an element with class "sapo"
    QString byline;   ///< an element with class "byline", else <meta name="author">
    QString source;   ///< an element with class "source" (its "label" span left out)
    QString dateline; ///< "NTL" when the first paragraph opens with "(NTL) "
    QString body;     ///< sanitized, without the title heading, sapo, byline, source and dateline
};

/// Reads an article from a whole HTML document or a fragment; every text is NFC.
HtmlArticle parseHtmlArticle(const QString &html);

/// Splits a "(NTL) " dateline off the start of the first paragraph of a sanitized body;
/// gives the dateline ("NTL") and changes `body`, or gives an empty string and leaves it.
QString takeDateline(QString &body);

} // namespace toasoan::io
