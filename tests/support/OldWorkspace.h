#pragma once

// An SQLite workspace as an older ToaSoan left it, for the tests of schema updates on opening.

#include "app/model/Article.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/UserRepository.h"
#include "tests/support/SchemaRewind.h"

#include <QString>

namespace toasoan::test {

/// Writes at `path` a workspace at schema 21 (the last before migration 22 moved revision bodies out of
/// their snapshots, which frees space) holding `articles` articles of about `bodyBytes` of body each, every
/// revision with the whole article in its snapshot. Returns false when it could not.
inline bool writeSchema21Workspace(const QString &path, int articles, int bodyBytes)
{
    auto opened = Database::open(path);
    if (!opened) {
        return false;
    }
    Database &db = **opened;
    auto author = UserRepository(db).create(QStringLiteral("lan"), QStringLiteral("Nguyễn Thị Lan"), Role::Reporter,
                                            QStringLiteral("mat-khau-1"));
    if (!author) {
        return false;
    }
    QList<Article> drafts;
    const QString paragraph = QStringLiteral("<p>Tin bài số %1 về giao thông nông thôn của huyện.</p>");
    for (int i = 0; i < articles; ++i) {
        Article a;
        a.title = QStringLiteral("Bài %1").arg(i + 1);
        a.authorId = author->id;
        while (a.body.size() < bodyBytes) {
            a.body += paragraph.arg(a.body.size() + i);
        }
        drafts.append(a);
    }
    if (!ArticleRepository(db).createMany(drafts, author->id)) {
        return false;
    }
    // Undoes migration 24 and 22 as tst_revision_storage does, then steps back the version of 23 and 25 (nothing
    // to undo on SQLite: 25's index is made IF NOT EXISTS).
    if (!undoSearchBodiesByReference(db)) {
        return false;
    }
    for (const char *sql : {"DROP TRIGGER articles_keep_revision_body",
                            "UPDATE revisions SET snapshot = json_set(snapshot, '$.body', coalesce(body, (SELECT "
                            "a.body FROM articles a WHERE a.id = revisions.article_id)))",
                            "ALTER TABLE revisions DROP COLUMN body", "UPDATE schema_version SET version = 21"}) {
        if (!db.exec(QString::fromUtf8(sql))) {
            return false;
        }
    }
    return db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok();
}

} // namespace toasoan::test
