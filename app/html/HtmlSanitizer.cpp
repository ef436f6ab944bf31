#include "html/HtmlSanitizer.h"

#include "html/BodyHtml.h"
#include "html/HtmlLexer.h"
#include "text/Normalize.h"

#include <QStringList>

namespace toasoan::html {

QString plainText(const QString &html)
{
    QString out;
    QStringList dropping;
    for (const Token &t : tokenize(html)) {
        if (!dropping.isEmpty()) {
            if (t.kind == Token::Kind::End && t.name == dropping.constLast()) {
                dropping.removeLast();
            }
            continue;
        }
        if (t.kind == Token::Kind::Text) {
            out += t.text;
        } else if (t.kind == Token::Kind::Start && dropsElementContent(t.name) && !isVoidElement(t.name) &&
                   !t.selfClosing) {
            dropping.append(t.name);
        } else {
            out += QLatin1Char(' ');
        }
    }
    return text::normalize(out).simplified();
}

} // namespace toasoan::html
