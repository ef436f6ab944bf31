#include "app/render/PreviewRenderer.h"

#include "app/html/BodyHtml.h"
#include "app/html/HtmlLexer.h"
#include "app/text/Normalize.h"

#include <QLocale>
#include <QRegularExpression>

namespace toasoan::render {

namespace {

using html::escapeAttribute;
using html::escapeText;
using html::Token;

// The site's look, in what QTextBrowser's CSS understands. No colours for body text: the preview
// follows the system palette (light or dark).
const char *const kStyle = "h1 { font-size: x-large; margin-top: 4px; margin-bottom: 6px; }"
                           ".section { color: #c0392b; font-weight: bold; margin-bottom: 2px; }"
                           ".posted { color: #808080; font-size: small; margin-bottom: 12px; }"
                           ".sapo { font-weight: bold; }"
                           ".caption { font-style: italic; font-size: small; color: #808080; }"
                           ".byline { font-weight: bold; }"
                           "blockquote { font-style: italic; }"
                           // Wide photos fit the column, as on the site. QTextBrowser does not know
                           // max-width: PreviewView draws its images at most as wide as the column.
                           "img { max-width: 100%; height: auto; }";

QString startTag(const Token &t)
{
    QString out = QLatin1Char('<') + t.name;
    for (const auto &[name, value] : t.attributes) {
        out += QLatin1Char(' ') + name + QStringLiteral("=\"") + escapeAttribute(value) + QLatin1Char('"');
    }
    return out + QLatin1Char('>');
}

// "(NTL)", "( NTL )", "NTL -" already open the paragraph: the prefix is not added again.
bool startsWithDateline(const QString &paragraphText, const QString &dateline)
{
    const QString escaped = QRegularExpression::escape(dateline);
    const QRegularExpression already(QStringLiteral("^\\s*(\\(\\s*") + escaped + QStringLiteral("\\s*\\)|") + escaped +
                                         QStringLiteral("\\s*[-–—:])"),
                                     QRegularExpression::CaseInsensitiveOption);
    return already.match(paragraphText).hasMatch();
}

} // namespace

QString PreviewRenderer::renderBody(const QString &body, const QString &rawDateline)
{
    QString dateline = text::normalize(rawDateline).trimmed();
    while (dateline.startsWith(QLatin1Char('(')) && dateline.endsWith(QLatin1Char(')'))) {
        dateline = dateline.mid(1, dateline.size() - 2).trimmed();
    }
    const QList<Token> tokens = html::tokenize(html::normalizeBody(body));
    QString out;
    bool datelineDone = dateline.isEmpty();
    int depth = 0; // inside lists, quotes, tables, figures the dateline has no place
    QString align = QStringLiteral("center");
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        if (t.kind == Token::Kind::Text) {
            out += escapeText(t.text);
            continue;
        }
        const bool container = t.name == QLatin1String("ul") || t.name == QLatin1String("ol") ||
                               t.name == QLatin1String("blockquote") || t.name == QLatin1String("table") ||
                               t.name == QLatin1String("figure");
        if (t.kind == Token::Kind::End) {
            depth -= container ? 1 : 0;
            if (t.name == QLatin1String("figcaption")) {
                out += QStringLiteral("</p>");
            } else if (t.name != QLatin1String("figure")) {
                out += QStringLiteral("</") + t.name + QLatin1Char('>');
            }
            continue;
        }
        depth += container ? 1 : 0;
        if (t.name == QLatin1String("figure")) {
            const auto a = html::alignmentFromClass(t.attribute(QStringLiteral("class")));
            align = a == html::ImageAlignment::Left    ? QStringLiteral("left")
                    : a == html::ImageAlignment::Right ? QStringLiteral("right")
                                                       : QStringLiteral("center");
        } else if (t.name == QLatin1String("img")) {
            out += QStringLiteral("<p align=\"") + align + QStringLiteral("\">") + startTag(t) + QStringLiteral("</p>");
        } else if (t.name == QLatin1String("figcaption")) {
            out += QStringLiteral("<p class=\"caption\" align=\"") + align + QStringLiteral("\">");
        } else if (t.name == QLatin1String("table")) {
            out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
        } else if (t.name == QLatin1String("p") && depth == 0 && !datelineDone) {
            datelineDone = true;
            QString paragraphText;
            for (qsizetype j = i + 1; j < tokens.size() && !(tokens.at(j).kind == Token::Kind::End &&
                                                             tokens.at(j).name == QLatin1String("p"));
                 ++j) {
                paragraphText += tokens.at(j).text;
            }
            out += startTag(t);
            if (!startsWithDateline(paragraphText, dateline)) {
                out += QLatin1Char('(') + escapeText(dateline) + QStringLiteral(") ");
            }
        } else {
            out += startTag(t);
        }
    }
    if (!datelineDone) {
        out.prepend(QStringLiteral("<p>(") + escapeText(dateline) + QStringLiteral(")</p>\n"));
    }
    return out;
}

QString PreviewRenderer::render(const Article &article, const PreviewOptions &options)
{
    QDateTime posted = options.publishedAt;
    if (!posted.isValid()) {
        posted = article.scheduledAt.isValid() ? article.scheduledAt : QDateTime::currentDateTime();
    }
    posted = posted.toLocalTime();
    const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);

    QString out =
        QStringLiteral("<html><head><style>") + QLatin1String(kStyle) + QStringLiteral("</style></head><body>\n");
    const QString category = text::normalize(options.categoryName).trimmed();
    if (!category.isEmpty()) {
        out += QStringLiteral("<p class=\"section\">") + escapeText(vietnamese.toUpper(category)) +
               QStringLiteral("</p>\n");
    }
    out += QStringLiteral("<h1>") + escapeText(text::normalize(article.title).trimmed()) + QStringLiteral("</h1>\n");
    out +=
        QStringLiteral("<p class=\"posted\">") +
        escapeText(tr("Posted %1 | %2")
                       .arg(posted.toString(QStringLiteral("dd/MM/yyyy")), posted.toString(QStringLiteral("HH:mm")))) +
        QStringLiteral("</p>\n");
    const QString sapo = text::normalize(article.sapo).trimmed();
    if (!sapo.isEmpty()) {
        out += QStringLiteral("<p class=\"sapo\"><b>") + escapeText(sapo) + QStringLiteral("</b></p>\n");
    }
    out += renderBody(article.body, article.dateline) + QLatin1Char('\n');
    const QString byline = text::normalize(article.byline).trimmed();
    if (!byline.isEmpty()) {
        out += QStringLiteral("<p class=\"byline\" align=\"right\"><b>") + escapeText(byline) +
               QStringLiteral("</b></p>\n");
    }
    const QString source = text::normalize(article.source).trimmed();
    if (!source.isEmpty()) {
        out += QStringLiteral("<p align=\"right\"><i>") + escapeText(tr("Source: %1").arg(source)) +
               QStringLiteral("</i></p>\n");
    }
    return out + QStringLiteral("</body></html>");
}

} // namespace toasoan::render
