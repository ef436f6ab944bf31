#include "app/io/HtmlImport.h"

#include "app/html/BodyHtml.h"
#include "app/html/HtmlLexer.h"
#include "app/text/Normalize.h"

#include <QRegularExpression>

namespace toasoan::io {

namespace {

using html::Token;
using Kind = Token::Kind;

bool hasClass(const Token &t, const QString &className)
{
    static const QRegularExpression spaces(QStringLiteral("[ \t\n\f\r]+"));
    return t.attribute(QStringLiteral("class")).split(spaces, Qt::SkipEmptyParts).contains(className);
}

QString textOf(const QList<Token> &tokens, qsizetype from, qsizetype to)
{
    QString out;
    for (qsizetype i = from; i < to; ++i) {
        const Token &t = tokens.at(i);
        out += t.kind == Kind::Text ? t.text : QStringLiteral(" ");
    }
    return text::normalize(out.simplified());
}

// Index just past the end tag closing the element that starts at `start`.
qsizetype elementEnd(const QList<Token> &tokens, qsizetype start)
{
    const Token &open = tokens.at(start);
    if (open.selfClosing || html::isVoidElement(open.name)) {
        return start + 1;
    }
    int depth = 0;
    for (qsizetype i = start; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        if (t.name != open.name) {
            continue;
        }
        depth += t.kind == Kind::Start ? 1 : t.kind == Kind::End ? -1 : 0;
        if (depth == 0) {
            return i + 1;
        }
    }
    return tokens.size();
}

} // namespace

QString takeDateline(QString &body)
{
    static const QRegularExpression opening(QStringLiteral("^<p>\\(([^()<>\\n]{1,24})\\)\\s*"));
    const QRegularExpressionMatch match = opening.match(body);
    if (!match.hasMatch()) {
        return {};
    }
    const QString dateline = match.captured(1).trimmed();
    body = QStringLiteral("<p>") + body.mid(match.capturedEnd());
    if (body.startsWith(QLatin1String("<p></p>"))) {
        body = body.mid(7).trimmed();
    }
    return dateline;
}

HtmlArticle parseHtmlArticle(const QString &html, const std::function<QString(const QString &src)> &resolveImage)
{
    const QList<Token> tokens = html::tokenize(html);
    HtmlArticle article;
    QString documentTitle;
    QString metaAuthor;
    qsizetype h1Start = -1;
    qsizetype h1End = -1;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        if (t.kind != Kind::Start) {
            continue;
        }
        if (t.name == QLatin1String("title") && documentTitle.isEmpty()) {
            documentTitle = textOf(tokens, i + 1, elementEnd(tokens, i) - 1);
        } else if (t.name == QLatin1String("meta")) {
            const QString metaName = t.attribute(QStringLiteral("name")).toLower();
            const QString content = text::normalize(t.attribute(QStringLiteral("content")).simplified());
            if (metaName == QLatin1String("description")) {
                article.sapo = content;
            } else if (metaName == QLatin1String("author")) {
                metaAuthor = content;
            }
        } else if (t.name == QLatin1String("h1") && h1Start < 0) {
            h1Start = i;
            h1End = elementEnd(tokens, i);
        }
    }

    // A saved web page's <title> is often "Headline - Site name": prefer the <h1> it contains.
    const QString h1Text = h1Start >= 0 ? textOf(tokens, h1Start + 1, h1End - 1) : QString();
    bool dropH1 = false;
    if (!h1Text.isEmpty() && (documentTitle.isEmpty() || documentTitle.contains(h1Text))) {
        article.title = h1Text;
        dropH1 = true;
    } else {
        article.title = documentTitle.isEmpty() ? h1Text : documentTitle;
        dropH1 = !h1Text.isEmpty() && h1Text == article.title;
    }

    QList<Token> bodyTokens;
    QString sapoText;
    QString bylineText;
    for (qsizetype i = 0; i < tokens.size();) {
        const Token &t = tokens.at(i);
        if (t.kind == Kind::Start && dropH1 && i == h1Start) {
            i = h1End;
            continue;
        }
        if (t.kind == Kind::Start && (hasClass(t, QStringLiteral("sapo")) || hasClass(t, QStringLiteral("byline")) ||
                                      hasClass(t, QStringLiteral("source")))) {
            const qsizetype end = elementEnd(tokens, i);
            QList<Token> inner;
            for (qsizetype k = i + 1; k < end - 1; ++k) {
                // The "Source:" label written by our own export is not part of the value.
                if (tokens.at(k).kind == Kind::Start && hasClass(tokens.at(k), QStringLiteral("label"))) {
                    k = elementEnd(tokens, k) - 1;
                    continue;
                }
                inner.append(tokens.at(k));
            }
            const QString value = textOf(inner, 0, inner.size());
            if (hasClass(t, QStringLiteral("sapo"))) {
                sapoText = value;
            } else if (hasClass(t, QStringLiteral("byline"))) {
                bylineText = value;
            } else {
                article.source = value;
            }
            i = end;
            continue;
        }
        bodyTokens.append(t);
        ++i;
    }
    if (article.sapo.isEmpty()) {
        article.sapo = sapoText;
    }
    article.byline = bylineText.isEmpty() ? metaAuthor : bylineText;
    article.body = html::normalizeBody(bodyTokens, resolveImage);
    article.dateline = takeDateline(article.body);
    return article;
}

} // namespace toasoan::io
