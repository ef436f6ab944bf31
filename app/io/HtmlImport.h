#pragma once

#include <QString>
#include <functional>

namespace toasoan::io {

/// What an HTML file gives for an article. Empty fields were not found.
struct HtmlArticle
{
    QString title;    ///< <title>, else the first <h1>
    QString sapo;     ///< <meta name="description">, else an element with class "sapo"
    QString byline;   ///< an element with class "byline", else <meta name="author">
    QString source;   ///< an element with class "source" (its "label" span left out)
    QString dateline; ///< "NTL" when the first paragraph opens with "(NTL) "
    QString body;     ///< html::normalizeBody(), without the title heading, sapo, byline, source and dateline
};

/// Reads an article from a whole HTML document or a fragment; every text is NFC. `resolveImage`, when
/// given, sees each body image's src and gives the one the body keeps (html::normalizeBody()).
HtmlArticle parseHtmlArticle(const QString &html, const std::function<QString(const QString &src)> &resolveImage = {});

/// Splits a "(NTL) " dateline off the start of the first paragraph of a normalised body;
/// gives the dateline ("NTL") and changes `body`, or gives an empty string and leaves it.
QString takeDateline(QString &body);

} // namespace toasoan::io
