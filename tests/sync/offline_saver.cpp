// Test-only program for tst_sync_kill: saves on an offline working copy in a loop until it is killed. Every
// third change creates an article "Bài mới N", the others save the article ARTICLE_ID with the body "Lần sửa N";
// "saved N" is printed once the save has returned.
// Usage: offline_saver COPY USER_ID ARTICLE_ID FIRST_N
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstdio>

using namespace toasoan;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: offline_saver COPY USER_ID ARTICLE_ID FIRST_N\n");
        return 2;
    }
    auto db = Database::openSqlite(args.at(1));
    if (!db || !(*db)->isWorkingCopy()) {
        std::fprintf(stderr, "%s is not a working copy\n", qPrintable(args.at(1)));
        return 1;
    }
    ArticleRepository articles(**db);
    const qint64 user = args.at(2).toLongLong();
    const qint64 articleId = args.at(3).toLongLong();
    for (qint64 n = args.at(4).toLongLong();; ++n) {
        bool saved = false;
        if (n % 3 == 0) {
            Article fresh;
            fresh.title = QStringLiteral("Bài mới %1").arg(n);
            fresh.body = QStringLiteral("<p>Viết khi ngoại tuyến.</p>");
            saved = bool(articles.create(fresh, user));
        } else if (auto article = articles.load(articleId)) {
            article->body = QStringLiteral("<p>Lần sửa %1</p>").arg(n);
            saved = bool(articles.save(*article, user));
        }
        if (!saved) {
            std::fprintf(stderr, "save %lld failed\n", static_cast<long long>(n));
            return 1;
        }
        std::printf("saved %lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
}
