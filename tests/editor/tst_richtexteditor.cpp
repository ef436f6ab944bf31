// The body editor widget (ui/editor/RichTextEditor.h), offscreen: typing, formatting through the
// keyboard, links, images, tables, find and replace, counts, and the subset round trip.
#include "app/html/BodyHtml.h"
#include "app/html/UrlPolicy.h"
#include "app/storage/MediaRepository.h"
#include "tests/editor/DocumentLooks.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/TestWorkspace.h"
#include "ui/editor/ColumnImages.h"
#include "ui/editor/EditorInfoBar.h"
#include "ui/editor/ImageDialog.h"
#include "ui/editor/LinkDialog.h"
#include "ui/editor/RichTextEditor.h"
#include "ui/preview/PreviewView.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>
#include <QThread>
#include <QTimer>
#include <functional>
#include <memory>

using namespace toasoan;
using toasoan::test::TestWorkspace;
using ui::RichTextEditor;
using Action = ui::RichTextEditor::Action;

Q_DECLARE_METATYPE(Qt::KeyboardModifiers)

namespace {

// A thread that, once started, turns an autosave's copy of the editor's document
// (RichTextEditor::bodySnapshot()) into the body, as the autosave writer does.
struct SnapshotWorker
{
    std::function<QString()> snapshot;
    QString body;
    std::unique_ptr<QThread> thread{QThread::create([this] {
        body = snapshot();
        snapshot = nullptr; // the copy goes on this thread
    })};

    void take(const RichTextEditor &editor) { snapshot = editor.bodySnapshot(thread.get()); }
    QString run()
    {
        thread->start();
        thread->wait();
        return body;
    }
};

void select(RichTextEditor &editor, int start, int end)
{
    QTextCursor c = editor.textCursor();
    c.setPosition(start);
    c.setPosition(end, QTextCursor::KeepAnchor);
    editor.setTextCursor(c);
}

QString writePng(const QTemporaryDir &dir, const QString &name, QSize size = {1200, 800})
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0x3f, 0x72, 0xaf));
    const QString path = dir.filePath(name);
    return image.save(path, "PNG") ? path : QString();
}

// How wide the first line of a paragraph holding an image is drawn, laid out first.
qreal drawnWidth(const QTextBlock &block)
{
    block.document()->documentLayout()->blockBoundingRect(block);
    return block.layout()->lineCount() > 0 ? block.layout()->lineAt(0).naturalTextWidth() : -1.0;
}

} // namespace

class TestRichTextEditor : public QObject
{
    Q_OBJECT

private slots:
    void typesVietnamese_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("nominal: NFC (Unikey, ibus-unikey)") << QStringLiteral("Quận ủy Nam Từ Liêm họp");
        QTest::newRow("robustness: NFD (Windows keyboard, macOS)")
            << test::nfd(QStringLiteral("Quận ủy Nam Từ Liêm họp"));
    }

    void typesVietnamese()
    {
        QFETCH(QString, typed);
        RichTextEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        test::typeText(&editor, typed + QStringLiteral("\nĐoạn hai"));
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>Quận ủy Nam Từ Liêm họp</p>\n<p>Đoạn hai</p>"));
        QVERIFY(editor.document()->isModified());
    }

    void formatsThroughShortcuts_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<int>("key");
        QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
        QTest::addColumn<QString>("expected");
        const QString p = QStringLiteral("<p>Quận ủy họp</p>");
        const Qt::KeyboardModifiers ctrl = Qt::ControlModifier;
        const Qt::KeyboardModifiers ctrlAlt = Qt::ControlModifier | Qt::AltModifier;
        const Qt::KeyboardModifiers ctrlShift = Qt::ControlModifier | Qt::ShiftModifier;
        QTest::newRow("nominal: Ctrl+B") << p << 5 << 7 << int(Qt::Key_B) << ctrl
                                         << QStringLiteral("<p>Quận <strong>ủy</strong> họp</p>");
        QTest::newRow("nominal: Ctrl+I") << p << 0 << 4 << int(Qt::Key_I) << ctrl
                                         << QStringLiteral("<p><em>Quận</em> ủy họp</p>");
        QTest::newRow("nominal: Ctrl+U") << p << 8 << 11 << int(Qt::Key_U) << ctrl
                                         << QStringLiteral("<p>Quận ủy <u>họp</u></p>");
        QTest::newRow("nominal: Ctrl+Alt+1 heading")
            << p << 2 << 2 << int(Qt::Key_1) << ctrlAlt << QStringLiteral("<h2>Quận ủy họp</h2>");
        QTest::newRow("nominal: Ctrl+Alt+2 subheading")
            << p << 2 << 2 << int(Qt::Key_2) << ctrlAlt << QStringLiteral("<h3>Quận ủy họp</h3>");
        QTest::newRow("nominal: Ctrl+0 back to paragraph")
            << QStringLiteral("<h2>Quận ủy họp</h2>") << 2 << 2 << int(Qt::Key_0) << ctrl << p;
        QTest::newRow("nominal: Ctrl+Shift+8 bullets")
            << QStringLiteral("<p>một</p><p>hai</p>") << 0 << 6 << int(Qt::Key_8) << ctrlShift
            << QStringLiteral("<ul>\n<li>một</li>\n<li>hai</li>\n</ul>");
        QTest::newRow("nominal: Ctrl+Shift+7 numbers")
            << p << 0 << 0 << int(Qt::Key_7) << ctrlShift << QStringLiteral("<ol>\n<li>Quận ủy họp</li>\n</ol>");
        QTest::newRow("nominal: Ctrl+Shift+8 again ends the list")
            << QStringLiteral("<ul><li>một</li></ul>") << 1 << 1 << int(Qt::Key_8) << ctrlShift
            << QStringLiteral("<p>một</p>");
        QTest::newRow("nominal: Ctrl+Shift+9 quote")
            << p << 0 << 0 << int(Qt::Key_9) << ctrlShift
            << QStringLiteral("<blockquote>\n<p>Quận ủy họp</p>\n</blockquote>");
        QTest::newRow("nominal: Ctrl+\\ clears formatting")
            << QStringLiteral("<p><strong><em>Quận</em></strong> <u>ủy</u> họp</p>") << 0 << 11
            << int(Qt::Key_Backslash) << ctrl << p;
        QTest::newRow("robustness: clearing keeps links")
            << QStringLiteral("<p><a href=\"https://a.vn\"><strong>Quận</strong></a> ủy</p>") << 0 << 7
            << int(Qt::Key_Backslash) << ctrl << QStringLiteral("<p><a href=\"https://a.vn\">Quận</a> ủy</p>");
    }

    void formatsThroughShortcuts()
    {
        QFETCH(QString, body);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(int, key);
        QFETCH(Qt::KeyboardModifiers, modifiers);
        QFETCH(QString, expected);
        RichTextEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.setBodyHtml(body);
        select(editor, start, end);
        QTest::keyClick(&editor, Qt::Key(key), modifiers);
        QCOMPARE(editor.bodyHtml(), expected);
        // One undo step takes it back.
        QTest::keyClick(&editor, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor.bodyHtml(), html::normalizeBody(body));
    }

    void formattingGoesOnWhileTyping()
    {
        RichTextEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        test::typeText(&editor, QStringLiteral("Tít bài"));
        QTest::keyClick(&editor, Qt::Key_1, Qt::ControlModifier | Qt::AltModifier);
        test::typeText(&editor, QStringLiteral("\nĐoạn "));
        QTest::keyClick(&editor, Qt::Key_B, Qt::ControlModifier);
        test::typeText(&editor, QStringLiteral("đậm"));
        QTest::keyClick(&editor, Qt::Key_B, Qt::ControlModifier);
        test::typeText(&editor, QStringLiteral(" thường"));
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<h2>Tít bài</h2>\n<p>Đoạn <strong>đậm</strong> thường</p>"));
        QVERIFY(editor.action(Action::Paragraph)->isChecked());
    }

    void links()
    {
        RichTextEditor editor;
        editor.setBodyHtml(QStringLiteral("<p>Xem cổng thông tin quận.</p>"));
        select(editor, 4, 18);
        QVERIFY(editor.insertLink(QStringLiteral("namtuliem.hanoi.gov.vn")));
        QCOMPARE(editor.bodyHtml(),
                 QStringLiteral("<p>Xem <a href=\"https://namtuliem.hanoi.gov.vn\">cổng thông tin</a> quận.</p>"));
        // Typing right after the link is not linked.
        test::typeText(&editor, QStringLiteral("!"));
        QVERIFY(editor.bodyHtml().contains(QStringLiteral("</a>! quận")));
        // Edit: the cursor inside the link, a new address.
        select(editor, 8, 8);
        QCOMPARE(editor.linkAtCursor(), QStringLiteral("https://namtuliem.hanoi.gov.vn"));
        QVERIFY(editor.insertLink(QStringLiteral("https://ntl.gov.vn/tin")));
        QVERIFY(editor.bodyHtml().contains(QStringLiteral("<a href=\"https://ntl.gov.vn/tin\">cổng thông tin</a>")));
        QVERIFY(!editor.insertLink(QStringLiteral("javascript:alert(1)")));
        // Remove: the text stays.
        select(editor, 10, 10);
        QVERIFY(editor.action(Action::RemoveLink)->isEnabled());
        editor.removeLink();
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>Xem cổng thông tin! quận.</p>"));
        QVERIFY(!editor.action(Action::RemoveLink)->isEnabled());
        // A link inserted with its text at the cursor; e-mail addresses become mailto:.
        editor.moveCursor(QTextCursor::End);
        QVERIFY(editor.insertLink(QStringLiteral("toasoan@ntl.vn"), QStringLiteral(" thư")));
        QVERIFY(editor.bodyHtml().endsWith(QStringLiteral("<a href=\"mailto:toasoan@ntl.vn\">thư</a></p>")));
    }

    void linkDialogThroughCtrlK()
    {
        RichTextEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.setBodyHtml(QStringLiteral("<p>Xem tin.</p>"));
        select(editor, 4, 7);
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ui::LinkDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("linkUrl"));
            QVERIFY(url);
            test::typeText(url, QStringLiteral("ntl.gov.vn/tin-tức"));
            seen = true;
            dialog->accept();
        });
        QTest::keyClick(&editor, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(seen);
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>Xem <a href=\"https://ntl.gov.vn/tin-tức\">tin</a>.</p>"));
    }

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

    void tables()
    {
        RichTextEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        test::typeText(&editor, QStringLiteral("Bảng số liệu"));
        editor.insertTable(2, 2, true);
        test::typeText(&editor, QStringLiteral("Xã"));
        QTest::keyClick(&editor, Qt::Key_Right);
        test::typeText(&editor, QStringLiteral("Số hộ"));
        QTest::keyClick(&editor, Qt::Key_Right);
        test::typeText(&editor, QStringLiteral("Tây Mỗ"));
        QTest::keyClick(&editor, Qt::Key_Right);
        test::typeText(&editor, QStringLiteral("1.234"));
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>Bảng số liệu</p>\n<table>\n<thead>\n<tr><th>Xã</th><th>Số "
                                                   "hộ</th></tr>\n</thead>\n<tbody>\n<tr><td>Tây Mỗ</td><td>1.234</td>"
                                                   "</tr>\n</tbody>\n</table>"));
        QVERIFY(editor.action(Action::AddTableRow)->isEnabled());
        QTest::keyClick(&editor, Qt::Key_R, Qt::ControlModifier | Qt::AltModifier); // add row
        QTest::keyClick(&editor, Qt::Key_C, Qt::ControlModifier | Qt::AltModifier); // add column
        QVERIFY(editor.bodyHtml().contains(
            QStringLiteral("<tr><td>Tây Mỗ</td><td>1.234</td><td></td></tr>\n<tr><td></td><td></td><td></td></tr>")));
        auto *table = qobject_cast<QTextTable *>(editor.document()->rootFrame()->childFrames().value(0));
        QVERIFY(table);
        QCOMPARE(table->rows(), 3);
        QCOMPARE(table->columns(), 3);
        editor.setTextCursor(table->cellAt(2, 2).firstCursorPosition()); // the new row and column
        QVERIFY(editor.action(Action::RemoveTableRow)->isEnabled());
        editor.removeTableColumn();
        editor.removeTableRow();
        QVERIFY2(editor.bodyHtml().contains(QStringLiteral("<tr><td>Tây Mỗ</td><td>1.234</td></tr>\n</tbody>")),
                 qPrintable(editor.bodyHtml()));
        // Tables round-trip through the stored body.
        const QString body = editor.bodyHtml();
        editor.setBodyHtml(body);
        QCOMPARE(editor.bodyHtml(), body);
    }

    void findsWithoutDiacritics_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("matchCase");
        QTest::addColumn<bool>("matchDiacritics");
        QTest::addColumn<int>("count");
        QTest::newRow("nominal: quan uy finds both tone placements and the bare word")
            << QStringLiteral("quan uy") << false << false << 3;
        QTest::newRow("nominal: with diacritics, both tone placements still match")
            << QStringLiteral("Quận uỷ") << false << true << 2;
        QTest::newRow("nominal: đ is folded to d") << QStringLiteral("dang uy") << false << false << 1;
        QTest::newRow("nominal: case kept when asked") << QStringLiteral("quan uy") << true << false << 1;
        QTest::newRow("robustness: NFD query") << test::nfd(QStringLiteral("quận ủy")) << false << true << 2;
        QTest::newRow("robustness: no match") << QStringLiteral("huyện") << false << false << 0;
    }

    void findsWithoutDiacritics()
    {
        QFETCH(QString, query);
        QFETCH(bool, matchCase);
        QFETCH(bool, matchDiacritics);
        QFETCH(int, count);
        RichTextEditor editor;
        editor.setBodyHtml(QStringLiteral("<p>Quận ủy họp với Quận uỷ bạn.</p><p>Đảng ủy, quan uy (viết sai).</p>"));
        ui::SearchOptions o;
        o.matchCase = matchCase;
        o.matchDiacritics = matchDiacritics;
        const QList<QTextCursor> found = ui::findAll(editor.document(), query, o);
        QCOMPARE(found.size(), count);
        int hits = 0;
        editor.moveCursor(QTextCursor::Start);
        while (hits < count + 1 && editor.find(query, o)) {
            ++hits;
            QCOMPARE(editor.textCursor().selectedText(), found.value((hits - 1) % std::max(1, count)).selectedText());
        }
        QCOMPARE(hits, count == 0 ? 0 : count + 1); // wraps around to the first match
    }

    void replacesAllInOneUndoStep()
    {
        RichTextEditor editor;
        const QString body = QStringLiteral("<p>Quận ủy và <strong>Quận uỷ</strong>, quan uy.</p>");
        editor.setBodyHtml(body);
        ui::SearchOptions o;
        QCOMPARE(editor.replaceAll(QStringLiteral("quan uy"), QStringLiteral("Huyện ủy"), o), 3);
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>Huyện ủy và <strong>Huyện ủy</strong>, Huyện ủy.</p>"));
        editor.undo();
        QCOMPARE(editor.bodyHtml(), body);
        // Replace one at a time.
        editor.moveCursor(QTextCursor::Start);
        QVERIFY(editor.find(QStringLiteral("quan uy"), o));
        QVERIFY(editor.replaceCurrent(QStringLiteral("quan uy"), QStringLiteral("Phường"), o));
        QVERIFY(editor.bodyHtml().startsWith(QStringLiteral("<p>Phường và")));
        QVERIFY(!editor.replaceCurrent(QStringLiteral("quan uy"), QStringLiteral("x"), o)); // nothing selected
    }

    void findDialogThroughCtrlH()
    {
        RichTextEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.setBodyHtml(QStringLiteral("<p>Quận ủy, Quận uỷ.</p>"));
        QTest::keyClick(&editor, Qt::Key_H, Qt::ControlModifier);
        auto *dialog = editor.findChild<QDialog *>(QStringLiteral("findReplaceDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        test::typeText(dialog->findChild<QLineEdit *>(QStringLiteral("findText")), QStringLiteral("quan uy"));
        test::typeText(dialog->findChild<QLineEdit *>(QStringLiteral("replaceText")), QStringLiteral("Huyện ủy"));
        QTest::mouseClick(dialog->findChild<QWidget *>(QStringLiteral("replaceAllButton")), Qt::LeftButton);
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>Huyện ủy, Huyện ủy.</p>"));
    }

    void counts_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("words");
        QTest::addColumn<int>("characters");
        QTest::newRow("nominal: syllables are words, dashes are not")
            << QStringLiteral("<p>Quận ủy – họp 9/11</p>") << 4 << 18;
        QTest::newRow("nominal: paragraphs and list items")
            << QStringLiteral("<p>Một hai</p><ul><li>ba</li></ul>") << 3 << 9;
        QTest::newRow("robustness: NFD counts clusters, not code units")
            << QStringLiteral("<p>") + test::nfd(QStringLiteral("Quận ủy")) + QStringLiteral("</p>") << 2 << 7;
        // The same words as the sapo and title counts (editing::countText): tst_article_validation.
        QTest::newRow("nominal: hyphens, points and abbreviations stay one word")
            << QStringLiteral("<p>COVID-19, Covid-19, 2.500 TP.HCM Hà Nội</p>") << 6 << 39;
        QTest::newRow("robustness: empty") << QString() << 0 << 0;
    }

    void counts()
    {
        QFETCH(QString, body);
        QFETCH(int, words);
        QFETCH(int, characters);
        RichTextEditor editor;
        QSignalSpy spy(&editor, &RichTextEditor::countsChanged);
        editor.setBodyHtml(body);
        QCOMPARE(editor.wordCount(), words);
        QCOMPARE(editor.characterCount(), characters);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.last().at(0).toInt(), words);
        QCOMPARE(spy.last().at(1).toInt(), characters);
    }

    void countsAreDebounced()
    {
        RichTextEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QSignalSpy spy(&editor, &RichTextEditor::countsChanged);
        test::typeText(&editor, QStringLiteral("một hai ba bốn năm"));
        QCOMPARE(spy.size(), 0); // nothing while typing
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.last().at(0).toInt(), 5);
    }

    void zoom()
    {
        RichTextEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        const qreal base = editor.font().pointSizeF();
        QTest::keyClick(&editor, Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(&editor, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(editor.zoomSteps(), 2);
        QVERIFY(editor.font().pointSizeF() > base);
        QTest::keyClick(&editor, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(editor.zoomSteps(), 1);
        QTest::keyClick(&editor, Qt::Key_0, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(editor.zoomSteps(), 0);
        QCOMPARE(editor.font().pointSizeF(), base);
    }

    void shownAsSaved_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<int>("action");
        const QString body = QStringLiteral("<h2>Hội nghị</h2><p>Xem <a href=\"https://ntl.gov.vn\">trang</a> "
                                            "<strong>đậm</strong></p>");
        QTest::newRow("nominal: ¶ on a heading, cursor in it") << body << 3 << 3 << int(Action::Paragraph);
        QTest::newRow("nominal: ¶ on a selected heading") << body << 0 << 8 << int(Action::Paragraph);
        QTest::newRow("nominal: ¶ on everything") << body << 0 << 23 << int(Action::Paragraph);
        QTest::newRow("nominal: clear formatting of everything") << body << 0 << 23 << int(Action::ClearFormatting);
        QTest::newRow("nominal: a heading made a list item") << body << 3 << 3 << int(Action::BulletList);
        QTest::newRow("nominal: a heading quoted") << body << 3 << 3 << int(Action::BlockQuote);
        QTest::newRow("nominal: a paragraph made a heading") << body << 12 << 12 << int(Action::Heading2);
    }

    // What the editor shows after a formatting action is what the saved body shows when opened.
    void shownAsSaved()
    {
        QFETCH(QString, body);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(int, action);
        RichTextEditor editor;
        editor.setBodyHtml(body);
        select(editor, start, end);
        editor.action(Action(action))->trigger();
        QTextDocument saved;
        test::loadBody(saved, editor.bodyHtml());
        QCOMPARE(test::looks(*editor.document()), test::looks(saved));
    }

    void enterAfterHeadingStartsParagraph()
    {
        RichTextEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.setBodyHtml(QStringLiteral("<h2>Tít</h2>"));
        editor.moveCursor(QTextCursor::End);
        test::typeText(&editor, QStringLiteral("\nđoạn thường"));
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<h2>Tít</h2>\n<p>đoạn thường</p>"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("nominal: inline formats") << QStringLiteral(
            "<p>Chữ <strong>đậm</strong>, <em>nghiêng</em>, <u>gạch</u>, <strong><em>cả hai</em></strong> và "
            "<a href=\"https://ntl.gov.vn/a?b=1&amp;c=2\">liên <strong>kết</strong></a>.<br>Dòng hai</p>");
        QTest::newRow("nominal: headings and lists")
            << QStringLiteral("<h2>Tít</h2>\n<h3>Tít phụ</h3>\n<ul>\n<li>một</li>\n<li><em>hai</em></li>\n</ul>\n"
                              "<ol>\n<li>ba</li>\n</ol>\n<p>Hết</p>");
        QTest::newRow("nominal: nested lists")
            << QStringLiteral("<ol>\n<li>một<ul>\n<li>hai<ol>\n<li>ba</li>\n<li><strong>bốn</strong></li>\n</ol></li>"
                              "\n<li>năm</li>\n</ul></li>\n<li>sáu<ol>\n<li>bảy</li>\n</ol></li>\n</ol>\n"
                              "<ul>\n<li>tám<ul>\n<li>chín</li>\n</ul></li>\n</ul>\n<p>Hết</p>");
        QTest::newRow("nominal: quote") << QStringLiteral("<p>Trước</p>\n<blockquote>\n<p>Một</p>\n<p>Hai</p>\n"
                                                          "</blockquote>\n<p>Sau</p>");
        QTest::newRow("nominal: figures in three alignments")
            << QStringLiteral("<figure class=\"alignleft\"><img src=\"media:1\" alt=\"Ảnh một\"><figcaption>Chú "
                              "<em>thích</em> một</figcaption></figure>\n<figure class=\"aligncenter\"><img "
                              "src=\"media:2\" alt=\"\"></figure>\n<figure class=\"alignright\"><img "
                              "src=\"https://ntl.gov.vn/a.jpg\" alt=\"\"><figcaption>Ba</figcaption></figure>\n"
                              "<p>Sau</p>");
        QTest::newRow("nominal: table with header")
            << QStringLiteral("<table>\n<thead>\n<tr><th>Xã</th><th>Số</th></tr>\n</thead>\n<tbody>\n<tr><td>An "
                              "<strong>Khánh</strong></td><td></td></tr>\n</tbody>\n</table>");
        QTest::newRow("robustness: special characters") << QStringLiteral("<p>a &lt;b&gt; &amp; \"c\" ‘d’ – e…</p>");
    }

    void roundTrip()
    {
        QFETCH(QString, body);
        const QString expected = html::normalizeBody(body);
        RichTextEditor editor;
        editor.setBodyHtml(body);
        QCOMPARE(editor.bodyHtml(), expected);
        // The document walker and Qt's own HTML export agree.
        QCOMPARE(html::bodyFromQtHtml(editor.document()->toHtml()), expected);
        // And a plain QTextDocument (no editor) loads the Qt HTML the same way.
        QTextDocument document;
        document.setHtml(html::bodyToQtHtml(body));
        QCOMPARE(RichTextEditor::bodyHtmlFromDocument(document), expected);
        // And so does the copy an autosave makes into HTML on its writer's thread.
        SnapshotWorker worker;
        worker.take(editor);
        QCOMPARE(worker.run(), expected);
        QVERIFY(!editor.document()->isModified());
        QVERIFY(!editor.document()->isUndoAvailable());
    }

    // A nested list is a QTextList of its own one indent deeper; the editor gives back the body as it
    // was loaded, nested (and a list made in the editor one indent deeper nests as well).
    void nestedListsKeepTheirLevels()
    {
        const QString body = QStringLiteral("<ol>\n<li>một<ul>\n<li>hai<ol>\n<li>ba</li>\n</ol></li>\n</ul></li>\n"
                                            "<li>bốn</li>\n</ol>\n<p>Hết</p>");
        RichTextEditor editor;
        editor.setBodyHtml(body);
        QStringList levels;
        for (QTextBlock block = editor.document()->begin(); block.isValid(); block = block.next()) {
            if (const QTextList *list = block.textList()) {
                levels.append(block.text() + QLatin1Char(' ') + QString::number(list->format().indent()) +
                              (list->format().style() == QTextListFormat::ListDecimal ? QStringLiteral(" 1.")
                                                                                      : QStringLiteral(" •")));
            }
        }
        QCOMPARE(levels, QStringList({QStringLiteral("một 1 1."), QStringLiteral("hai 2 •"), QStringLiteral("ba 3 1."),
                                      QStringLiteral("bốn 1 1.")}));
        QCOMPARE(editor.bodyHtml(), body);
        QCOMPARE(html::bodyFromQtHtml(editor.document()->toHtml()), body);

        // "năm" typed into a new list one indent deeper, after "bốn".
        QTextCursor cursor(editor.document()->findBlockByNumber(3));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertBlock();
        QTextListFormat deeper;
        deeper.setStyle(QTextListFormat::ListDisc);
        deeper.setIndent(2);
        cursor.createList(deeper);
        cursor.insertText(QStringLiteral("năm"));
        QCOMPARE(editor.bodyHtml(),
                 QStringLiteral("<ol>\n<li>một<ul>\n<li>hai<ol>\n<li>ba</li>\n</ol></li>\n</ul></li>\n"
                                "<li>bốn<ul>\n<li>năm</li>\n</ul></li>\n</ol>\n<p>Hết</p>"));
        // No gap between an item and its nested list, also for the list's last item (Qt gives it the list's
        // bottom margin); the paragraph after the list keeps its own.
        editor.setBodyHtml(editor.bodyHtml());
        QCOMPARE(editor.document()->findBlockByNumber(3).text(), QStringLiteral("bốn"));
        QCOMPARE(editor.document()->findBlockByNumber(3).blockFormat().bottomMargin(), 0.0);
        QVERIFY(editor.document()->findBlockByNumber(5).blockFormat().topMargin() > 0);
        if (const QString shots = qEnvironmentVariable("TOASOAN_SCREENSHOT_DIR"); !shots.isEmpty()) {
            editor.resize(420, 300);
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            editor.grab().save(shots + QStringLiteral("/editor-nested-lists.png")); // to look at by eye
        }
    }

    // Tab and Shift+Tab (and the list level actions) make and undo sub-items in a list; elsewhere,
    // and where an item cannot move, Tab still moves focus on.
    void tabIndentsAndOutdentsListItems()
    {
        QWidget window;
        auto *before = new QLineEdit(&window);
        auto *editor = new RichTextEditor(&window);
        auto *after = new QLineEdit(&window);
        QWidget::setTabOrder(before, editor);
        QWidget::setTabOrder(editor, after);
        before->move(0, 0);
        editor->setGeometry(0, 30, 500, 300);
        after->move(0, 340);
        window.resize(520, 380);
        const QString flat = QStringLiteral("<ul>\n<li>một</li>\n<li>hai</li>\n<li>ba</li>\n</ul>\n<p>Hết</p>");
        editor->setBodyHtml(flat);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const auto at = [editor](int blockNumber) {
            editor->setFocus();
            editor->setTextCursor(QTextCursor(editor->document()->findBlockByNumber(blockNumber)));
            QTRY_VERIFY(editor->hasFocus());
        };
        QAction *indent = editor->action(Action::IndentList);
        QAction *outdent = editor->action(Action::OutdentList);

        // The first item has nothing to go under: Tab moves on, as Shift+Tab does at the top level.
        at(0);
        QVERIFY(!indent->isEnabled());
        QVERIFY(!outdent->isEnabled());
        QTest::keyClick(editor, Qt::Key_Tab);
        QTRY_VERIFY(after->hasFocus());
        at(1);
        QVERIFY(indent->isEnabled());
        QTest::keyClick(editor, Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_VERIFY(before->hasFocus());
        QCOMPARE(editor->bodyHtml(), flat);

        // Tab on "hai" makes it a sub-item of "một"; on "ba", its sibling.
        at(1);
        QTest::keyClick(editor, Qt::Key_Tab);
        QVERIFY(editor->hasFocus());
        const QString one =
            QStringLiteral("<ul>\n<li>một<ul>\n<li>hai</li>\n</ul></li>\n<li>ba</li>\n</ul>\n<p>Hết</p>");
        QCOMPARE(editor->bodyHtml(), one);
        QVERIFY(outdent->isEnabled());
        at(2);
        QTest::keyClick(editor, Qt::Key_Tab);
        QCOMPARE(editor->bodyHtml(),
                 QStringLiteral("<ul>\n<li>một<ul>\n<li>hai</li>\n<li>ba</li>\n</ul></li>\n</ul>\n<p>Hết</p>"));
        // One undo step each.
        editor->undo();
        QCOMPARE(editor->bodyHtml(), one);
        // Shift+Tab takes "hai" back up.
        at(1);
        QTest::keyClick(editor, Qt::Key_Backtab, Qt::ShiftModifier);
        QVERIFY(editor->hasFocus());
        QCOMPARE(editor->bodyHtml(), flat);

        // The actions (Ctrl+] and Ctrl+[) do the same; an item takes its sub-items along.
        const QString nested =
            QStringLiteral("<ol>\n<li>một<ol>\n<li>hai<ul>\n<li>ba</li>\n</ul></li>\n</ol></li>\n</ol>\n<p>Hết</p>");
        editor->setBodyHtml(nested);
        at(1);
        outdent->trigger();
        QCOMPARE(editor->bodyHtml(),
                 QStringLiteral("<ol>\n<li>một</li>\n<li>hai<ul>\n<li>ba</li>\n</ul></li>\n</ol>\n<p>Hết</p>"));
        indent->trigger();
        QCOMPARE(editor->bodyHtml(), nested);
        QCOMPARE(html::bodyFromQtHtml(editor->document()->toHtml()), nested);

        // A paragraph: Tab moves focus, nothing changes.
        at(3);
        QVERIFY(!indent->isEnabled());
        QTest::keyClick(editor, Qt::Key_Tab);
        QTRY_VERIFY(after->hasFocus());
        QCOMPARE(editor->bodyHtml(), nested);

        // Five levels at most: "sáu" cannot go under "năm", nor "bốn" under "ba" (its sub-items would be
        // the sixth level).
        const QString deep = QStringLiteral("<ul>\n<li>một<ul>\n<li>hai<ul>\n<li>ba<ul>\n<li>ba rưỡi</li>\n"
                                            "<li>bốn<ul>\n<li>năm</li>\n<li>sáu</li>\n</ul></li>\n</ul></li>\n"
                                            "</ul></li>\n</ul></li>\n<li>bảy</li>\n</ul>");
        editor->setBodyHtml(deep);
        at(6);
        QCOMPARE(editor->textCursor().block().text(), QStringLiteral("sáu"));
        QVERIFY(!indent->isEnabled());
        QVERIFY(outdent->isEnabled());
        QTest::keyClick(editor, Qt::Key_Tab);
        QTRY_VERIFY(after->hasFocus());
        at(4);
        QCOMPARE(editor->textCursor().block().text(), QStringLiteral("bốn"));
        QVERIFY(!indent->isEnabled());
        QVERIFY(!editor->indentListItem());
        QCOMPARE(editor->bodyHtml(), deep);
        // Outdenting "năm" makes "sáu" its sub-item, at the fifth level again.
        at(5);
        QVERIFY(editor->outdentListItem());
        QVERIFY(editor->bodyHtml().contains(QStringLiteral("<li>bốn</li>\n<li>năm<ul>\n<li>sáu</li>\n</ul></li>")));
        at(4);
        QVERIFY(indent->isEnabled());
        if (const QString shots = qEnvironmentVariable("TOASOAN_SCREENSHOT_DIR"); !shots.isEmpty()) {
            window.grab().save(shots + QStringLiteral("/editor-list-levels.png")); // to look at by eye
        }
    }

    // An autosave's copy: taken on the UI thread with the photos decoded in it, made into HTML and
    // deleted on another thread (nothing there may touch pixmaps or fonts, which Qt would warn
    // about), unaffected by what is typed meanwhile or by the editor going away.
    void bodySnapshotIsReadOnAnotherThread()
    {
        QTest::failOnWarning(
            QRegularExpression(QStringLiteral("thread|pixmap|font"), QRegularExpression::CaseInsensitiveOption));
        TestWorkspace ws;
        MediaRepository media(ws.db());
        QTemporaryDir dir;
        const auto added = media.addFromFile(writePng(dir, QStringLiteral("toàn cảnh.png"), {1200, 600}));
        QVERIFY(added.ok());
        const QString body =
            QStringLiteral("<p><strong>Trước</strong> ảnh</p>\n<figure class=\"aligncenter\"><img src=\"media:%1\" "
                           "alt=\"Hội nghị\"><figcaption>Toàn cảnh</figcaption></figure>\n<ul>\n<li>Một</li>\n</ul>")
                .arg(added->id);
        auto editor = std::make_unique<RichTextEditor>();
        editor->setMediaStore(ui::EditorMediaStore::fromRepository(media));
        editor->resize(500, 500);
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
        editor->setBodyHtml(body);
        const QUrl photo(html::mediaSource(added->id));
        QTRY_VERIFY(!editor->document()->resource(QTextDocument::ImageResource, photo).value<QImage>().isNull());

        SnapshotWorker worker;
        worker.take(*editor);
        editor->moveCursor(QTextCursor::End);
        test::typeText(editor.get(), QStringLiteral(" sau khi chép"));
        QVERIFY(editor->bodyHtml().contains(QStringLiteral("sau khi chép")));
        editor.reset(); // the tab closed while the copy waits for the writer
        QCOMPARE(worker.run(), html::normalizeBody(body));
    }

    void everyActionIsDescribed()
    {
        RichTextEditor editor;
        QList<QKeySequence> seen;
        const QList<QAction *> all = editor.formatActions() + editor.editActions() + editor.viewActions();
        int actions = 0;
        for (QAction *a : all) {
            if (a->isSeparator()) {
                continue;
            }
            ++actions;
            QVERIFY2(!a->text().isEmpty() && !a->toolTip().isEmpty() && !a->whatsThis().isEmpty(),
                     qPrintable(a->objectName()));
            QVERIFY2(!a->icon().isNull(), qPrintable(a->objectName()));
            QVERIFY2(!a->shortcuts().isEmpty(), qPrintable(a->objectName()));
            for (const QKeySequence &k : a->shortcuts()) {
                QVERIFY2(!seen.contains(k), qPrintable(k.toString()));
                seen.append(k);
            }
        }
        QCOMPARE(actions, QMetaEnum::fromType<Action>().keyCount());
        QCOMPARE(editor.action(Action::PastePlainText)->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+V")));
        QCOMPARE(editor.action(Action::Heading1)->shortcut(), QKeySequence(QStringLiteral("Ctrl+Alt+1")));
    }

    // A photo wider than the text column is drawn at the column's width, and follows it when the
    // window is resized; the body keeps the image as it is and nothing counts as an edit.
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

QTEST_MAIN(TestRichTextEditor)
#include "tst_richtexteditor.moc"
