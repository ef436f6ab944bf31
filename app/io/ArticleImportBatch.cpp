// Importing several files at once, all or none: the command line and the window share it.
#include "app/io/ArticleImport.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/MediaRepository.h"

namespace toasoan::io {

Result<QList<ImportedFile>> importArticleFiles(Database &db, const QStringList &paths, qint64 authorId)
{
    QList<ImportedArticle> read;
    for (const QString &path : paths) {
        TOASOAN_TRY(one, readImportFile(path));
        read.append(std::move(one).value());
    }
    QList<ImportedFile> files;
    TOASOAN_CHECK(db.transaction([&]() -> Result<void> {
        // The documents' images first: the bodies point at them. A failure rolls them back too.
        MediaRepository media(db);
        QList<Article> drafts;
        for (qsizetype i = 0; i < read.size(); ++i) {
            TOASOAN_TRY(finished, finishImport(read.at(i), media));
            Article article = std::move(finished).value();
            article.authorId = authorId;
            files.append(
                ImportedFile{paths.at(i), 0, article.title.trimmed(), read.at(i).legacyRuns, read.at(i).missingImages});
            drafts.append(std::move(article));
        }
        ArticleRepository articles(db);
        if (drafts.size() == 1) {
            // One file takes the path of any new article (indexed at once, its write errors worded
            // as for a save); many take the bulk path.
            TOASOAN_TRY(created, articles.create(drafts.constFirst(), authorId));
            files.first().articleId = created->id;
            return {};
        }
        TOASOAN_TRY(ids, articles.createMany(drafts, authorId));
        for (qsizetype i = 0; i < ids->size() && i < files.size(); ++i) {
            files[i].articleId = ids->at(i);
        }
        return {};
    }));
    return files;
}

} // namespace toasoan::io
