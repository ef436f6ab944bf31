// Category and tag management (app/workflow/TaxonomyAdmin): only administrators change the tree,
// every change is logged with its author, retired categories stay on old articles only, and tags
// typed with another case, spacing or normalization are the existing tag.
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/EventLog.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/workflow/TaxonomyAdmin.h"
#include "tests/support/TestWorkspace.h"

#include <QTest>

using namespace toasoan;

class tst_TaxonomyAdmin : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addBuildsTheTree();
    void nonAdminIsRefused_data();
    void nonAdminIsRefused();
    void renameKeepsSiblingNamesApart();
    void moveReordersAndRefusesCycles();
    void mergeMovesArticlesAndSubcategories();
    void retiredStaysOnOldArticlesOnly();
    void deleteOnlyWhenUnused();
    void tagTypedDifferentlyIsTheExistingTag();
    void tagRenameAndMerge();
    void nearDuplicatesAreListed();
    void changesAreLogged();

private:
    qint64 article(const QString &title, qint64 categoryId, const QStringList &tags = {})
    {
        Article a;
        a.title = title;
        a.body = QStringLiteral("<p>(NTL) Sáng ngày 9/11, Quận ủy tổ chức hội nghị giao ban.</p>");
        a.categoryId = categoryId;
        a.tags = tags;
        auto created = ArticleRepository(m_ws->db()).create(a, m_reporter);
        return created ? created->id : 0;
    }
    QStringList names()
    {
        QStringList out;
        const QList<CategoryEntry> entries = TaxonomyAdmin(m_ws->db()).categories().value();
        for (const CategoryEntry &e : entries) {
            out.append(QString(e.depth * 2, QLatin1Char(' ')) + e.category.name);
        }
        return out;
    }

    std::unique_ptr<test::TestWorkspace> m_ws;
    qint64 m_admin = 0;
    qint64 m_reporter = 0;
};

void tst_TaxonomyAdmin::init()
{
    m_ws = std::make_unique<test::TestWorkspace>();
    QVERIFY(m_ws->ok());
    m_admin = m_ws->addUser(QStringLiteral("quantri"), Role::Admin, QStringLiteral("Trần Thị Hòa"));
    m_reporter = m_ws->addUser(QStringLiteral("phongvien"), Role::Reporter, QStringLiteral("Nguyễn Văn An"));
    QVERIFY(m_admin > 0 && m_reporter > 0);
}

void tst_TaxonomyAdmin::cleanup()
{
    m_ws.reset();
}

void tst_TaxonomyAdmin::addBuildsTheTree()
{
    TaxonomyAdmin admin(m_ws->db());
    auto news = admin.addCategory(m_admin, QStringLiteral("Tin tức"));
    QVERIFY(news.ok());
    QCOMPARE(news->slug, QStringLiteral("tin-tuc"));
    QVERIFY(admin.addCategory(m_admin, QStringLiteral("Kinh tế")).ok());
    QVERIFY(admin.addCategory(m_admin, QStringLiteral("Đô thị"), news->id).ok());
    QCOMPARE(names(), (QStringList{QStringLiteral("Tin tức"), QStringLiteral("  Đô thị"), QStringLiteral("Kinh tế")}));
    QCOMPARE(admin.addCategory(m_admin, QStringLiteral("   ")).error().code, ErrorCode::Invalid);
    QCOMPARE(admin.addCategory(m_admin, QStringLiteral("Mới"), 999).error().code, ErrorCode::NotFound);
}

void tst_TaxonomyAdmin::nonAdminIsRefused_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("operation");
    const QStringList operations{QStringLiteral("add"),       QStringLiteral("rename"),  QStringLiteral("move"),
                                 QStringLiteral("merge"),     QStringLiteral("retire"),  QStringLiteral("delete"),
                                 QStringLiteral("tagRename"), QStringLiteral("tagMerge")};
    for (Role role : {Role::Reporter, Role::Editor, Role::Approver}) {
        for (const QString &op : operations) {
            QTest::addRow("robustness: %s %s", qPrintable(roleKey(role)), qPrintable(op)) << int(role) << op;
        }
    }
}

void tst_TaxonomyAdmin::nonAdminIsRefused()
{
    QFETCH(int, role);
    QFETCH(QString, operation);
    const qint64 actor = m_ws->addUser(QStringLiteral("nguoidung"), Role(role), QStringLiteral("Lê Văn Cường"));
    TaxonomyAdmin admin(m_ws->db());
    const qint64 a = admin.addCategory(m_admin, QStringLiteral("Tin tức")).value().id;
    const qint64 b = admin.addCategory(m_admin, QStringLiteral("Kinh tế")).value().id;
    TaxonomyRepository repo(m_ws->db());
    const qint64 t1 = repo.findOrCreateTag(QStringLiteral("Giao ban")).value().id;
    const qint64 t2 = repo.findOrCreateTag(QStringLiteral("Hội nghị")).value().id;
    const QStringList before = names();

    Result<void> result;
    if (operation == QLatin1String("add")) {
        result = admin.addCategory(actor, QStringLiteral("Văn hóa")).discard();
    } else if (operation == QLatin1String("rename")) {
        result = admin.renameCategory(actor, a, QStringLiteral("Thời sự")).discard();
    } else if (operation == QLatin1String("move")) {
        result = admin.moveCategory(actor, a, b).discard();
    } else if (operation == QLatin1String("merge")) {
        result = admin.mergeCategory(actor, a, b).discard();
    } else if (operation == QLatin1String("retire")) {
        result = admin.setRetired(actor, a, true).discard();
    } else if (operation == QLatin1String("delete")) {
        result = admin.deleteCategory(actor, a);
    } else if (operation == QLatin1String("tagRename")) {
        result = admin.renameTag(actor, t1, QStringLiteral("Họp")).discard();
    } else {
        result = admin.mergeTag(actor, t1, t2).discard();
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Forbidden);
    QCOMPARE(names(), before);
    QVERIFY(!repo.loadCategory(a)->retired);
    QCOMPARE(repo.listTags()->size(), 2);
    QCOMPARE(repo.loadTag(t1)->name, QStringLiteral("Giao ban"));
}

void tst_TaxonomyAdmin::renameKeepsSiblingNamesApart()
{
    TaxonomyAdmin admin(m_ws->db());
    const qint64 news = admin.addCategory(m_admin, QStringLiteral("Tin tức")).value().id;
    const qint64 economy = admin.addCategory(m_admin, QStringLiteral("Kinh tế")).value().id;
    auto clash = admin.renameCategory(m_admin, economy, QStringLiteral("tin  tức"));
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, ErrorCode::Invalid);
    auto renamed = admin.renameCategory(m_admin, news, QStringLiteral("Thời sự"));
    QVERIFY(renamed.ok());
    QCOMPARE(renamed->slug, QStringLiteral("thoi-su"));
    // Its own name in another case is fine.
    QVERIFY(admin.renameCategory(m_admin, economy, QStringLiteral("KINH TẾ")).ok());
}

void tst_TaxonomyAdmin::moveReordersAndRefusesCycles()
{
    TaxonomyAdmin admin(m_ws->db());
    const qint64 news = admin.addCategory(m_admin, QStringLiteral("Tin tức")).value().id;
    const qint64 economy = admin.addCategory(m_admin, QStringLiteral("Kinh tế")).value().id;
    const qint64 city = admin.addCategory(m_admin, QStringLiteral("Đô thị"), news).value().id;
    const qint64 street = admin.addCategory(m_admin, QStringLiteral("Giao thông"), city).value().id;

    QVERIFY(admin.moveCategory(m_admin, economy, 0, 0).ok());
    QCOMPARE(names(), (QStringList{QStringLiteral("Kinh tế"), QStringLiteral("Tin tức"), QStringLiteral("  Đô thị"),
                                   QStringLiteral("    Giao thông")}));
    for (qint64 target : {news, city, street}) {
        auto cycle = admin.moveCategory(m_admin, news, target);
        QVERIFY(!cycle.ok());
        QCOMPARE(cycle.error().code, ErrorCode::Invalid);
    }
    QVERIFY(admin.moveCategory(m_admin, street, economy).ok());
    QVERIFY(admin.moveCategory(m_admin, city, 0).ok());
    QCOMPARE(names(), (QStringList{QStringLiteral("Kinh tế"), QStringLiteral("  Giao thông"), QStringLiteral("Tin tức"),
                                   QStringLiteral("Đô thị")}));
}

void tst_TaxonomyAdmin::mergeMovesArticlesAndSubcategories()
{
    TaxonomyAdmin admin(m_ws->db());
    const qint64 news = admin.addCategory(m_admin, QStringLiteral("Tin tức")).value().id;
    const qint64 current = admin.addCategory(m_admin, QStringLiteral("Thời sự")).value().id;
    const qint64 city = admin.addCategory(m_admin, QStringLiteral("Đô thị"), current).value().id;
    const qint64 a1 = article(QStringLiteral("Giao ban quý IV"), current);
    const qint64 a2 = article(QStringLiteral("Hội nghị"), current);
    QVERIFY(a1 && a2);
    QVERIFY(!admin.mergeCategory(m_admin, current, city).ok()); // into its own subcategory
    QVERIFY(!admin.mergeCategory(m_admin, current, current).ok());

    auto merged = admin.mergeCategory(m_admin, current, news);
    QVERIFY(merged.ok());
    QCOMPARE(*merged, 2);
    QCOMPARE(ArticleRepository(m_ws->db()).load(a1)->categoryId, news);
    QCOMPARE(TaxonomyRepository(m_ws->db()).loadCategory(current).error().code, ErrorCode::NotFound);
    QCOMPARE(TaxonomyRepository(m_ws->db()).loadCategory(city)->parentId, news);
    const QList<CategoryEntry> entries = admin.categories().value();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().articleCount, 2);
}

void tst_TaxonomyAdmin::retiredStaysOnOldArticlesOnly()
{
    TaxonomyAdmin admin(m_ws->db());
    ArticleRepository articles(m_ws->db());
    const qint64 old = admin.addCategory(m_admin, QStringLiteral("Tin cũ")).value().id;
    const qint64 other = admin.addCategory(m_admin, QStringLiteral("Kinh tế")).value().id;
    const qint64 kept = article(QStringLiteral("Bài cũ"), old);
    const qint64 elsewhere = article(QStringLiteral("Bài khác"), other);
    QVERIFY(kept && elsewhere);

    auto retired = admin.setRetired(m_admin, old, true);
    QVERIFY(retired.ok() && retired->retired);
    QVERIFY(TaxonomyRepository(m_ws->db()).loadCategory(old)->retired);

    // The old article keeps it and can still be saved.
    Article a = articles.load(kept).value();
    QCOMPARE(a.categoryId, old);
    a.title = QStringLiteral("Bài cũ, sửa lại");
    QVERIFY(articles.save(a, m_reporter).ok());
    // Nobody can give it to another article, new or old.
    QVERIFY(!article(QStringLiteral("Bài mới"), old));
    Article b = articles.load(elsewhere).value();
    b.categoryId = old;
    auto refused = articles.save(b, m_reporter);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Invalid);
    // Merging into a retired category is refused too.
    QVERIFY(!admin.mergeCategory(m_admin, other, old).ok());

    QVERIFY(admin.setRetired(m_admin, old, false).ok());
    QVERIFY(article(QStringLiteral("Bài mới"), old));
}

void tst_TaxonomyAdmin::deleteOnlyWhenUnused()
{
    TaxonomyAdmin admin(m_ws->db());
    const qint64 news = admin.addCategory(m_admin, QStringLiteral("Tin tức")).value().id;
    const qint64 city = admin.addCategory(m_admin, QStringLiteral("Đô thị"), news).value().id;
    const qint64 used = admin.addCategory(m_admin, QStringLiteral("Kinh tế")).value().id;
    QVERIFY(article(QStringLiteral("Giá vàng"), used));

    auto refused = admin.deleteCategory(m_admin, used);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Invalid);

    auto removedUsed = admin.removeCategory(m_admin, used);
    QVERIFY(removedUsed.ok());
    QCOMPARE(*removedUsed, TaxonomyAdmin::Removal::Retired);
    QVERIFY(TaxonomyRepository(m_ws->db()).loadCategory(used)->retired);

    auto removedNews = admin.removeCategory(m_admin, news);
    QVERIFY(removedNews.ok());
    QCOMPARE(*removedNews, TaxonomyAdmin::Removal::Deleted);
    // Its subcategory moved up instead of disappearing.
    QCOMPARE(TaxonomyRepository(m_ws->db()).loadCategory(city)->parentId, 0);
    QCOMPARE(names(), (QStringList{QStringLiteral("Đô thị"), QStringLiteral("Kinh tế")})); // in its place
}

void tst_TaxonomyAdmin::tagTypedDifferentlyIsTheExistingTag()
{
    TaxonomyRepository repo(m_ws->db());
    const Tag existing = repo.findOrCreateTag(QStringLiteral("Chuyển đổi số")).value();
    const QString nfd = QStringLiteral("chuyển  đổi số").normalized(QString::NormalizationForm_D);
    for (const QString &typed : {QStringLiteral("chuyển đổi số"), QStringLiteral(" CHUYỂN ĐỔI SỐ "), nfd}) {
        auto found = repo.findOrCreateTag(typed);
        QVERIFY(found.ok());
        QCOMPARE(found->id, existing.id);
        QCOMPARE(found->name, QStringLiteral("Chuyển đổi số"));
    }
    QCOMPARE(repo.listTags()->size(), 1);

    // Saved with an article: the existing tag, once, even when typed twice differently.
    const qint64 id = article(QStringLiteral("Hội thảo"), 0, {QStringLiteral("chuyển đổi số"), nfd});
    QVERIFY(id);
    QCOMPARE(ArticleRepository(m_ws->db()).load(id)->tags, QStringList{QStringLiteral("Chuyển đổi số")});
    QCOMPARE(repo.listTags()->size(), 1);
    // The saved article says so at once (its revision and search text too).
    Article typed = ArticleRepository(m_ws->db()).load(id).value();
    typed.tags = {QStringLiteral("CHUYỂN ĐỔI SỐ")};
    auto saved = ArticleRepository(m_ws->db()).save(typed, m_reporter);
    QVERIFY(saved.ok());
    QCOMPARE(saved->tags, QStringList{QStringLiteral("Chuyển đổi số")});

    // The bulk path (imports) reuses it too.
    Article bulk;
    bulk.title = QStringLiteral("Nhập từ tệp");
    bulk.tags = {QStringLiteral("CHUYỂN ĐỔI SỐ"), QStringLiteral("chuyển đổi số")};
    auto created = ArticleRepository(m_ws->db()).createMany({bulk}, m_reporter);
    QVERIFY(created.ok());
    QCOMPARE(repo.listTags()->size(), 1);
    QCOMPARE(repo.tagArticleCounts()->value(existing.id), 2);
}

void tst_TaxonomyAdmin::tagRenameAndMerge()
{
    TaxonomyAdmin admin(m_ws->db());
    TaxonomyRepository repo(m_ws->db());
    const qint64 a = repo.findOrCreateTag(QStringLiteral("Quận ủy")).value().id;
    const qint64 b = repo.findOrCreateTag(QStringLiteral("Quận uỷ")).value().id;
    const qint64 c = repo.findOrCreateTag(QStringLiteral("giao ban")).value().id;
    const qint64 both = article(QStringLiteral("Cả hai"), 0, {QStringLiteral("Quận uỷ"), QStringLiteral("Quận ủy")});
    const qint64 one = article(QStringLiteral("Một"), 0, {QStringLiteral("Quận uỷ")});
    QVERIFY(both && one);

    QVERIFY(admin.renameTag(m_admin, c, QStringLiteral("Giao ban")).ok()); // its own name, other case
    QCOMPARE(repo.loadTag(c)->name, QStringLiteral("Giao ban"));
    auto clash = admin.renameTag(m_admin, c, QStringLiteral("quận ủy"));
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, ErrorCode::Invalid);

    auto merged = admin.mergeTag(m_admin, b, a);
    QVERIFY(merged.ok());
    QCOMPARE(*merged, 2);
    QCOMPARE(repo.loadTag(b).error().code, ErrorCode::NotFound);
    QCOMPARE(ArticleRepository(m_ws->db()).load(both)->tags, QStringList{QStringLiteral("Quận ủy")});
    QCOMPARE(ArticleRepository(m_ws->db()).load(one)->tags, QStringList{QStringLiteral("Quận ủy")});
    QCOMPARE(repo.tagArticleCounts()->value(a), 2);
}

void tst_TaxonomyAdmin::nearDuplicatesAreListed()
{
    TaxonomyRepository repo(m_ws->db());
    // Stored before look-ups folded case: what older workspaces hold.
    for (const char *name : {"Chuyển đổi số", "chuyển đổi số", "Hòa Bình", "Hoà Bình", "Giao ban"}) {
        QVERIFY(m_ws->db()
                    .exec(QStringLiteral("INSERT INTO tags (name, slug) VALUES (?, 'x')"), {QString::fromUtf8(name)})
                    .ok());
    }
    auto groups = repo.nearDuplicateTags();
    QVERIFY(groups.ok());
    QCOMPARE(groups->size(), 2);
    QSet<QString> grouped;
    for (const QList<Tag> &group : std::as_const(*groups)) {
        QCOMPARE(group.size(), 2);
        for (const Tag &tag : group) {
            grouped.insert(tag.name);
        }
    }
    QVERIFY(!grouped.contains(QStringLiteral("Giao ban")));
    QVERIFY(grouped.contains(QStringLiteral("Hoà Bình")));
}

void tst_TaxonomyAdmin::changesAreLogged()
{
    TaxonomyAdmin admin(m_ws->db());
    const qint64 news = admin.addCategory(m_admin, QStringLiteral("Tin tức")).value().id;
    QVERIFY(admin.renameCategory(m_admin, news, QStringLiteral("Thời sự")).ok());
    QVERIFY(admin.setRetired(m_admin, news, true).ok());
    const qint64 tag = TaxonomyRepository(m_ws->db()).findOrCreateTag(QStringLiteral("Giao ban")).value().id;
    QVERIFY(admin.renameTag(m_admin, tag, QStringLiteral("Giao ban tuần")).ok());
    QVERIFY(!admin.renameCategory(m_reporter, news, QStringLiteral("Không được")).ok());

    QList<Event> events = EventLog(m_ws->db()).recent(20).value();
    events.removeIf([](const Event &e) {
        return !e.action.startsWith(QLatin1String("category_")) && !e.action.startsWith(QLatin1String("tag_"));
    });
    QStringList actions;
    for (const Event &e : std::as_const(events)) {
        QCOMPARE(e.userId, m_admin);
        QCOMPARE(e.articleId, 0);
        actions.prepend(e.action);
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("category_add"), QStringLiteral("category_rename"),
                                   QStringLiteral("category_retire"), QStringLiteral("tag_rename")}));
    QVERIFY(events.at(2).comment.contains(QStringLiteral("Thời sự")));
    QVERIFY(events.first().comment.contains(QStringLiteral("Giao ban tuần")));
}

QTEST_GUILESS_MAIN(tst_TaxonomyAdmin)
#include "tst_taxonomy_admin.moc"
