// The body editor widget (ui/editor/RichTextEditor.h), offscreen: images inserted from files, their
// description and caption, refused files, wide images fitted to the column, stored images in the preview.

#include "app/html/BodyHtml.h"
#include "app/html/UrlPolicy.h"
#include "app/storage/MediaRepository.h"
#include "tests/editor/EditorTestSupport.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/TestWorkspace.h"
#include "ui/editor/ColumnImages.h"
#include "ui/editor/ImageDialog.h"
#include "ui/editor/RichTextEditor.h"
#include "ui/preview/PreviewView.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

using namespace toasoan;
using namespace toasoan::test;
using ui::RichTextEditor;
using Action = ui::RichTextEditor::Action;

class TestEditorImages : public QObject
{
    Q_OBJECT

private slots:
    void insertsImageFromFile()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        MediaRepository media(ws.db());
        QTemporaryDir dir;
        const QString path = writePng(dir, QStringLiteral("ảnh hội nghị Quận ủy.png"));
        QVERIFY(!path.isEmpty());

        RichTextEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QVERIFY(!editor.action(Action::InsertImage)->isEnabled());
        editor.setMediaStore(ui::EditorMediaStore::fromRepository(media));
        QVERIFY(editor.action(Action::InsertImage)->isEnabled());
        test::typeText(&editor, QStringLiteral("Trước ảnh"));
        QVERIFY(editor.insertImageFile(path));
        test::typeText(&editor, QStringLiteral("Toàn cảnh hội nghị\nSau ảnh"));
        QCOMPARE(editor.bodyHtml(),
                 QStringLiteral("<p>Trước ảnh</p>\n<figure class=\"aligncenter\"><img src=\"media:1\" "
                                "alt=\"\"><figcaption>Toàn cảnh hội nghị</figcaption></figure>\n"
                                "<p>Sau ảnh</p>"));
        const Result<Media> stored = media.metadata(1);
        QVERIFY(stored.ok());
        QCOMPARE(stored->fileName, QStringLiteral("ảnh hội nghị Quận ủy.png"));
        QCOMPARE(stored->mimeType, QStringLiteral("image/png"));
        // Shown scaled to the column, not at 1200 px.
        const QImage shown =
            editor.document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("media:1"))).value<QImage>();
        QVERIFY(!shown.isNull());
        QVERIFY(shown.width() / shown.devicePixelRatio() <= 640.5);

        // Alignment from the caption, through the keyboard.
        QTextCursor c(editor.document()->findBlockByNumber(2));
        editor.setTextCursor(c);
        QVERIFY(editor.action(Action::AlignImageRight)->isEnabled());
        QTest::keyClick(&editor, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(editor.bodyHtml().contains(QStringLiteral("<figure class=\"alignright\">")));
        QVERIFY(editor.action(Action::AlignImageRight)->isChecked());

        // Reloading the stored body shows the image from the store and gives the same body.
        const QString body = editor.bodyHtml();
        RichTextEditor reopened;
        reopened.setMediaStore(ui::EditorMediaStore::fromRepository(media));
        reopened.setBodyHtml(body);
        QCOMPARE(reopened.bodyHtml(), body);
        const QImage again = reopened.document()
                                 ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("media:1")))
                                 .value<QImage>();
        QVERIFY(!again.isNull());
    }

    // The insert dialog asks what the image shows (its alt text) and its caption; both can be
    // changed later from the image (Ctrl+Alt+D), in one undo step.
    void asksForTheImageDescription()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        MediaRepository media(ws.db());
        QTemporaryDir dir;
        const QString path = writePng(dir, QStringLiteral("cầu Đồng Tâm.png"), {400, 300});
        RichTextEditor editor;
        editor.setMediaStore(ui::EditorMediaStore::fromRepository(media));
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        test::typeText(&editor, QStringLiteral("Trước ảnh"));

        auto answer = [this](const QString &alt, const QString &caption, bool accept, QStringList *seen) {
            QTimer::singleShot(0, this, [=] {
                auto *dialog = qobject_cast<ui::ImageDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                auto *altEdit = dialog->findChild<QLineEdit *>(QStringLiteral("imageAlt"));
                auto *captionEdit = dialog->findChild<QLineEdit *>(QStringLiteral("imageCaption"));
                auto *hint = dialog->findChild<QLabel *>(QStringLiteral("imageHint"));
                QVERIFY(altEdit && captionEdit && hint);
                seen->append(altEdit->text());
                seen->append(captionEdit->text());
                seen->append(hint->text());
                altEdit->clear();
                test::typeText(altEdit, alt);
                captionEdit->clear();
                test::typeText(captionEdit, caption);
                seen->append(hint->text());
                accept ? dialog->accept() : dialog->reject();
            });
        };
        QStringList seen;
        answer(QStringLiteral("Cắt băng khánh thành"), QStringLiteral("Các đại biểu cắt băng"), false, &seen);
        QVERIFY(!editor.insertImageFileAsking(path)); // cancelled: nothing inserted
        QVERIFY(!editor.bodyHtml().contains(QLatin1String("<img")));
        QVERIFY(seen.size() == 4);
        QVERIFY2(seen.at(2).contains(QLatin1String("description")), qPrintable(seen.at(2))); // empty: says why
        QVERIFY(seen.at(3).isEmpty());

        seen.clear();
        answer(QStringLiteral("Cắt băng khánh thành"), QStringLiteral("Các đại biểu cắt băng"), true, &seen);
        QVERIFY(editor.insertImageFileAsking(path));
        QCOMPARE(editor.bodyHtml(),
                 QStringLiteral("<p>Trước ảnh</p>\n<figure class=\"aligncenter\"><img src=\"media:1\" "
                                "alt=\"Cắt băng khánh thành\"><figcaption>Các đại biểu cắt "
                                "băng</figcaption></figure>"));

        // Later, from the image: the dialog shows both, and changes both.
        editor.setTextCursor(QTextCursor(editor.document()->findBlockByNumber(1)));
        QVERIFY(editor.action(Action::ImageDescription)->isEnabled());
        seen.clear();
        answer(QStringLiteral("Cầu Đồng Tâm"), QStringLiteral("Cầu mới"), true, &seen);
        QCOMPARE(editor.action(Action::ImageDescription)->shortcut(), QKeySequence(QStringLiteral("Ctrl+Alt+D")));
        editor.action(Action::ImageDescription)->trigger();
        QCOMPARE(seen.mid(0, 2),
                 (QStringList{QStringLiteral("Cắt băng khánh thành"), QStringLiteral("Các đại biểu cắt băng")}));
        QCOMPARE(editor.bodyHtml(),
                 QStringLiteral("<p>Trước ảnh</p>\n<figure class=\"aligncenter\"><img src=\"media:1\" "
                                "alt=\"Cầu Đồng Tâm\"><figcaption>Cầu mới</figcaption></figure>"));
        editor.undo();
        QVERIFY2(editor.bodyHtml().contains(QStringLiteral("alt=\"Cắt băng khánh thành\"><figcaption>Các đại biểu")),
                 qPrintable(editor.bodyHtml()));
        // Not on text.
        editor.setTextCursor(QTextCursor(editor.document()->findBlockByNumber(0)));
        QVERIFY(!editor.action(Action::ImageDescription)->isEnabled());
    }

    void refusesWhatIsNotAnImage()
    {
        TestWorkspace ws;
        MediaRepository media(ws.db());
        RichTextEditor editor;
        editor.setMediaStore(ui::EditorMediaStore::fromRepository(media));
        QSignalSpy notices(&editor, &RichTextEditor::pasteNotice);
        QVERIFY(!editor.insertImage(QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
                                    QStringLiteral("x.svg")));
        QVERIFY(!editor.insertImage(QByteArrayLiteral("not an image"), QStringLiteral("x.png")));
        QCOMPARE(notices.size(), 2);
        QVERIFY(editor.bodyHtml().isEmpty());
    }

    void wideImagesFitTheColumn()
    {
        TestWorkspace ws;
        MediaRepository media(ws.db());
        QTemporaryDir dir;
        const auto added = media.addFromFile(writePng(dir, QStringLiteral("toàn cảnh.png"), {1200, 600}));
        QVERIFY(added.ok());
        const QString body =
            QStringLiteral("<p>Trước ảnh</p>\n<figure class=\"aligncenter\"><img src=\"media:%1\" alt=\"\">"
                           "<figcaption>Toàn cảnh</figcaption></figure>")
                .arg(added->id);
        RichTextEditor editor;
        editor.setMediaStore(ui::EditorMediaStore::fromRepository(media));
        editor.resize(360, 500);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setBodyHtml(body);
        const QTextBlock image = editor.document()->findBlockByNumber(1);
        const auto shownWidth = [&] { return drawnWidth(image); };
        const auto column = [&] { return ui::ColumnImages::columnWidth(editor.document(), image.position()); };
        QVERIFY(column() < 400);
        QTRY_COMPARE(qRound(shownWidth()), qRound(column()));
        QVERIFY(image.layout()->lineAt(0).height() < 300); // the height follows: 1200×600 stays 2:1
        QVERIFY(shownWidth() <= editor.viewport()->width());
        if (const QString shots = qEnvironmentVariable("TOASOAN_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QTest::qWait(500); // the photo decoded in place of its placeholder
            editor.grab().save(shots + QStringLiteral("/editor-wide-image.png")); // to look at by eye
        }

        // Wider window: the photo grows up to its own displayed width (640), no further.
        editor.resize(1100, 500);
        QTRY_COMPARE(qRound(shownWidth()), 640);
        editor.resize(500, 500);
        QTRY_COMPARE(qRound(shownWidth()), qRound(column()));
        QCOMPARE(editor.bodyHtml(), html::normalizeBody(body));
        QVERIFY(!editor.document()->isModified());
        QVERIFY(!editor.document()->isUndoAvailable());
    }

    void previewShowsStoredImages()
    {
        TestWorkspace ws;
        MediaRepository media(ws.db());
        QTemporaryDir dir;
        const auto added = media.addFromFile(writePng(dir, QStringLiteral("ảnh.png"), {800, 400}));
        QVERIFY(added.ok());
        ui::PreviewView view;
        view.setMediaStore(ui::EditorMediaStore::fromRepository(media));
        Article a;
        a.title = QStringLiteral("Tít");
        a.dateline = QStringLiteral("NTL");
        a.byline = QStringLiteral("Trần Hòa");
        a.body = QStringLiteral("<p>Sáng nay</p><figure class=\"aligncenter\"><img src=\"media:%1\" alt=\"\">"
                                "<figcaption>Chú thích</figcaption></figure>")
                     .arg(added->id);
        view.showArticle(a);
        QVERIFY(view.renderedHtml().contains(QStringLiteral("(NTL) Sáng nay")));
        QVERIFY(view.toPlainText().contains(QStringLiteral("(NTL) Sáng nay")));
        QVERIFY(view.toPlainText().contains(QStringLiteral("Chú thích")));
        QVERIFY(view.toPlainText().trimmed().endsWith(QStringLiteral("Trần Hòa")));
        const QImage image =
            view.document()->resource(QTextDocument::ImageResource, QUrl(html::mediaSource(added->id))).value<QImage>();
        QCOMPARE(image.width(), 640);

        // In a narrow preview the photo fits the column.
        view.resize(360, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTextBlock imageBlock = view.document()->begin();
        while (imageBlock.isValid() && !imageBlock.text().contains(QChar::ObjectReplacementCharacter)) {
            imageBlock = imageBlock.next();
        }
        QVERIFY(imageBlock.isValid());
        const auto shownWidth = [&] { return drawnWidth(imageBlock); };
        QTRY_VERIFY(shownWidth() <= ui::ColumnImages::columnWidth(view.document(), imageBlock.position()) + 0.5);
        QVERIFY(shownWidth() < 340);
        QVERIFY(shownWidth() > 200);
    }
};

QTEST_MAIN(TestEditorImages)
#include "tst_editor_images.moc"
