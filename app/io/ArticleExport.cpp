#include "app/io/ArticleExport.h"

#include "app/html/HtmlLexer.h"
#include "app/html/PlainText.h"
#include "app/storage/ArticleJson.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/storage/UserRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace toasoan::io {

namespace {

using html::escapeAttribute;
using html::escapeText;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::io)
};

QJsonValue idToJson(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

} // namespace

// The dateline opens the first paragraph, the way district sites print "(NTL) Sáng ngày...".
QString bodyWithDateline(const Article &article)
{
    if (article.dateline.isEmpty()) {
        return article.body;
    }
    const QString prefix = QLatin1Char('(') + escapeText(article.dateline) + QStringLiteral(") ");
    // A body typed with its dateline already in it is not given a second one.
    if (article.body.startsWith(QStringLiteral("<p>") + prefix.trimmed())) {
        return article.body;
    }
    if (article.body.startsWith(QLatin1String("<p>"))) {
        return QStringLiteral("<p>") + prefix + article.body.mid(3);
    }
    return QStringLiteral("<p>") + prefix.trimmed() + QStringLiteral("</p>\n") + article.body;
}

ArticleNames lookUpArticleNames(Database &db, const Article &article)
{
    ArticleNames names;
    if (article.categoryId > 0) {
        if (auto category = TaxonomyRepository(db).loadCategory(article.categoryId)) {
            names.categoryName = category->name;
        }
    }
    if (auto author = UserRepository(db).load(article.authorId)) {
        names.authorLogin = author->login;
        names.authorName = author->displayName;
    }
    return names;
}

QJsonValue timeToJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString articleToHtmlDocument(const Article &article, const ArticleNames &names)
{
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n");
    html += QStringLiteral("<title>") + escapeText(article.title) + QStringLiteral("</title>\n");
    if (!article.sapo.isEmpty()) {
        html += QStringLiteral("<meta name=\"description\" content=\"") + escapeAttribute(article.sapo) +
                QStringLiteral("\">\n");
    }
    if (!article.byline.isEmpty()) {
        html += QStringLiteral("<meta name=\"author\" content=\"") + escapeAttribute(article.byline) +
                QStringLiteral("\">\n");
    }
    if (!names.categoryName.isEmpty()) {
        html += QStringLiteral("<meta name=\"category\" content=\"") + escapeAttribute(names.categoryName) +
                QStringLiteral("\">\n");
    }
    html += QStringLiteral("<meta name=\"generator\" content=\"ToaSoan ") + QStringLiteral(TOASOAN_VERSION) +
            QStringLiteral("\">\n");
    html += QStringLiteral("<style>body{max-width:46em;margin:2em auto;font-family:serif;line-height:1.5}"
                           ".sapo{font-weight:bold}.byline{text-align:right;font-weight:bold}</style>\n");
    html += QStringLiteral("</head>\n<body>\n<article>\n");
    html += QStringLiteral("<h1>") + escapeText(article.title) + QStringLiteral("</h1>\n");
    if (!article.sapo.isEmpty()) {
        html += QStringLiteral("<p class=\"sapo\">") + escapeText(article.sapo) + QStringLiteral("</p>\n");
    }
    html += QStringLiteral("<div class=\"body\">\n") + bodyWithDateline(article) + QStringLiteral("\n</div>\n");
    if (!article.byline.isEmpty()) {
        html += QStringLiteral("<p class=\"byline\">") + escapeText(article.byline) + QStringLiteral("</p>\n");
    }
    if (!article.source.isEmpty()) {
        html += QStringLiteral("<p class=\"source\"><span class=\"label\">") + escapeText(Text::tr("Source:")) +
                QStringLiteral("</span> ") + escapeText(article.source) + QStringLiteral("</p>\n");
    }
    html += QStringLiteral("</article>\n</body>\n</html>\n");
    return html;
}

QJsonObject articleToJson(const Article &article, const ArticleNames &names)
{
    // The stored form (revisions use it too) plus the names a reader of the export needs.
    QJsonObject json = toasoan::articleToJson(article);
    json.insert(QStringLiteral("category_name"),
                names.categoryName.isEmpty() ? QJsonValue() : QJsonValue(names.categoryName));
    json.insert(QStringLiteral("author_login"), names.authorLogin);
    json.insert(QStringLiteral("author_name"), names.authorName);
    return json;
}

QJsonObject articleSummaryToJson(const ArticleSummary &s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("uuid"), s.uuid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("state"), workflowStateKey(s.state)},
        {QStringLiteral("category_id"), idToJson(s.categoryId)},
        {QStringLiteral("category_name"), s.categoryName.isEmpty() ? QJsonValue() : QJsonValue(s.categoryName)},
        {QStringLiteral("author_id"), s.authorId},
        {QStringLiteral("author_name"), s.authorName},
        {QStringLiteral("byline"), s.byline},
        {QStringLiteral("version"), s.version},
        {QStringLiteral("created_at"), timeToJson(s.createdAt)},
        {QStringLiteral("updated_at"), timeToJson(s.updatedAt)},
        {QStringLiteral("scheduled_at"), timeToJson(s.scheduledAt)},
        {QStringLiteral("deleted_at"), timeToJson(s.deletedAt)},
    };
}

QString htmlToPlainText(const QString &html)
{
    html::PlainTextOptions options;
    options.readable = true;
    return html::toPlainText(html, options);
}

} // namespace toasoan::io
