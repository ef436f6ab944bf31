#pragma once

// For tests that rewind a workspace's schema number to let an older version's migrations run again: the
// steps that undo the newest migrations, which would not run twice over their own result.
#include "app/storage/Database.h"
#include "app/storage/Migrations.h"

#include <QStringList>

namespace toasoan::test {

/// Undoes migration 24 on SQLite (nothing to undo on PostgreSQL): search_docs becomes migration 6's table
/// again, with every body's text, kept by migration 6's triggers.
inline Result<void> undoSearchBodiesByReference(Database &db)
{
    if (db.isShared()) {
        return {};
    }
    // Migration 6's own statements, so that the undo cannot drift from what it built.
    QStringList table;
    QStringList keepers;
    for (const Migration &migration : migrations()) {
        if (migration.version != 6) {
            continue;
        }
        for (QString statement : migration.statements) {
            statement.remove(QStringLiteral("${SQLITE}"));
            if (statement.startsWith(QLatin1String("CREATE TABLE search_docs "))) {
                table.append(statement);
            } else if (statement.startsWith(QLatin1String("CREATE VIEW search_docs_folded ")) ||
                       statement.startsWith(QLatin1String("CREATE TRIGGER search_docs_"))) {
                keepers.append(statement);
            }
        }
    }
    QStringList steps{QStringLiteral("DROP TRIGGER articles_keep_search_body"),
                      QStringLiteral("DROP TRIGGER articles_unindex"), QStringLiteral("DROP VIEW search_docs_folded"),
                      QStringLiteral("DROP VIEW search_docs")};
    steps += table;
    steps += QStringLiteral("INSERT INTO search_docs (article_id, title, sapo, body, tags, byline) SELECT article_id, "
                            "title, sapo, coalesce(body, toasoan_search_text((SELECT a.body FROM articles a WHERE a.id "
                            "= article_id)), ''), tags, byline FROM search_fields");
    steps += QStringLiteral("DROP TABLE search_fields");
    steps += keepers;
    for (const QString &step : std::as_const(steps)) {
        TOASOAN_CHECK(db.exec(step));
    }
    return {};
}

} // namespace toasoan::test
