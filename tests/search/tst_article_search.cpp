// ArticleSearch over a real workspace: Vietnamese folding, exact mode, prefixes, ranking, snippets,
// filters, and the index following saves, trash, restore and rolled-back transactions.
#include "app/search/ArticleSearch.h"
#include "app/search/SearchIndex.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "tests/support/TestWorkspace.h"

#include <QTest>
#include <QUuid>

using namespace toasoan;
using toasoan::test::TestWorkspace;

namespace {

struct Fixture
{
    TestWorkspace ws;
    qint64 user = 0;
    QHash<QString, qint64> ids; ///< key -> article id

    Fixture()
    {
        user = ws.addUser(QStringLiteral("lan"));
        add(QStringLiteral("uy-old"), QStringLiteral("Quận ủy họp phiên thường kỳ"),
            QStringLiteral("<p>Sáng nay các đồng chí bàn nhiệm vụ năm tới.</p>"));
        add(QStringLiteral("uy-new"), QStringLiteral("Hội nghị giao ban"),
            QStringLiteral("<p>Thường trực <strong>Quận uỷ</strong> chủ trì hội nghị.</p>"));
        add(QStringLiteral("danang"), QStringLiteral("Du lịch hè"),
            QStringLiteral("<p>Lượng khách đến Đà Nẵng tăng mạnh trong tháng 6 &amp; tháng 7.</p>"));
        add(QStringLiteral("hoa-old"), QStringLiteral("Tổ hòa giải ở cơ sở"), QStringLiteral("<p>Làm tốt.</p>"));
        add(QStringLiteral("hoa-new"), QStringLiteral("Đêm hoà nhạc"), QStringLiteral("<p>Khán giả đông.</p>"));
        add(QStringLiteral("hoa-plain"), QStringLiteral("Chợ hoa xuân"), QStringLiteral("<p>Nhiều loại cây.</p>"));
        add(QStringLiteral("ntm-title"), QStringLiteral("Nông thôn mới về đích"),
            QStringLiteral("<p>Xã hoàn thành các tiêu chí.</p>"));
        add(QStringLiteral("ntm-body"), QStringLiteral("Tin tổng hợp trong tuần"),
            QStringLiteral("<p>Nhiều việc: y tế, giáo dục, giao thông, văn nghệ, thể thao, an ninh, môi "
                           "trường, và cả nông thôn mới, cùng nhiều việc khác nữa trong tuần.</p>"));
        add(QStringLiteral("escape"), QStringLiteral("Ký hiệu <b> trong văn bản"),
            QStringLiteral("<p>Công thức a &lt; b &amp; c được kiểm chứng.</p>"));
    }

    void add(const QString &key, const QString &title, const QString &body)
    {
        Article a;
        a.title = title;
        a.body = body;
        a.byline = QStringLiteral("Minh Châu");
        auto created = ArticleRepository(ws.db()).create(a, user);
        if (created) {
            ids.insert(key, created->id);
        } else {
            qWarning("create failed: %s", qPrintable(created.error().detail));
        }
    }

    QStringList find(const QString &query, SearchOptions options = {})
    {
        auto result = ArticleSearch(ws.db()).search(query, options);
        if (!result) {
            return {QStringLiteral("error: ") + result.error().detail};
        }
        QStringList keys;
        for (const SearchHit &hit : std::as_const(result->hits)) {
            keys.append(ids.key(hit.article.id, QStringLiteral("?")));
        }
        return keys;
    }

    QStringList findSorted(const QString &query, SearchOptions options = {})
    {
        QStringList keys = find(query, options);
        keys.sort();
        return keys;
    }
};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestArticleSearch : public QObject
{
    Q_OBJECT

    // Creating users hashes passwords (slow): read-only tests share one workspace.
    std::unique_ptr<Fixture> m_shared;

private slots:
    void initTestCase()
    {
        TOASOAN_REQUIRE_TEST_BACKEND();
        m_shared = std::make_unique<Fixture>();
    }

    void finds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("exact");
        QTest::addColumn<bool>("prefix");
        QTest::addColumn<QStringList>("expected");
        const QStringList uy{QStringLiteral("uy-new"), QStringLiteral("uy-old")};
        const QStringList hoaAll{QStringLiteral("hoa-new"), QStringLiteral("hoa-old"), QStringLiteral("hoa-plain")};
        QTest::newRow("nominal: no marks finds both tone placements")
            << QStringLiteral("quan uy") << false << false << uy;
        QTest::newRow("nominal: marked query finds the other placement")
            << QStringLiteral("Quận uỷ") << false << false << uy;
        QTest::newRow("nominal: da nang finds Đà Nẵng")
            << QStringLiteral("da nang") << false << false << QStringList{QStringLiteral("danang")};
        QTest::newRow("nominal: Đà Nẵng finds itself")
            << QStringLiteral("Đà Nẵng") << false << false << QStringList{QStringLiteral("danang")};
        QTest::newRow("nominal: NFD query") << QStringLiteral("\u0110a\u0300 Na\u0306\u0303ng") << false << false
                                            << QStringList{QStringLiteral("danang")};
        QTest::newRow("nominal: hoa ignores marks by default") << QStringLiteral("hoa") << false << false << hoaAll;
        QTest::newRow("nominal: exact hòa finds both placements, not hoa")
            << QStringLiteral("hòa") << true << false
            << QStringList{QStringLiteral("hoa-new"), QStringLiteral("hoa-old")};
        QTest::newRow("nominal: exact hoa finds only hoa")
            << QStringLiteral("hoa") << true << false << QStringList{QStringLiteral("hoa-plain")};
        QTest::newRow("nominal: exact keeps đ apart") << QStringLiteral("da nang") << true << false << QStringList{};
        QTest::newRow("nominal: prefix as you type") << QStringLiteral("quan u") << false << true << uy;
        QTest::newRow("nominal: prefix of a folded word")
            << QStringLiteral("da na") << false << true << QStringList{QStringLiteral("danang")};
        QTest::newRow("nominal: no prefix without the option")
            << QStringLiteral("da na") << false << false << QStringList{};
        QTest::newRow("nominal: phrase needs adjacent words")
            << QStringLiteral("\"nong thon moi\"") << false << false
            << QStringList{QStringLiteral("ntm-body"), QStringLiteral("ntm-title")};
        QTest::newRow("nominal: byline is searched")
            << QStringLiteral("minh chau") << false << false
            << QStringList{QStringLiteral("danang"),    QStringLiteral("escape"),    QStringLiteral("hoa-new"),
                           QStringLiteral("hoa-old"),   QStringLiteral("hoa-plain"), QStringLiteral("ntm-body"),
                           QStringLiteral("ntm-title"), QStringLiteral("uy-new"),    QStringLiteral("uy-old")};
        QTest::newRow("robustness: empty query") << QString() << false << true << QStringList{};
        QTest::newRow("robustness: blank query") << QStringLiteral("   ") << false << true << QStringList{};
        for (const char *syntax : {"\"",          "\"\"",         "quan\" uy",    "*",     "quan*", "NEAR(quan uy)",
                                   "-quan",       "(da OR nang)", "quan AND",     "OR",    "^quan", "title:quan",
                                   "'",           "\\",           "{title}: x",   "a:b:c", "+",     "NOT",
                                   "quan NOT uy", "\u0300",       "\u0002x\u0003"}) {
            QTest::newRow(qPrintable(QStringLiteral("robustness: syntax %1").arg(QString::fromUtf8(syntax))))
                << QString::fromUtf8(syntax) << false << true << QStringList{QStringLiteral("(no error)")};
        }
    }

    void finds()
    {
        QFETCH(QString, query);
        QFETCH(bool, exact);
        QFETCH(bool, prefix);
        QFETCH(QStringList, expected);
        Fixture &f = *m_shared;
        QCOMPARE(f.ids.size(), 9);
        SearchOptions options;
        options.exactDiacritics = exact;
        options.prefix = prefix;
        if (expected == QStringList{QStringLiteral("(no error)")}) {
            for (bool exactMode : {false, true}) {
                options.exactDiacritics = exactMode;
                auto result = ArticleSearch(f.ws.db()).search(query, options);
                QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().detail));
            }
            return;
        }
        QCOMPARE(f.findSorted(query, options), sorted(expected));
    }

    void titleHitRanksAboveBodyHit()
    {
        Fixture &f = *m_shared;
        QCOMPARE(f.find(QStringLiteral("nong thon moi")),
                 (QStringList{QStringLiteral("ntm-title"), QStringLiteral("ntm-body")}));
    }

    // Search ranks with toasoan_rank() (storage/SqliteRank.h), registered on every SQLite connection: bm25()'s
    // column weights, without its walk over every match of each word. A title hit scores better (lower).
    void rankIsRegisteredAndWeighsColumns()
    {
        Fixture &f = *m_shared;
        if (f.ws.onPostgres()) {
            QSKIP("SQLite's FTS5 ranking");
        }
        auto rows = f.ws.db().exec(QStringLiteral("SELECT rowid, toasoan_rank(search_fold, 10.0, 4.0, 1.0, 6.0, 3.0) "
                                                  "FROM search_fold WHERE search_fold MATCH ? ORDER BY 2"),
                                   {QStringLiteral("\"nong\" \"thon\" \"moi\"")});
        QVERIFY2(rows.ok(), qPrintable(rows ? QString() : rows.error().detail));
        QList<qint64> ids;
        QList<double> scores;
        while (rows->next()) {
            ids.append(rows->value(0).toLongLong());
            scores.append(rows->value(1).toDouble());
        }
        QCOMPARE(ids,
                 (QList<qint64>{f.ids.value(QStringLiteral("ntm-title")), f.ids.value(QStringLiteral("ntm-body"))}));
        QVERIFY(scores.at(0) < scores.at(1));
        QVERIFY(scores.at(1) < 0);
    }

    void snippetsHighlightAndEscape_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("exact");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("snippet");
        QTest::newRow("nominal: folded hit shows the real letters")
            << QStringLiteral("da nang") << false << QStringLiteral("Du lịch hè")
            << QStringLiteral("Lượng khách đến <b>Đà</b> <b>Nẵng</b> tăng mạnh trong tháng 6 &amp; tháng 7.");
        QTest::newRow("nominal: exact hit")
            << QStringLiteral("Đà") << true << QStringLiteral("Du lịch hè")
            << QStringLiteral("Lượng khách đến <b>Đà</b> Nẵng tăng mạnh trong tháng 6 &amp; tháng 7.");
        QTest::newRow("nominal: title hit") << QStringLiteral("quan uy hop") << false
                                            << QStringLiteral("<b>Quận</b> <b>ủy</b> <b>họp</b> phiên thường kỳ")
                                            << QStringLiteral("Sáng nay các đồng chí bàn nhiệm vụ năm tới.");
        QTest::newRow("robustness: markup in the text is escaped")
            << QStringLiteral("ky hieu cong thuc") << false
            << QStringLiteral("<b>Ký</b> <b>hiệu</b> &lt;b&gt; trong văn bản")
            << QStringLiteral("<b>Công</b> <b>thức</b> a &lt; b &amp; c được kiểm chứng.");
    }

    void snippetsHighlightAndEscape()
    {
        QFETCH(QString, query);
        QFETCH(bool, exact);
        QFETCH(QString, title);
        QFETCH(QString, snippet);
        Fixture &f = *m_shared;
        SearchOptions options;
        options.exactDiacritics = exact;
        options.prefix = false;
        auto result = ArticleSearch(f.ws.db()).search(query, options);
        QVERIFY(result.ok());
        QCOMPARE(result->hits.size(), 1);
        QCOMPARE(result->hits.at(0).titleHtml, title);
        QCOMPARE(result->hits.at(0).snippetHtml, snippet);
    }

    void pagingAndTotal()
    {
        Fixture &f = *m_shared;
        SearchOptions options;
        options.limit = 4;
        options.offset = 0;
        auto first = ArticleSearch(f.ws.db()).search(QStringLiteral("minh chau"), options);
        QVERIFY(first.ok());
        QCOMPARE(first->total, 9);
        QCOMPARE(first->hits.size(), 4);
        options.offset = 8;
        auto last = ArticleSearch(f.ws.db()).search(QStringLiteral("minh chau"), options);
        QVERIFY(last.ok());
        QCOMPARE(last->total, 9);
        QCOMPARE(last->hits.size(), 1);
        QVERIFY(!first->hits.isEmpty() && last->hits.at(0).article.id != first->hits.at(0).article.id);
    }

    void largeResultsCountToALowerBound()
    {
        Fixture f;
        // 1,200 more articles mentioning Đà Nẵng, written straight as rows (the repository would take long).
        Database &db = f.ws.db();
        QVERIFY(db.transaction([&]() -> Result<void> {
                      for (int i = 0; i < 1200; ++i) {
                          auto id = db.insert(
                              QStringLiteral("INSERT INTO articles (uuid, title, slug, sapo, body, author_id, byline, "
                                             "source, dateline, featured_caption, notes, state, version, created_at, "
                                             "updated_at) VALUES (?, 'Đà Nẵng', 's', '', '', ?, '', '', '', '', '', "
                                             "'draft', 1, 0, 0) RETURNING id"),
                              {QUuid::createUuid().toString(QUuid::WithoutBraces), f.user});
                          if (!id) {
                              return id.error();
                          }
                          auto doc = db.exec(
                              QStringLiteral("INSERT INTO search_docs VALUES (?, 'Đà Nẵng', '', '', '', '')"), {*id});
                          if (!doc) {
                              return doc.error();
                          }
                      }
                      return {};
                  }).ok());
        SearchOptions options;
        options.offset = 1100; // past the ranked candidates: the page still comes
        auto result = ArticleSearch(db).search(QStringLiteral("da nang"), options);
        QVERIFY(result.ok());
        QCOMPARE(result->total, 1000);
        QVERIFY(result->totalIsLowerBound);
        QCOMPARE(result->hits.size(), 0); // the count says 1,000: nothing past it
        options.offset = 980;
        result = ArticleSearch(db).search(QStringLiteral("da nang"), options);
        QVERIFY(result.ok());
        QCOMPARE(result->hits.size(), 20);
        auto few = ArticleSearch(db).search(QStringLiteral("hoa xuan"));
        QVERIFY(few.ok());
        QVERIFY(!few->totalIsLowerBound);
    }

    // Only the newest 1,000 matches are ranked, on both backends: an old title hit does not come before
    // newer body hits once more than 1,000 newer articles match (ranking every match of an everyday word
    // took over a second on PostgreSQL).
    void onlyTheNewestMatchesAreRanked()
    {
        Fixture f;
        f.add(QStringLiteral("old-title"), QStringLiteral("Đà Nẵng đón khách"), QStringLiteral("<p>Tin cũ.</p>"));
        Database &db = f.ws.db();
        QVERIFY(
            db.transaction([&]() -> Result<void> {
                  for (int i = 0; i < 1000; ++i) {
                      TOASOAN_TRY(id, db.insert(QStringLiteral(
                                                    "INSERT INTO articles (uuid, title, slug, sapo, body, author_id, "
                                                    "byline, source, dateline, featured_caption, notes, state, "
                                                    "version, created_at, updated_at) VALUES (?, 'Tin', 's', '', "
                                                    "'', ?, '', '', '', '', '', 'draft', 1, 0, 0) RETURNING id"),
                                                {QUuid::createUuid().toString(QUuid::WithoutBraces), f.user}));
                      TOASOAN_CHECK(db.exec(
                          QStringLiteral("INSERT INTO search_docs VALUES (?, 'Tin', '', 'Khách đến Đà Nẵng', '', '')"),
                          {*id}));
                  }
                  return {};
              }).ok());
        auto result = ArticleSearch(db).search(QStringLiteral("da nang"));
        QVERIFY(result.ok());
        QCOMPARE(result->hits.size(), 20);
        for (const SearchHit &hit : std::as_const(result->hits)) {
            QVERIFY2(hit.article.id > f.ids.value(QStringLiteral("old-title")), qPrintable(hit.article.title));
        }
        // With fewer matches every one is ranked: the title hit comes first.
        auto few = ArticleSearch(db).search(QStringLiteral("da nang don khach"));
        QVERIFY(few.ok() && !few->hits.isEmpty());
        QCOMPARE(few->hits.constFirst().article.id, f.ids.value(QStringLiteral("old-title")));
    }

    void filtersCombine()
    {
        Fixture f;
        ArticleRepository repo(f.ws.db());
        QVERIFY(repo.transition(f.ids.value(QStringLiteral("uy-new")), WorkflowState::Submitted, f.user).ok());
        SearchOptions options;
        options.filters.states = {WorkflowState::Submitted};
        QCOMPARE(f.find(QStringLiteral("quan uy"), options), QStringList{QStringLiteral("uy-new")});
        options.filters.states = {WorkflowState::Draft};
        QCOMPARE(f.find(QStringLiteral("quan uy"), options), QStringList{QStringLiteral("uy-old")});
        options.filters.states.clear();
        options.filters.authorId = f.user + 1000;
        QCOMPARE(f.find(QStringLiteral("quan uy"), options), QStringList{});
        // "To review" leaves out the searcher's own articles.
        options.filters.authorId = 0;
        options.filters.excludeAuthorId = f.user;
        QCOMPARE(f.find(QStringLiteral("quan uy"), options), QStringList{});
        options.filters.excludeAuthorId = f.user + 1000;
        QCOMPARE(f.find(QStringLiteral("quan uy"), options).size(), 2);
    }

    void indexFollowsSaves()
    {
        Fixture f;
        ArticleRepository repo(f.ws.db());
        auto article = repo.load(f.ids.value(QStringLiteral("hoa-plain")));
        QVERIFY(article.ok());
        Article changed = *article;
        changed.title = QStringLiteral("Phiên chợ cuối năm");
        changed.tags = {QStringLiteral("Đường hoa")};
        QVERIFY(repo.save(changed, f.user).ok());
        QCOMPARE(f.find(QStringLiteral("cho xuan")), QStringList{});
        QCOMPARE(f.find(QStringLiteral("phien cho cuoi")), QStringList{QStringLiteral("hoa-plain")});
        QCOMPARE(f.find(QStringLiteral("duong hoa")), QStringList{QStringLiteral("hoa-plain")}); // tags
    }

    void indexFollowsTrashAndRestore()
    {
        Fixture f;
        ArticleRepository repo(f.ws.db());
        const qint64 id = f.ids.value(QStringLiteral("danang"));
        QVERIFY(repo.moveToTrash(id, f.user).ok());
        QCOMPARE(f.find(QStringLiteral("da nang")), QStringList{});
        SearchOptions inTrash;
        inTrash.filters.trash = ArticleQuery::Trash::Only;
        QCOMPARE(f.find(QStringLiteral("da nang"), inTrash), QStringList{QStringLiteral("danang")});
        QVERIFY(repo.restoreFromTrash(id, f.user).ok());
        QCOMPARE(f.find(QStringLiteral("da nang")), QStringList{QStringLiteral("danang")});
        QCOMPARE(f.find(QStringLiteral("da nang"), inTrash), QStringList{});
    }

    void failedTransactionRollsTheIndexBack()
    {
        Fixture f;
        ArticleRepository repo(f.ws.db());
        auto article = repo.load(f.ids.value(QStringLiteral("hoa-plain")));
        QVERIFY(article.ok());
        Result<void> done = f.ws.db().transaction([&]() -> Result<void> {
            Article changed = *article;
            changed.title = QStringLiteral("Tiêu đề bị huỷ");
            if (auto saved = repo.save(changed, f.user); !saved) {
                return saved.error();
            }
            Article fresh;
            fresh.title = QStringLiteral("Bài mới bị huỷ");
            if (auto created = repo.create(fresh, f.user); !created) {
                return created.error();
            }
            return makeError(ErrorCode::Invalid, QStringLiteral("later step failed"));
        });
        QVERIFY(!done.ok());
        QCOMPARE(f.find(QStringLiteral("bi huy")), QStringList{});
        QCOMPARE(f.find(QStringLiteral("cho hoa xuan")), QStringList{QStringLiteral("hoa-plain")});
        if (!f.ws.onPostgres()) {
            auto check =
                f.ws.db().exec(QStringLiteral("INSERT INTO search_fold (search_fold) VALUES ('integrity-check')"));
            QVERIFY2(check.ok(), qPrintable(check ? QString() : check.error().detail));
        }
    }

    void batchedWritesIndexTheLastVersion()
    {
        // Inside a transaction the documents are indexed together just before the commit: an article
        // created and saved twice in one transaction is found by its last title only, once.
        Fixture f;
        ArticleRepository repo(f.ws.db());
        qint64 id = 0;
        Result<void> done = f.ws.db().transaction([&]() -> Result<void> {
            Article fresh;
            fresh.title = QStringLiteral("Bản thảo đầu tiên");
            auto created = repo.create(fresh, f.user);
            if (!created) {
                return created.error();
            }
            id = created->id;
            Article second = *created;
            second.title = QStringLiteral("Bản thảo thứ hai");
            auto saved = repo.save(second, f.user);
            if (!saved) {
                return saved.error();
            }
            Article third = *saved;
            third.title = QStringLiteral("Lễ hội đường phố");
            return repo.save(third, f.user).ok() ? Result<void>() : makeError(ErrorCode::Invalid, QStringLiteral("x"));
        });
        QVERIFY(done.ok());
        f.ids.insert(QStringLiteral("batched"), id);
        QCOMPARE(f.find(QStringLiteral("ban thao")), QStringList{});
        QCOMPARE(f.find(QStringLiteral("le hoi duong pho")), QStringList{QStringLiteral("batched")});
        if (f.ws.onPostgres()) {
            return; // PostgreSQL indexes each write as it comes: no batch, nothing left waiting.
        }
        // Nothing is left waiting for the next transaction.
        auto pending = f.ws.db().exec(QStringLiteral("SELECT count(*) FROM temp.search_pending"));
        QVERIFY(pending && pending->next());
        QCOMPARE(pending->value(0).toInt(), 0);
        if (!f.ws.onPostgres()) {
            auto check =
                f.ws.db().exec(QStringLiteral("INSERT INTO search_fold (search_fold) VALUES ('integrity-check')"));
            QVERIFY2(check.ok(), qPrintable(check ? QString() : check.error().detail));
        }
    }

    void rebuildKeepsResults()
    {
        Fixture f;
        auto count = searchindex::rebuild(f.ws.db());
        QVERIFY(count.ok());
        QCOMPARE(*count, 9);
        QCOMPARE(f.findSorted(QStringLiteral("quan uy")),
                 (QStringList{QStringLiteral("uy-new"), QStringLiteral("uy-old")}));
        for (const char *table : {"search_fold", "search_exact"}) {
            if (f.ws.onPostgres()) {
                break;
            }
            auto check = f.ws.db().exec(
                QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(QLatin1String(table)));
            QVERIFY2(check.ok(), qPrintable(check ? QString() : check.error().detail));
        }
    }

    void migrationIndexesExistingArticles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            // A workspace from before search existed: rows written as that version did.
            auto old = Database::openSqlite(path, DatabaseOptions{.targetVersion = 5, .onMigrationProgress = {}});
            QVERIFY(old.ok());
            Database &db = **old;
            auto user = db.insert(QStringLiteral("INSERT INTO users (login, display_name, role, password_hash, "
                                                 "created_at) VALUES ('a', 'A', 'reporter', 'x', 0) RETURNING id"),
                                  {});
            QVERIFY(user.ok());
            const QString insert = QStringLiteral(
                "INSERT INTO articles (uuid, title, slug, sapo, body, author_id, byline, source, dateline, "
                "featured_caption, notes, state, version, created_at, updated_at) VALUES (?, ?, 's', ?, ?, ?, "
                "'Bút danh', '', '', '', '', 'draft', 1, 0, 0) RETURNING id");
            auto first =
                db.insert(insert, {QStringLiteral("u1"), QStringLiteral("Quận ủy họp"), QStringLiteral("Tóm tắt"),
                                   QStringLiteral("<p>Về <a href=\"https://duong.vn\">Đà Nẵng</a> &amp; "
                                                  "Huế</p><p>hết</p>"),
                                   *user});
            QVERIFY(first.ok());
            auto second =
                db.insert(insert, {QStringLiteral("u2"), QStringLiteral("Không thẻ"), QString(), QString(), *user});
            QVERIFY(second.ok());
            auto tag = db.insert(QStringLiteral("INSERT INTO tags (name, slug) VALUES ('Đô thị', 'do-thi') "
                                                "RETURNING id"),
                                 {});
            QVERIFY(tag.ok());
            QVERIFY(db.exec(QStringLiteral("INSERT INTO article_tags VALUES (?, ?, 0)"), {*first, *tag}).ok());
        }
        auto opened = Database::openSqlite(path);
        QVERIFY(opened.ok());
        Database &db = **opened;
        auto docs = db.exec(QStringLiteral("SELECT body, tags FROM search_docs ORDER BY article_id"));
        QVERIFY(docs.ok());
        QVERIFY(docs->next());
        QCOMPARE(docs->value(0).toString(), QStringLiteral(" Về  Đà Nẵng  & Huế  hết "));
        QCOMPARE(docs->value(1).toString(), QStringLiteral("Đô thị"));
        QVERIFY(docs->next());
        QCOMPARE(docs->value(0).toString(), QString());
        docs->finish();
        for (const char *query : {"da nang", "do thi", "hue", "quan uy", "tom tat", "but danh"}) {
            auto result = ArticleSearch(db).search(QString::fromUtf8(query));
            QVERIFY(result.ok());
            QCOMPARE(result->total, qstrcmp(query, "but danh") == 0 ? 2 : 1);
        }
        QCOMPARE(ArticleSearch(db).search(QStringLiteral("href duong")).value().total, 0);
    }

    // Migration 21 rebuilds both FTS5 indexes with a 6-letter prefix index: a workspace written by schema 19
    // finds the same articles after, with and without exact diacritics, and later writes keep them in step.
    void migrationAddsSixLetterPrefixes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QHash<QString, qint64> ids;
        {
            auto old = Database::openSqlite(path, DatabaseOptions{.targetVersion = 19, .onMigrationProgress = {}});
            QVERIFY(old.ok());
            Database &db = **old;
            searchindex::attach(db);
            auto user = db.insert(QStringLiteral("INSERT INTO users (login, display_name, role, password_hash, "
                                                 "created_at) VALUES ('a', 'A', 'reporter', 'x', 0) RETURNING id"),
                                  {});
            QVERIFY(user.ok());
            ArticleRepository repo(db);
            const QList<std::pair<QString, QString>> articles{
                {QStringLiteral("hoa-old"), QStringLiteral("Hòa giải ở phường Vĩnh Hòa")},
                {QStringLiteral("hoa-new"), QStringLiteral("Hoà giải ở phường Vĩnh Hoà")},
                {QStringLiteral("hoa-plain"), QStringLiteral("Chợ hoa xuân phương Nam")},
                {QStringLiteral("danang"), QStringLiteral("Khách đến Đà Nẵng")},
            };
            for (const auto &[key, title] : articles) {
                Article a;
                a.title = title;
                auto created = repo.create(a, *user);
                QVERIFY(created.ok());
                ids.insert(key, created->id);
            }
        }
        auto opened = Database::openSqlite(path);
        QVERIFY(opened.ok());
        Database &db = **opened;
        searchindex::attach(db);
        const QStringList tables{QStringLiteral("search_fold"), QStringLiteral("search_exact")};
        for (const QString &table : tables) {
            auto sql = db.value(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = ?"), {table});
            QVERIFY(sql.ok());
            QVERIFY2(sql->toString().contains(QLatin1String("prefix='2 3 4 5 6'")), qPrintable(sql->toString()));
        }
        const auto keys = [&](const QString &text, bool exact) {
            SearchOptions options;
            options.exactDiacritics = exact;
            const auto result = ArticleSearch(db).search(text, options);
            QStringList found;
            for (const SearchHit &hit : result.value().hits) {
                found.append(ids.key(hit.article.id));
            }
            found.sort();
            return found;
        };
        QCOMPARE(keys(QStringLiteral("hoa giai"), false),
                 (QStringList{QStringLiteral("hoa-new"), QStringLiteral("hoa-old")}));
        QCOMPARE(keys(QStringLiteral("vinh hoa"), false),
                 (QStringList{QStringLiteral("hoa-new"), QStringLiteral("hoa-old")}));
        QCOMPARE(keys(QStringLiteral("hòa"), true),
                 (QStringList{QStringLiteral("hoa-new"), QStringLiteral("hoa-old")}));
        QCOMPARE(keys(QStringLiteral("hoa"), true), QStringList{QStringLiteral("hoa-plain")});
        QCOMPARE(keys(QStringLiteral("Đà Nẵ"), true), QStringList{QStringLiteral("danang")});
        QCOMPARE(keys(QStringLiteral("Da Nang"), true), QStringList{});
        QCOMPARE(keys(QStringLiteral("phuong"), false),
                 (QStringList{QStringLiteral("hoa-new"), QStringLiteral("hoa-old"), QStringLiteral("hoa-plain")}));
        QCOMPARE(keys(QStringLiteral("phường"), true),
                 (QStringList{QStringLiteral("hoa-new"), QStringLiteral("hoa-old")}));
        // Writes after the migration reach both indexes.
        ArticleRepository repo(db);
        auto article = repo.load(ids.value(QStringLiteral("danang")));
        QVERIFY(article.ok());
        article->title = QStringLiteral("Khách đến Huế");
        QVERIFY(repo.save(*article, article->authorId).ok());
        QCOMPARE(keys(QStringLiteral("da nang"), false), QStringList{});
        QCOMPARE(keys(QStringLiteral("Huế"), true), QStringList{QStringLiteral("danang")});
        for (const QString &table : tables) {
            auto check = db.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(table));
            QVERIFY2(check.ok(), qPrintable(check ? QString() : check.error().detail));
        }
    }

    // Migration 16 moves PostgreSQL's tsvectors from search_docs to search_vectors in place: a workspace indexed
    // before finds the same articles after, in both diacritic modes, and a later write is indexed by the trigger.
    void postgresVectorsMoveInPlace()
    {
        if (!test::PostgresScratch::backendWanted()) {
            QSKIP("PostgreSQL only (the _postgresql twin)");
        }
        test::PostgresScratch scratch;
        QVERIFY(scratch.ok());
        qint64 article = 0;
        {
            auto old =
                Database::open(scratch.location(), DatabaseOptions{.targetVersion = 15, .onMigrationProgress = {}});
            QVERIFY2(old.ok(), old ? "" : qPrintable(old.error().detail));
            Database &db = **old;
            auto user = db.insert(QStringLiteral("INSERT INTO users (login, display_name, role, password_hash, "
                                                 "created_at) VALUES ('a', 'A', 'reporter', 'x', 0) RETURNING id"),
                                  {});
            QVERIFY(user.ok());
            auto id =
                db.insert(QStringLiteral("INSERT INTO articles (uuid, title, slug, sapo, body, author_id, byline, "
                                         "source, dateline, featured_caption, notes, state, version, created_at, "
                                         "updated_at) VALUES ('u1', 'Quận ủy họp', 's', '', '', ?, '', '', '', "
                                         "'', '', 'draft', 1, 0, 0) RETURNING id"),
                          {*user});
            QVERIFY(id.ok());
            article = *id;
            QVERIFY(db.exec(QStringLiteral("INSERT INTO search_docs (article_id, title, sapo, body, tags, byline) "
                                           "VALUES (?, 'Quận ủy họp', '', 'Khách đến Đà Nẵng', '', '')"),
                            {article})
                        .ok());
        }
        auto opened = Database::open(scratch.location());
        QVERIFY(opened.ok());
        Database &db = **opened;
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        auto columns = db.value(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_name = "
                                               "'search_docs' AND column_name IN ('fold', 'exact')"));
        QVERIFY(columns.ok());
        QCOMPARE(columns->toInt(), 0);
        const auto ids = [&db](const QString &text, bool exact) {
            SearchOptions options;
            options.exactDiacritics = exact;
            const auto result = ArticleSearch(db).search(text, options);
            QList<qint64> found;
            for (const SearchHit &hit : result.value().hits) {
                found.append(hit.article.id);
            }
            return found;
        };
        QCOMPARE(ids(QStringLiteral("quan uy"), false), QList<qint64>{article});
        QCOMPARE(ids(QStringLiteral("da nang"), false), QList<qint64>{article});
        QCOMPARE(ids(QStringLiteral("Quận ủy"), true), QList<qint64>{article});
        QCOMPARE(ids(QStringLiteral("Quan uy"), true), QList<qint64>{});
        QVERIFY(
            db.exec(QStringLiteral("UPDATE search_docs SET body = 'Hội nghị ở Huế' WHERE article_id = ?"), {article})
                .ok());
        QCOMPARE(ids(QStringLiteral("da nang"), false), QList<qint64>{});
        QCOMPARE(ids(QStringLiteral("hoi nghi hue"), false), QList<qint64>{article});
        QVERIFY(db.exec(QStringLiteral("DELETE FROM search_docs WHERE article_id = ?"), {article}).ok());
        QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM search_vectors")).value().toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestArticleSearch)
#include "tst_article_search.moc"
