// The body editor widget (ui/editor/RichTextEditor.h), offscreen: typing, formatting through the
// keyboard, links, find and replace, counts, zoom, the autosave's snapshot. Images: tst_editor_images;
// tables, lists and the subset round trip: tst_editor_structure.

#include "app/html/BodyHtml.h"
#include "app/html/UrlPolicy.h"
#include "app/storage/MediaRepository.h"
#include "tests/editor/DocumentLooks.h"
#include "tests/editor/EditorTestSupport.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/TestWorkspace.h"
#include "ui/editor/LinkDialog.h"
#include "ui/editor/RichTextEditor.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

using namespace toasoan;
using namespace toasoan::test;
using ui::RichTextEditor;
using Action = ui::RichTextEditor::Action;

Q_DECLARE_METATYPE(Qt::KeyboardModifiers)

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
};

QTEST_MAIN(TestRichTextEditor)
#include "tst_richtexteditor.moc"
