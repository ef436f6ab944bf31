#pragma once

#include "app/html/Entities.h"

#include <QList>
#include <QPair>
#include <QString>

namespace toasoan::html {

/// One piece of an HTML string. Comments, doctypes, processing instructions and the content of
/// raw-text elements (script, style...) never become tokens that could be mistaken for markup:
/// they lie between the source ranges of the tokens.
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
    qsizetype begin = 0; ///< where the token starts in the tokenized string
    qsizetype end = 0;   ///< just past its last character: `html.mid(begin, end - begin)` is the source

    QString attribute(const QString &attributeName) const;
};

/// Splits `html` into tokens. Never fails and runs in linear time: an unterminated comment or
/// tag swallows the rest of the input (as browsers do), a lone '<' is text, the content of
/// script/style/iframe/xmp/noembed/noframes/noscript/template/svg/math/object/plaintext is
/// dropped (a Start and End token are kept so callers see the element). The content of title
/// and textarea (RCDATA) is one decoded Text token between their Start and End: callers that
/// build a body skip it. Text never spans a comment, so the source ranges are exact.
QList<Token> tokenize(const QString &html);

/// True for the elements whose content tokenize() gives as plain text (title, textarea).
bool isRcdataElement(const QString &name);

} // namespace toasoan::html
