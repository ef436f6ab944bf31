#pragma once

#include "app/model/Article.h"

#include <QJsonObject>
#include <QString>

namespace toasoan {
class Database;
}

namespace toasoan::io {

/// Names the article only refers to by id, looked up by the caller.
struct ArticleNames
{
    QString categoryName;
    QString authorLogin;
    QString authorName;
};

/// The names of the article's category and author, read from the workspace (empty when they cannot be).
ArticleNames lookUpArticleNames(Database &db, const Article &article);

/// A standalone UTF-8 HTML document: title, sapo, dateline and body, byline, source. Reading it
/// back with readArticleFile() gives the same title, sapo, body, dateline, byline and source.
QString articleToHtmlDocument(const Article &article, const ArticleNames &names = {});

/// The body with the dateline opening its first paragraph ("(NTL) Sáng ngày…"), as printed and
/// exported; importing the export splits it off again (takeDateline()).
QString bodyWithDateline(const Article &article);

/// Every field of the article (storage/ArticleJson.h keys) plus category_name, author_login and
/// author_name; times are ISO 8601 UTC, missing ones null.
QJsonObject articleToJson(const Article &article, const ArticleNames &names = {});

/// The JSON of one list row (no body).
QJsonObject articleSummaryToJson(const ArticleSummary &summary);

/// ISO 8601 UTC with milliseconds, or null for an invalid time.
QJsonValue timeToJson(const QDateTime &time);

/// Readable text of an article body: paragraphs separated by blank lines, list items bulleted.
QString htmlToPlainText(const QString &html);

} // namespace toasoan::io
