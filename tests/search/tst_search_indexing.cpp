// The window's background indexing: articles from a bulk import become searchable without
// anyone running a command, off the GUI thread.
#include "search/ArticleSearch.h"
#include "search/SearchIndex.h"
#include "search/SearchIndexing.h"
#include "storage/ArticleRepository.h"
#include "support/TestWorkspace.h"

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

        // Nothing waiting: nothing starts.
        indexing.start();
        QVERIFY(!indexing.isRunning());
    }
};

QTEST_MAIN(TestSearchIndexing)
#include "tst_search_indexing.moc"
