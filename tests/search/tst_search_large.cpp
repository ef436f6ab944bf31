// Search over a 10 MB article that matches in every paragraph (issue 15): building its snippet and
// highlights costs work bounded per hit, not the square of the article's size. The old code took
// minutes here; the test's CTest TIMEOUT is the failing signal (the test itself times nothing; the
// figures are tests/bench/bench_search_large's).
#include "app/search/ArticleSearch.h"
#include "app/storage/ArticleRepository.h"
#include "tests/support/LargeArticle.h"
#include "tests/support/TestWorkspace.h"

#include <QTest>

using namespace toasoan;
using toasoan::test::TestWorkspace;

class TestSearchLarge : public QObject
{
    Q_OBJECT

private slots:
    void hugeMatchingArticle_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("exact");
        QTest::addColumn<QString>("highlighted");
        QTest::newRow("nominal: folded") << QStringLiteral("quan uy") << false
                                         << QStringLiteral("Thường trực <b>Quận</b> <b>ủy</b> chỉ đạo");
        QTest::newRow("nominal: exact") << QStringLiteral("Quận ủy") << true
                                        << QStringLiteral("Thường trực <b>Quận</b> <b>ủy</b> chỉ đạo");
        QTest::newRow("nominal: phrase, still typing")
            << QStringLiteral("\"quan uy\" chi d") << false
            << QStringLiteral("Thường trực <b>Quận ủy</b> <b>chỉ</b> <b>đạo</b>");
    }

    void hugeMatchingArticle()
    {
        QFETCH(QString, query);
        QFETCH(bool, exact);
        QFETCH(QString, highlighted);
        TestWorkspace &ws = workspace();
        SearchOptions options;
        options.exactDiacritics = exact;
        auto result = ArticleSearch(ws.db()).search(query, options);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().detail));
        QCOMPARE(result->total, 2);
        QCOMPARE(result->hits.size(), 2);
        for (const SearchHit &hit : std::as_const(result->hits)) {
            // A passage around the first hits, highlighted, short whatever the article's size.
            QVERIFY2(hit.snippetHtml.contains(highlighted), qPrintable(hit.snippetHtml));
            QVERIFY2(hit.snippetHtml.size() < 1000, qPrintable(hit.snippetHtml.left(2000)));
            QVERIFY2(hit.snippetHtml.contains(QStringLiteral("Mục 1:")), qPrintable(hit.snippetHtml));
        }
    }

private:
    TestWorkspace &workspace()
    {
        if (!m_ws) {
            m_ws = std::make_unique<TestWorkspace>();
            const qint64 user = m_ws->addUser(QStringLiteral("lan"));
            for (const qsizetype size : {qsizetype(10 * 1024 * 1024), qsizetype(1000)}) {
                Article a;
                a.title = QStringLiteral("Báo cáo tổng kết năm");
                a.body = test::largeReportBody(size);
                auto created = ArticleRepository(m_ws->db()).create(a, user);
                if (!created) {
                    qWarning("create failed: %s", qPrintable(created.error().detail));
                }
            }
        }
        return *m_ws;
    }

    std::unique_ptr<TestWorkspace> m_ws;
};

QTEST_GUILESS_MAIN(TestSearchLarge)
#include "tst_search_large.moc"
