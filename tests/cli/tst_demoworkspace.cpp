// demo/DemoWorkspace and storage/TaxonomyRepository: the demo fills an empty workspace once and
// never touches one that has users; categories come back as a tree; tags are found or created.
#include "app/demo/DemoWorkspace.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/storage/UserRepository.h"
#include "tests/support/TestWorkspace.h"

#include <QSet>
#include <QTest>

using namespace toasoan;
using toasoan::test::TestWorkspace;

class TestDemoWorkspace final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }
    void fillsEmptyWorkspaceOnce()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        auto first = demo::fillDemoWorkspaceIfEmpty(ws.db());
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().detail));
        QCOMPARE(*first, true);

        UserRepository users(ws.db());
        QCOMPARE(*users.count(), 4);
        for (const char *login : {"phongvien", "bientap", "lanhdao", "quantri"}) {
            auto user = users.authenticate(QLatin1String(login), QLatin1String(demo::kDemoPassword));
            QVERIFY2(user.ok(), login);
        }
        QCOMPARE(users.findByLogin(QStringLiteral("phongvien"))->displayName, QStringLiteral("Nguyễn Thị Lan"));
        QCOMPARE(users.findByLogin(QStringLiteral("lanhdao"))->role, Role::Approver);

        ArticleQuery everything;
        everything.limit = 1000;
        auto page = ArticleRepository(ws.db()).list(everything);
        QVERIFY(page.ok());
        QCOMPARE(page->items.size(), 12);
        QSet<WorkflowState> states;
        QSet<qint64> categories;
        for (const ArticleSummary &summary : std::as_const(page->items)) {
            states.insert(summary.state);
            categories.insert(summary.categoryId);
            QCOMPARE(summary.title, summary.title.normalized(QString::NormalizationForm_C));
        }
        for (const WorkflowState state :
             {WorkflowState::Draft, WorkflowState::Submitted, WorkflowState::AwaitingApproval, WorkflowState::Approved,
              WorkflowState::Published, WorkflowState::Returned, WorkflowState::Rejected, WorkflowState::Archived}) {
            QVERIFY2(states.contains(state), qPrintable(workflowStateKey(state)));
        }
        QVERIFY(categories.size() >= 6);
        QVERIFY(!categories.contains(0));

        // Every article has the district-site shape: sapo, dateline, paragraphs, byline.
        const Article article = *ArticleRepository(ws.db()).load(page->items.constFirst().id);
        QVERIFY(!article.sapo.isEmpty());
        QCOMPARE(article.dateline, QStringLiteral("TL"));
        QVERIFY(article.body.count(QLatin1String("<p>")) >= 2);
        QVERIFY(!article.byline.isEmpty());

        auto second = demo::fillDemoWorkspaceIfEmpty(ws.db());
        QVERIFY(second.ok());
        QCOMPARE(*second, false);
        QCOMPARE(*users.count(), 4);
        QCOMPARE(ArticleRepository(ws.db()).list(everything)->items.size(), 12);
        QCOMPARE(TaxonomyRepository(ws.db()).listCategories()->size(), 11);
    }

    void leavesWorkspaceWithUsersAlone()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        QVERIFY(ws.addUser(QStringLiteral("admin"), Role::Admin) > 0);
        auto filled = demo::fillDemoWorkspaceIfEmpty(ws.db());
        QVERIFY(filled.ok());
        QCOMPARE(*filled, false);
        QCOMPARE(*UserRepository(ws.db()).count(), 1);
        QCOMPARE(ArticleRepository(ws.db()).list({})->total, 0);
        QVERIFY(TaxonomyRepository(ws.db()).listCategories()->isEmpty());
    }

    void categoriesComeBackAsATree()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        TaxonomyRepository taxonomy(ws.db());
        const auto news = taxonomy.createCategory(QStringLiteral("Tin tức"));
        const auto economy = taxonomy.createCategory(QStringLiteral("Kinh tế"));
        const auto party = taxonomy.createCategory(QStringLiteral("Hoạt động của Quận ủy"), news->id);
        const auto council = taxonomy.createCategory(QStringLiteral("Hoạt động của UBND quận"), news->id);
        const auto nested = taxonomy.createCategory(QStringLiteral("Hội nghị"), party->id);
        QVERIFY(news && economy && party && council && nested);
        QCOMPARE(news->slug, QStringLiteral("tin-tuc"));
        QCOMPARE(party->position, 0);
        QCOMPARE(council->position, 1);

        const auto tree = taxonomy.listCategories();
        QVERIFY(tree.ok());
        QStringList names;
        QList<int> depths;
        for (const Category &category : *tree) {
            names.append(category.name);
            depths.append(TaxonomyRepository::depth(category, *tree));
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Tin tức"), QStringLiteral("Hoạt động của Quận ủy"),
                                     QStringLiteral("Hội nghị"), QStringLiteral("Hoạt động của UBND quận"),
                                     QStringLiteral("Kinh tế")}));
        QCOMPARE(depths, (QList<int>{0, 1, 2, 1, 0}));
        QCOMPARE(taxonomy.loadCategory(council->id)->parentId, news->id);
    }

    void categoriesRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("parent"); // -1 = the existing top-level category
        QTest::addColumn<int>("code");
        QTest::newRow("robustness: empty name") << QStringLiteral("  ") << qint64(0) << int(ErrorCode::Invalid);
        QTest::newRow("robustness: sibling with the same name (NFD)")
            << QStringLiteral("Kinh te\u0302\u0301") << qint64(0) << int(ErrorCode::Invalid);
        QTest::newRow("robustness: missing parent") << QStringLiteral("Con") << qint64(999) << int(ErrorCode::NotFound);
    }

    void categoriesRefused()
    {
        QFETCH(QString, name);
        QFETCH(qint64, parent);
        QFETCH(int, code);
        TestWorkspace ws;
        QVERIFY(ws.ok());
        TaxonomyRepository taxonomy(ws.db());
        QVERIFY(taxonomy.createCategory(QStringLiteral("Kinh tế")).ok());
        const auto created = taxonomy.createCategory(name, parent);
        QVERIFY(!created.ok());
        QCOMPARE(int(created.error().code), code);
        QCOMPARE(taxonomy.listCategories()->size(), 1);
    }

    void tagsAreFoundOrCreated()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        TaxonomyRepository taxonomy(ws.db());
        const auto first = taxonomy.findOrCreateTag(QStringLiteral("  Chuyển   đổi số "));
        QVERIFY(first.ok());
        QCOMPARE(first->name, QStringLiteral("Chuyển đổi số"));
        QCOMPARE(first->slug, QStringLiteral("chuyen-doi-so"));
        // The same tag typed in NFD is the same tag.
        const auto again =
            taxonomy.findOrCreateTag(QStringLiteral("Chuyển đổi số").normalized(QString::NormalizationForm_D));
        QVERIFY(again.ok());
        QCOMPARE(again->id, first->id);
        QVERIFY(taxonomy.findOrCreateTag(QStringLiteral("An sinh xã hội")).ok());
        QVERIFY(taxonomy.findOrCreateTag(QStringLiteral("Đô thị")).ok());
        QVERIFY(!taxonomy.findOrCreateTag(QStringLiteral(" ")).ok());

        const auto tags = taxonomy.listTags();
        QVERIFY(tags.ok());
        QStringList names;
        for (const Tag &tag : *tags) {
            names.append(tag.name);
        }
        // Vietnamese order: C < D < Đ.
        QCOMPARE(names, (QStringList{QStringLiteral("An sinh xã hội"), QStringLiteral("Chuyển đổi số"),
                                     QStringLiteral("Đô thị")}));
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
