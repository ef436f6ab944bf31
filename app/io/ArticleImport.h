#pragma once

#include "app/core/Result.h"
#include "app/io/OfficeImport.h"
#include "app/model/Article.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>

namespace toasoan {
class Database;
}

namespace toasoan::io {

/// Decodes a file's bytes as UTF-8 (a BOM is dropped). Io error with a clear message for binary
/// content (NUL or control bytes) and for bytes that are not UTF-8 (e.g. TCVN3/VNI files).
Result<QString> decodeTextFile(const QByteArray &data, const QString &fileName);

/// A short line of capitalized words: the author's name, as district sites print it under an article.
bool looksLikeByline(const QString &paragraph);

/// Plain text: the first non-empty line is the title, blank lines separate paragraphs, a first
/// paragraph opening with "(NTL) " gives the dateline, a short last line made of capitalized
/// words (the author's name, as district sites print it) gives the byline.
Article articleFromPlainText(const QString &text);

/// HTML: see parseHtmlArticle(); the body is reduced to the article subset.
Article articleFromHtml(const QString &html, const std::function<QString(const QString &src)> &resolveImage = {});

/// The content of an article exported with `articles export --format json` (ids, state, version
/// and dates are left out: the import is a new draft). Invalid for other JSON.
Result<Article> articleFromExportedJson(const QString &json, const QString &fileName);

/// Reads an .html/.htm, .txt or exported .json file (other names are sniffed as HTML or text)
/// into a new, unsaved article. Every string is NFC. Invalid when the file gives no title.
Result<Article> readArticleFile(const QString &path);

/// Any file the import accepts: .docx/.odt (and .doc, refused with a clear message) through
/// readOfficeDocument(), the others through readArticleFile(); an HTML file's pictures from its folder
/// are read too (readLocalImages(): a missing one is an error naming it). Nothing is stored yet:
/// finishImport() gives the article to save.
Result<ImportedArticle> readImportFile(const QString &path);

/// One file of an import, stored as a draft.
struct ImportedFile
{
    QString path;
    qint64 articleId = 0;
    QString title;
    int legacyRuns = 0;        ///< runs in TCVN3/VNI fonts converted (see ImportedArticle)
    QStringList missingImages; ///< pictures left out (see ImportedArticle)
};

/// Imports `paths` as drafts by `authorId`, all or none: every file is read first (the first that
/// cannot be read gives its error, which names it), then the documents' images and the articles are
/// written in one transaction (ArticleRepository::createMany: search indexes them afterwards).
Result<QList<ImportedFile>> importArticleFiles(Database &db, const QStringList &paths, qint64 authorId);

} // namespace toasoan::io
