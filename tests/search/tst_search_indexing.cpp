// The window's background indexing: articles from a bulk import become searchable without
// anyone running a command, off the GUI thread.
#include "app/search/ArticleSearch.h"
#include "app/search/SearchIndex.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/storage/UserRepository.h"
#include "tests/support/TestWorkspace.h"
#include "ui/ArticleTableModel.h"
#include "ui/article/ArticleListPane.h"
#include "ui/search/SearchIndexing.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace toasoan;
using toasoan::test::TestWorkspace;

class TestSearchIndexing : public QObject
{
    Q_OBJECT

private slots:
    void worksOffTheBacklogInTheBackground()
    {
        TestWorkspace ws;
        const qint64 user = ws.addUser(QStringLiteral("lan"));
        QList<Article> drafts;
        for (int i = 0; i < 450; ++i) { // three of the worker's transactions
            Article a;
            a.title = QStringLiteral("Tin số %1").arg(i);
            a.body = i == 321 ? QStringLiteral("<p>Lễ hội Đà Nẵng</p>") : QStringLiteral("<p>Nội dung.</p>");
            drafts.append(a);
        }
        QVERIFY(ArticleRepository(ws.db()).createMany(drafts, user));
        QCOMPARE(*searchindex::backlogSize(ws.db()), 450);

        // A search meanwhile says that its results may be incomplete, and why.
        ArticleRepository articles(ws.db());
        TaxonomyRepository taxonomy(ws.db());
        UserRepository users(ws.db());
        ArticleSearch search(ws.db());
        const User reader = users.load(user).value();
        ui::ArticleListPane pane(articles, taxonomy, users, &search, reader);
        pane.show();
        pane.setSearchText(QStringLiteral("da nang"));
        auto *hint = pane.findChild<QLabel *>(QStringLiteral("searchIndexHint"));
        QVERIFY(hint);
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("450")), qPrintable(hint->text()));
        QCOMPARE(pane.model()->rowCount(), 0);
        if (const QString dir = qEnvironmentVariable("TOASOAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
            pane.resize(360, 420);
            QVERIFY(pane.grab().save(dir + QStringLiteral("/search-index-hint.png")));
        }

        ui::SearchIndexing indexing(ws.db());
        QSignalSpy finished(&indexing, &ui::SearchIndexing::finished);
        indexing.start();
        QVERIFY(indexing.isRunning());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toInt(), 450);
        QCOMPARE(*searchindex::backlogSize(ws.db()), 0);
        auto found = ArticleSearch(ws.db()).search(QStringLiteral("da nang"));
        QVERIFY(found);
        QCOMPARE(found->hits.size(), 1);
        QCOMPARE(found->hits.first().article.title, QStringLiteral("Tin số 321"));

        pane.model()->reload(); // what the window does when `finished` comes
        QVERIFY(!hint->isVisible());
        QCOMPARE(pane.model()->rowCount(), 1);

        // Nothing waiting: nothing starts.
        indexing.start();
        QVERIFY(!indexing.isRunning());
    }
};

QTEST_MAIN(TestSearchIndexing)
#include "tst_search_indexing.moc"
