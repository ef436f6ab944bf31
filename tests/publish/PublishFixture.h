#pragma once

// A workspace with an editor, an approved article with a category, tags, a featured image and
// an inline image, and a website connection: what the publishing tests start from.

#include "app/model/Article.h"
#include "app/model/Site.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/MediaRepository.h"
#include "app/storage/SiteRepository.h"
#include "app/storage/TaxonomyRepository.h"
#include "tests/support/TestWorkspace.h"

#include <QTest>

namespace toasoan::test {

/// A small PNG whose bytes depend on `seed` (distinct images, distinct hashes). Built by hand:
/// the core tests do not link QtGui.
inline QByteArray tinyPng(int seed)
{
    // A 1x1 PNG with a tEXt chunk carrying the seed (valid: readers skip unknown text).
    QByteArray png =
        QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6"
                               "kgAAAABJRU5ErkJggg==");
    const QByteArray text = QByteArray("Comment\0seed ", 13) + QByteArray::number(seed);
    QByteArray chunk;
    chunk.append(char(0)).append(char(0)).append(char(0)).append(char(text.size()));
    chunk.append("tEXt").append(text);
    chunk.append(4, char(0)); // CRC left zero: decoders used here do not check it
    png.insert(33, chunk);
    return png;
}

class PublishFixture
{
public:
    PublishFixture() { QVERIFY(setUp()); }

    Database &db() { return m_ws.db(); }
    QString dbPath() const { return m_ws.path(); }
    /// Another user of the workspace (password "mat-khau-1"); 0 on failure.
    qint64 addUser(const QString &login, Role role, const QString &name = QStringLiteral("Lê Văn Bình"))
    {
        return m_ws.addUser(login, role, name);
    }
    qint64 editor = 0;
    Article article;
    Site site;
    qint64 featuredId = 0;
    qint64 inlineId = 0;

    bool setUp()
    {
        editor = m_ws.addUser(QStringLiteral("bientap"), Role::Editor, QStringLiteral("Trần Hòa"));
        if (editor == 0) {
            return false;
        }
        auto category = TaxonomyRepository(db()).createCategory(QStringLiteral("Kinh tế"));
        auto featured = MediaRepository(db()).addFromBytes(tinyPng(1), QStringLiteral("Ảnh đại diện cầu mới.png"));
        auto inlineImage = MediaRepository(db()).addFromBytes(tinyPng(2), QStringLiteral("Lễ khánh thành.png"));
        if (!category || !featured || !inlineImage) {
            return false;
        }
        featuredId = featured->id;
        inlineId = inlineImage->id;
        auto created = makeArticle(QStringLiteral("Khánh thành cầu Đồng Tâm"), category->id);
        if (!created) {
            return false;
        }
        article = *created;
        Site s;
        s.name = QStringLiteral("Cổng huyện");
        s.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/"));
        s.username = QStringLiteral("bientap");
        auto stored = SiteRepository(db()).create(s);
        if (!stored) {
            return false;
        }
        site = *stored;
        return true;
    }

    /// An approved article with both images.
    Result<Article> makeArticle(const QString &title, qint64 categoryId)
    {
        Article a;
        a.title = title;
        a.sapo = QStringLiteral("Sáng 9/11, huyện khánh thành cầu mới nối hai xã.");
        a.body = QStringLiteral("<p>Sáng ngày 9/11, UBND huyện tổ chức lễ khánh thành.</p>"
                                "<figure><img src=\"media:%1\" alt=\"Cắt băng\"><figcaption>Các đại biểu cắt băng"
                                "</figcaption></figure><p>Cầu dài 120 m.</p><script>alert(1)</script>")
                     .arg(inlineId);
        a.categoryId = categoryId;
        a.tags = QStringList{QStringLiteral("Giao thông"), QStringLiteral("Nông thôn mới")};
        a.authorId = editor;
        a.byline = QStringLiteral("Trần Hòa");
        a.source = QStringLiteral("Trung tâm Văn hóa");
        a.dateline = QStringLiteral("NTL");
        a.featuredImageId = featuredId;
        a.featuredImageCaption = QStringLiteral("Cầu Đồng Tâm");
        ArticleRepository articles(db());
        auto created = articles.create(a, editor);
        if (!created) {
            return created;
        }
        return articles.transition(created->id, WorkflowState::Approved, editor);
    }

    void pointSiteAt(const QUrl &url, SiteKind kind = SiteKind::WordPressRest, const QString &user = {})
    {
        site.baseUrl = url;
        site.kind = kind;
        if (!user.isEmpty()) {
            site.username = user;
        }
        auto updated = SiteRepository(db()).update(site);
        QVERIFY(updated.ok());
        site = *updated;
    }

private:
    TestWorkspace m_ws;
};

} // namespace toasoan::test
