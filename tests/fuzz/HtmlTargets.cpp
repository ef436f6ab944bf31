// The HTML pipeline and the readers of a user's files.
#include "app/html/BodyHtml.h"
#include "app/html/Entities.h"
#include "app/html/HtmlLexer.h"
#include "app/html/PasteCleaner.h"
#include "app/html/PlainText.h"
#include "app/io/ArticleImport.h"
#include "app/io/HtmlImport.h"
#include "tests/fuzz/FuzzTargets.h"

namespace toasoan::fuzz {

namespace {

void checkText(const char *target, const QString &text, const char *what, const QString &input)
{
    if (!validUtf16(text)) {
        fail(target, QStringLiteral("%1 is not valid UTF-16").arg(QLatin1String(what)), input);
    }
}

void checkBody(const char *target, const QString &body, const char *what, const QString &input)
{
    checkText(target, body, what, input);
    const QString again = html::normalizeBody(body);
    if (again != body) {
        qsizetype at = 0;
        while (at < body.size() && at < again.size() && body.at(at) == again.at(at)) {
            ++at;
        }
        const qsizetype from = qMax<qsizetype>(0, at - 120);
        fail(target,
             QStringLiteral("normalizeBody is not idempotent on %1, from character %2:\n  once:  …%3\n  twice: …%4")
                 .arg(QLatin1String(what))
                 .arg(at)
                 .arg(body.mid(from, 240), again.mid(from, 240)),
             input);
    }
}

} // namespace

void html(const QByteArray &input)
{
    const QString source = QString::fromUtf8(input);

    const QList<html::Token> tokens = html::tokenize(source);
    qsizetype previousEnd = 0;
    for (const html::Token &token : tokens) {
        if (token.begin < previousEnd || token.end < token.begin || token.end > source.size()) {
            fail("html",
                 QStringLiteral("token source range [%1, %2) after %3 in %4 characters")
                     .arg(token.begin)
                     .arg(token.end)
                     .arg(previousEnd)
                     .arg(source.size()),
                 source);
        }
        previousEnd = token.end;
        checkText("html", token.text, "a token's text", source);
    }

    checkText("html", html::decodeEntities(source, html::EntityContext::Text), "decodeEntities (text)", source);
    checkText("html", html::decodeEntities(source, html::EntityContext::Attribute), "decodeEntities (attribute)",
              source);
    checkText("html", html::toPlainText(source), "toPlainText", source);
    checkText("html", html::toPlainText(source, {true, true}), "toPlainText (readable)", source);

    checkBody("html", html::normalizeBody(source), "normalizeBody's output", source);
    checkBody("html", html::PasteCleaner().cleanHtml(source).body, "a cleaned paste", source);
    checkBody("html", html::bodyFromQtHtml(source), "bodyFromQtHtml's output", source);
}

void userFile(const QByteArray &input)
{
    const auto decoded = io::decodeTextFile(input, QStringLiteral("fuzz.txt"));
    if (!decoded) {
        if (decoded.error().message.isEmpty()) {
            fail("user_file", QStringLiteral("a refused file without a message"));
        }
        return;
    }
    const QString text = *decoded;
    checkText("user_file", text, "the decoded file", text);
    if (text.startsWith(QChar(0xFEFF))) {
        fail("user_file", QStringLiteral("the byte order mark was kept"), text);
    }
    const Article plain = io::articleFromPlainText(text);
    checkText("user_file", plain.title, "a plain-text title", text);
    checkBody("user_file", plain.body, "a plain-text article's body", text);
    const Article fromHtml = io::articleFromHtml(text);
    checkText("user_file", fromHtml.title, "an HTML title", text);
    checkBody("user_file", fromHtml.body, "an HTML article's body", text);
}

} // namespace toasoan::fuzz
