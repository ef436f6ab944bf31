// The one place where fields leave for a website (publish/SiteFields.h, issue 15), without a
// server: hostile markup in every plain-text field goes as character references only, reads back
// as the typed text, and slugs keep only a–z, 0–9 and '-'.
#include "app/html/Entities.h"
#include "app/html/HtmlLexer.h"
#include "app/publish/PostComposer.h"
#include "app/publish/SiteFields.h"

#include <QRegularExpression>
#include <QTest>

using namespace toasoan;

namespace {

// True when `sent` is text only: no tag WordPress would print, nothing that closes an attribute.
bool textOnly(const QString &sent)
{
    for (const html::Token &t : html::tokenize(sent)) {
        if (t.kind != html::Token::Kind::Text) {
            return false;
        }
    }
    return !sent.contains(QLatin1Char('<')) && !sent.contains(QLatin1Char('>')) && !sent.contains(QLatin1Char('"'));
}

} // namespace

class TestSiteFields : public QObject
{
    Q_OBJECT

private slots:
    void plainTextFields_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("robustness: script") << QStringLiteral("Tin <script>alert(1)</script>");
        QTest::newRow("robustness: image handler") << QStringLiteral("Sapo <img src=x onerror=alert(1)>");
        QTest::newRow("robustness: closing an attribute") << QStringLiteral("\"><svg onload=alert(1)>");
        QTest::newRow("robustness: single quotes") << QStringLiteral("x' onmouseover='alert(1)");
        QTest::newRow("robustness: javascript address") << QStringLiteral("<a href=\"javascript:alert(1)\">bấm</a>");
        QTest::newRow("robustness: references stay literal") << QStringLiteral("&lt;script&gt; &amp; &#60;b&#62;");
        QTest::newRow("nominal: Vietnamese with & and quotes")
            << QStringLiteral("Quận ủy & UBND: \"Đà Nẵng\" 'mới' “đẹp”");
        QTest::newRow("nominal: plain") << QStringLiteral("Khánh thành cầu Đồng Tâm");
    }

    void plainTextFields()
    {
        QFETCH(QString, typed);
        PostData post;
        post.title = typed;
        post.excerpt = typed;
        post.author = typed;
        post.content = QStringLiteral("<p>x</p>");
        post.slug = typed;
        const PostData sent = siteFields(post);
        for (const QString &field : {sent.title, sent.excerpt, sent.author}) {
            QVERIFY2(textOnly(field), qPrintable(field));
            QVERIFY2(!field.contains(QLatin1Char('\'')), qPrintable(field)); // wptexturize would curl it
            QCOMPARE(html::decodeEntities(field), typed);
            QCOMPARE(textFromSite(field), typed);
        }
        QCOMPARE(sent.content, post.content); // PostComposer::body(): already the site's HTML
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z0-9-]*$")).match(sent.slug).hasMatch(), qPrintable(sent.slug));
        QCOMPARE(siteFields(sent).slug, sent.slug);

        MediaUpload media;
        media.title = typed;
        media.caption = typed;
        media.altText = typed;
        media.fileName = QStringLiteral("ảnh.png");
        const MediaUpload upload = siteFields(media);
        for (const QString &field : {upload.title, upload.caption, upload.altText}) {
            QVERIFY2(textOnly(field), qPrintable(field));
            QCOMPARE(html::decodeEntities(field), typed);
        }
        QCOMPARE(upload.fileName, media.fileName);

        // Names: WordPress's own stored form (&, < and > escaped, quotes as they are).
        const QString name = siteName(QStringLiteral("  ") + typed + QStringLiteral("  "));
        QVERIFY2(!name.contains(QLatin1Char('<')) && !name.contains(QLatin1Char('>')), qPrintable(name));
        for (const html::Token &t : html::tokenize(name)) {
            QCOMPARE(int(t.kind), int(html::Token::Kind::Text));
        }
        QCOMPARE(textFromSite(name), typed.simplified());

        // The byline and source inside the body.
        Article article;
        article.byline = typed;
        article.source = typed;
        const QString line = PostComposer::closingLine(article);
        QString text;
        for (const html::Token &t : html::tokenize(line)) {
            if (t.kind == html::Token::Kind::Text) {
                text += t.text;
            } else {
                QVERIFY2(t.name == QLatin1String("p") || t.name == QLatin1String("strong"), qPrintable(line));
            }
        }
        QCOMPARE(text, typed + QStringLiteral(" (Nguồn: ") + typed + QLatin1Char(')'));
    }

    void namesAsWordPressStoresThem()
    {
        // A name typed in wp-admin is stored this way: sent alike, the site finds the same term.
        QCOMPARE(siteName(QStringLiteral("Giao thông & \"vận tải\"")), QStringLiteral("Giao thông &amp; \"vận tải\""));
        QCOMPARE(siteName(QStringLiteral("<b>Kinh tế</b>")), QStringLiteral("&lt;b&gt;Kinh tế&lt;/b&gt;"));
    }

    void readBackIsSentUnchanged()
    {
        // What a site gives back, sent again (XML-RPC's unpublish does), is what was first sent.
        PostData post;
        post.title = QStringLiteral("Tin <script>alert(1)</script> & \"x\" &lt;");
        const PostData sent = siteFields(post);
        PostData again;
        again.title = textFromSite(sent.title);
        QCOMPARE(siteFields(again).title, sent.title);
    }
};

QTEST_GUILESS_MAIN(TestSiteFields)
#include "tst_site_fields.moc"
