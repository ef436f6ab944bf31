// Pasting into the body editor through the real clipboard (offscreen): each clipboard fixture, a
// 50 MB paste, plain-text paste, the legacy-encoding offer, copy and paste inside the editor.
#include "app/html/BodyHtml.h"
#include "app/storage/MediaRepository.h"
#include "app/text/LegacyEncoding.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/TestWorkspace.h"
#include "ui/editor/EditorInfoBar.h"
#include "ui/editor/RichTextEditor.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;
using toasoan::test::TestWorkspace;
using ui::RichTextEditor;

namespace {

QString fixture(const QString &name)
{
    QFile f(QDir(QString::fromLocal8Bit(qgetenv("TOASOAN_SOURCE_DIR"))).filePath(QStringLiteral("tests/editor/data/")) +
            name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QByteArray png(QSize size = {400, 300})
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void putOnClipboard(const QString &html, const QString &text)
{
    auto *data = new QMimeData;
    if (!html.isNull()) {
        data->setHtml(html);
    }
    if (!text.isNull()) {
        data->setText(text);
    }
    QApplication::clipboard()->setMimeData(data);
}

// An editor with a workspace to keep images in, shown and focused.
struct Fixture
{
    TestWorkspace ws;
    MediaRepository media{ws.db()};
    RichTextEditor editor;

    Fixture()
    {
        editor.setMediaStore(ui::EditorMediaStore::fromRepository(media));
        editor.show();
        editor.activateWindow();
    }
};

void verifyClean(const QString &body)
{
    for (const char *debris : {"mso", "style=", "class=\"Mso", "<span", "<font", "<div", "<script", "&nbsp;", "o:p"}) {
        QVERIFY2(!body.contains(QString::fromUtf8(debris), Qt::CaseInsensitive), qPrintable(body));
    }
    QCOMPARE(body, body.normalized(QString::NormalizationForm_C));
}

} // namespace

class TestEditorPaste : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }
    void pastesWord()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.editor));
        QTemporaryDir dir;
        const QString imagePath = dir.filePath(QStringLiteral("ảnh hội nghị.png"));
        QFile image(imagePath);
        QVERIFY(image.open(QIODevice::WriteOnly));
        image.write(png());
        image.close();
        QString html = fixture(QStringLiteral("word2016.html"));
        QVERIFY(!html.isEmpty());
        html.replace(QStringLiteral("%FIXTURE_IMAGE%"), imagePath);
        putOnClipboard(html, QStringLiteral("Hội nghị giao ban"));
        QSignalSpy notices(&f.editor, &RichTextEditor::pasteNotice);
        QTest::keyClick(&f.editor, Qt::Key_V, Qt::ControlModifier);

        const QString body = f.editor.bodyHtml();
        verifyClean(body);
        QVERIFY2(body.startsWith(QStringLiteral("<h2>Hội nghị giao ban Ban Chủ nhiệm Chương trình 04-CTr/QU</h2>")),
                 qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("<strong>Quận ủy Nam Từ Liêm</strong>")));
        QVERIFY(body.contains(QStringLiteral("<ul>\n<li>Đồng chí Lâm Quang Thao")));
        QVERIFY(body.contains(QStringLiteral("<ol>\n<li>Rà soát")));
        QVERIFY(body.contains(QStringLiteral("<h3>II. Số liệu</h3>")));
        QVERIFY(body.contains(QStringLiteral("<tr><td>Y tế</td><td>10/10 phường đạt chuẩn</td></tr>")));
        QVERIFY(body.contains(QStringLiteral("<figure class=\"aligncenter\"><img src=\"media:1\" alt=\"\">"
                                             "<figcaption>Toàn cảnh hội nghị</figcaption></figure>")));
        QVERIFY(body.contains(QStringLiteral("<blockquote>")));
        QVERIFY(body.contains(QStringLiteral("<a href=\"https://namtuliem.hanoi.gov.vn/tin-tuc\">")));
        // The image that existed is in the workspace; the one that did not is reported.
        QVERIFY(f.media.metadata(1).ok());
        QCOMPARE(f.media.metadata(1)->fileName, QStringLiteral("ảnh hội nghị.png"));
        QCOMPARE(notices.size(), 1);
        QVERIFY(f.editor.infoBar()->isVisible());
        // The document now holds exactly what is stored: reloading changes nothing.
        f.editor.setBodyHtml(body);
        QCOMPARE(f.editor.bodyHtml(), body);
        // One undo takes the whole paste away.
        putOnClipboard(QStringLiteral("<p>x</p>"), QStringLiteral("x"));
        f.editor.moveCursor(QTextCursor::End);
        f.editor.paste();
        QVERIFY(f.editor.bodyHtml().endsWith(QStringLiteral("<p><strong>Trần Hòa</strong>x</p>")));
        f.editor.undo();
        QCOMPARE(f.editor.bodyHtml(), body);
    }

    void pastesLibreOffice()
    {
        Fixture f;
        QString html = fixture(QStringLiteral("libreoffice.html"));
        html.replace(QStringLiteral("%FIXTURE_PNG_BASE64%"), QString::fromLatin1(png().toBase64()));
        putOnClipboard(html, QString());
        f.editor.paste();
        const QString body = f.editor.bodyHtml();
        verifyClean(body);
        QVERIFY2(body.startsWith(QStringLiteral("<h2>Kết quả thực hiện Chương trình số 04</h2>")), qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("<strong>Ban Chủ nhiệm</strong> đã <em>quan tâm lãnh đạo</em>")));
        QVERIFY(body.contains(QStringLiteral("<ol>\n<li>Nâng cao chất lượng các danh hiệu văn hóa;</li>")));
        QVERIFY(body.contains(QStringLiteral("<thead>\n<tr><th>Chỉ tiêu</th><th>Tỷ lệ</th></tr>")));
        QVERIFY(body.contains(QStringLiteral("<figure class=\"aligncenter\"><img src=\"media:1\" alt=\"\"></figure>")));
        QVERIFY(body.contains(QStringLiteral("<blockquote>\n<p><em>Kỷ cương, trách nhiệm, hành động.</em></p>")));
        QCOMPARE(f.media.load(1)->data, png());
    }

    void pastesWebPage()
    {
        Fixture f;
        auto *data = new QMimeData;
        data->setHtml(fixture(QStringLiteral("webpage.html")));
        data->setText(QStringLiteral("Quận ủy tổng kết công tác năm 2022"));
        // Firefox says where the copy came from (UTF-16, URL then title).
        const QString source = QStringLiteral("https://namtuliem.hanoi.gov.vn/tin-tuc/tong-ket.html\nTổng kết");
        data->setData(QStringLiteral("text/x-moz-url-priv"),
                      QByteArray(reinterpret_cast<const char *>(source.utf16()), source.size() * 2));
        QApplication::clipboard()->setMimeData(data);
        f.editor.paste();
        const QString body = f.editor.bodyHtml();
        verifyClean(body);
        QVERIFY(!body.contains(QStringLiteral("quảng cáo"), Qt::CaseInsensitive));
        QVERIFY(!body.contains(QStringLiteral("Đăng ký nhận tin")));
        QVERIFY2(body.contains(QStringLiteral("<h2>Quận ủy tổng kết công tác năm 2022</h2>")), qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("<img src=\"https://namtuliem.hanoi.gov.vn/uploads/2022/11/hoi-nghi.jpg\" "
                                             "alt=\"Toàn cảnh hội nghị\"><figcaption>")));
        QVERIFY(body.contains(QStringLiteral("<tr><th>Chỉ tiêu</th><th>Kết quả</th></tr>")));
    }

    void pastesGoogleDocs()
    {
        Fixture f;
        putOnClipboard(fixture(QStringLiteral("googledocs.html")), QStringLiteral("Chữ thường"));
        f.editor.paste();
        QCOMPARE(f.editor.bodyHtml(), QStringLiteral("<p>Chữ thường, <strong>chữ đậm</strong> <em>và nghiêng</em></p>\n"
                                                     "<ul>\n<li>Mục một</li>\n</ul>"));
    }

    void pastesPlainTextWithCtrlShiftV()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.editor));
        putOnClipboard(QStringLiteral("<h1 style=\"color:red\"><b>Tít</b></h1><p>đoạn</p>"),
                       QStringLiteral("Tít\n\nđoa\u0323n <b>"));
        QTest::keyClick(&f.editor, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.editor.bodyHtml(), QStringLiteral("<p>Tít</p>\n<p>đoạn &lt;b&gt;</p>"));
    }

    void pastesScreenshot()
    {
        Fixture f;
        auto *data = new QMimeData;
        data->setImageData(QImage::fromData(png({50, 40})));
        QApplication::clipboard()->setMimeData(data);
        f.editor.paste();
        QCOMPARE(f.editor.bodyHtml(), QStringLiteral("<figure class=\"aligncenter\"><img src=\"media:1\" alt=\"\">"
                                                     "</figure>"));
        QCOMPARE(f.media.metadata(1)->mimeType, QStringLiteral("image/png"));
    }

    void hugePasteDoesNotFreeze_data()
    {
        QTest::addColumn<bool>("withText");
        QTest::newRow("robustness: 50 MB HTML with a short text: the text is pasted") << true;
        QTest::newRow("robustness: 50 MB HTML alone: refused") << false;
    }

    void hugePasteDoesNotFreeze()
    {
        QFETCH(bool, withText);
        Fixture f;
        f.editor.setBodyHtml(QStringLiteral("<p>Có sẵn</p>"));
        f.editor.moveCursor(QTextCursor::End);
        QString huge;
        huge.reserve(50 * 1024 * 1024);
        const QString paragraph = QStringLiteral("<p style=\"mso-x:1\">Đoạn <b>văn</b> dài lặp lại.</p>\n");
        while (huge.size() < 50 * 1024 * 1024) {
            huge += paragraph;
        }
        putOnClipboard(huge, withText ? QStringLiteral(" và thêm") : QString());
        huge.clear();
        QSignalSpy notices(&f.editor, &RichTextEditor::pasteNotice);
        f.editor.paste();
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices.first().first().toString().contains(QStringLiteral("MB")));
        QVERIFY(f.editor.infoBar()->isVisible());
        QCOMPARE(f.editor.bodyHtml(),
                 withText ? QStringLiteral("<p>Có sẵn và thêm</p>") : QStringLiteral("<p>Có sẵn</p>"));
        // The editor still answers.
        test::typeText(&f.editor, QStringLiteral("!"));
        QVERIFY(f.editor.bodyHtml().endsWith(QStringLiteral("!</p>")));
    }

    void hugePlainTextIsRefused()
    {
        Fixture f;
        putOnClipboard(QString(), QString(3 * 1024 * 1024, QLatin1Char('x')));
        QSignalSpy notices(&f.editor, &RichTextEditor::pasteNotice);
        f.editor.pasteAsPlainText();
        QCOMPARE(notices.size(), 1);
        QVERIFY(f.editor.bodyHtml().isEmpty());
    }

    void offersLegacyConversion_data()
    {
        QTest::addColumn<bool>("convert");
        QTest::addColumn<bool>("asHtml");
        QTest::newRow("nominal: TCVN3 text, converted") << true << false;
        QTest::newRow("nominal: TCVN3 from Word (.VnTime), converted") << true << true;
        QTest::newRow("nominal: TCVN3 text, kept as is") << false << false;
    }

    void offersLegacyConversion()
    {
        QFETCH(bool, convert);
        QFETCH(bool, asHtml);
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.editor));
        const QString unicode = QStringLiteral("Sáng ngày 9/11, Quận ủy Nam Từ Liêm đã tổ chức hội nghị giao ban "
                                               "chương trình số 04 của Quận ủy.");
        const QString tcvn3 = text::encodeTcvn3(unicode);
        QString html;
        if (asHtml) {
            QString escaped = tcvn3;
            escaped.replace(QLatin1Char('&'), QLatin1String("&amp;")).replace(QLatin1Char('<'), QLatin1String("&lt;"));
            html = QStringLiteral("<p class=MsoNormal><span style='font-size:14.0pt;font-family:\".VnTime\"'>") +
                   escaped + QStringLiteral("</span></p>");
        }
        putOnClipboard(html, tcvn3);
        f.editor.setBodyHtml(QStringLiteral("<p>Trước.</p>"));
        f.editor.moveCursor(QTextCursor::End);
        QTest::keyClick(&f.editor, Qt::Key_Return);
        QSignalSpy detected(&f.editor, &RichTextEditor::legacyEncodingDetected);
        QTest::keyClick(&f.editor, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(detected.size(), 1);
        QCOMPARE(detected.first().at(0).value<text::LegacyEncoding>(), text::LegacyEncoding::Tcvn3);
        QCOMPARE(detected.first().at(1).toString(), unicode);
        QVERIFY(!f.editor.bodyHtml().contains(unicode)); // pasted as it was, for now
        QVERIFY(f.editor.bodyHtml().startsWith(QStringLiteral("<p>Trước.</p>\n<p>")));
        test::typeText(&f.editor, QStringLiteral(" Sau.")); // typing on does not lose the offer

        QVERIFY(f.editor.infoBar()->isVisible());
        auto *button = f.editor.infoBar()->findChild<QPushButton *>(convert ? QStringLiteral("convertLegacyButton")
                                                                            : QStringLiteral("keepLegacyButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!f.editor.infoBar()->isVisible());
        const QString body = f.editor.bodyHtml();
        if (convert) {
            QCOMPARE(body, QStringLiteral("<p>Trước.</p>\n<p>") + unicode + QStringLiteral(" Sau.</p>"));
            f.editor.undo(); // one step back to the legacy text
            QVERIFY(!f.editor.bodyHtml().contains(unicode));
        } else {
            QVERIFY(!body.contains(unicode));
            QVERIFY(body.endsWith(QStringLiteral(" Sau.</p>")));
        }
    }

    void unicodePasteOffersNothing()
    {
        Fixture f;
        putOnClipboard(QString(), QStringLiteral("Quận ủy Nam Từ Liêm tổ chức hội nghị giao ban."));
        QSignalSpy detected(&f.editor, &RichTextEditor::legacyEncodingDetected);
        f.editor.paste();
        QCOMPARE(detected.size(), 0);
        QVERIFY(!f.editor.infoBar()->isVisible());
    }

    void copyPasteInsideKeepsFigures()
    {
        Fixture f;
        const auto stored = f.media.addFromBytes(png(), QStringLiteral("a.png"));
        QVERIFY(stored.ok());
        const QString body = QStringLiteral("<p>Một</p>\n<figure class=\"alignright\"><img src=\"media:1\" alt=\"\">"
                                            "<figcaption>Chú thích</figcaption></figure>\n<blockquote>\n<p>Trích</p>\n"
                                            "</blockquote>");
        f.editor.setBodyHtml(body);
        f.editor.selectAll();
        f.editor.copy();
        QVERIFY(QApplication::clipboard()->mimeData()->html().contains(QStringLiteral("<figcaption>")));
        RichTextEditor other;
        other.setMediaStore(ui::EditorMediaStore::fromRepository(f.media));
        other.paste();
        QCOMPARE(other.bodyHtml(), body);
    }
};

QTEST_MAIN(TestEditorPaste)
#include "tst_editorpaste.moc"
