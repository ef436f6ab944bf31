// Spell checking in the body editor (ui/spell, ui/editor/EditorSpelling.cpp), offscreen: red waves under
// misspelled words while typing, corrections from the context menu, the office dictionary, ignoring,
// the on/off action and its setting, a missing dictionary, and a long article checked off the UI thread.
#include "app/settings/Settings.h"
#include "app/spell/PersonalDictionary.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/TaxonomyRepository.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/TestWorkspace.h"
#include "ui/MainWindow.h"
#include "ui/article/ArticleTab.h"
#include "ui/editor/EditorInfoBar.h"
#include "ui/editor/RichTextEditor.h"
#include "ui/metadata/FieldMessage.h"
#include "ui/metadata/MetadataPanel.h"
#include "ui/spell/SpellHighlighter.h"
#include "ui/spell/SpellService.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <memory>

using namespace toasoan;
using toasoan::test::TestWorkspace;
using ui::RichTextEditor;
using ui::SpellService;
using Action = ui::RichTextEditor::Action;

namespace {

// The words drawn with the spell-check wave, in document order.
QStringList underlined(const QTextEdit &editor)
{
    QStringList words;
    for (QTextBlock block = editor.document()->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline) {
                words.append(block.text().mid(range.start, range.length).normalized(QString::NormalizationForm_C));
            }
        }
    }
    return words;
}

// Right-clicks the first occurrence of `word` and gives the menu that opened.
QMenu *rightClick(RichTextEditor &editor, const QString &word)
{
    const int at = int(editor.document()->toPlainText().indexOf(word));
    if (at < 0) {
        return nullptr;
    }
    QTextCursor cursor(editor.document());
    cursor.setPosition(at + 1);
    const QPoint pos = editor.cursorRect(cursor).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, editor.viewport()->mapToGlobal(pos));
    QApplication::sendEvent(editor.viewport(), &event);
    return qobject_cast<QMenu *>(QApplication::activePopupWidget());
}

QAction *findAction(QMenu *menu, const QString &objectName, const QString &text = {})
{
    for (QAction *a : menu->actions()) {
        if (a->objectName() == objectName && (text.isEmpty() || a->text() == text)) {
            return a;
        }
    }
    return nullptr;
}

void click(QMenu *menu, QAction *action)
{
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
}

struct Fixture
{
    TestWorkspace ws;
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    // The spell-check toggle is a per-person setting: the window names the person first.
    qint64 userId = [this] {
        settings.setUser(QStringLiteral("phongvien"));
        return ws.addUser(QStringLiteral("phongvien"), Role::Reporter, QStringLiteral("Nguyễn Văn An"));
    }();
    SpellService service{&ws.db(), userId, &settings};
};

// `article`, stored as the fixture's user's, open in a window of theirs.
struct WindowOn
{
    WindowOn(Fixture &f, Article article)
    {
        article.authorId = f.userId;
        const auto created = ArticleRepository(f.ws.db()).create(article, f.userId);
        window = std::make_unique<ui::MainWindow>(f.ws.db(), UserRepository(f.ws.db()).load(f.userId).value(),
                                                  f.settings, notifier);
        window->show();
        tab = created.ok() ? window->openArticle(created->id) : nullptr;
    }

    test::RecordingNotifier notifier;
    std::unique_ptr<ui::MainWindow> window;
    ui::ArticleTab *tab = nullptr;
};

bool waitIdle(RichTextEditor &editor, int timeoutMs = 10000)
{
    return QTest::qWaitFor(
        [&] {
            return editor.spellService()->state() == SpellService::State::Ready && editor.spellHighlighter() &&
                   editor.spellHighlighter()->isIdle();
        },
        timeoutMs);
}

} // namespace

class TestSpellEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }
    void underlinesWhileTyping_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nominal: a typo") << QStringLiteral("Thủ đô Hà Nộii mùa thu. ")
                                         << QStringList{QStringLiteral("Nộii")};
        QTest::newRow("nominal: two typos in two paragraphs")
            << QStringLiteral("Quận ủy họp nghiêmm túc.\nBáo cáo về khoẻ mạnhh. ")
            << QStringList{QStringLiteral("nghiêmm"), QStringLiteral("mạnhh")};
        QTest::newRow("nominal: old tone placement is correct")
            << QStringLiteral("Giữ vững hòa bình, thủy lợi, khỏe mạnh. ") << QStringList{};
        QTest::newRow("nominal: new tone placement is correct")
            << QStringLiteral("Giữ vững hoà bình, thuỷ lợi, khoẻ mạnh. ") << QStringList{};
        QTest::newRow("nominal: acronyms, numbers and addresses are skipped")
            << QStringLiteral("UBND quận ngày 9/11, xem https://nguhanhson.vn/tin. ") << QStringList{};
        QTest::newRow("robustness: NFD typing")
            << test::nfd(QStringLiteral("Hòa bình Nộii. ")) << QStringList{QStringLiteral("Nộii")};
    }

    void underlinesWhileTyping()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        Fixture f;
        RichTextEditor editor;
        editor.setSpellService(&f.service);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTRY_COMPARE(f.service.state(), SpellService::State::Ready);
        test::typeText(&editor, typed);
        QVERIFY(waitIdle(editor));
        QTRY_COMPARE(underlined(editor), expected);
        // Underlines are drawn, not written: the text and its undo history are untouched by them.
        QVERIFY(!editor.bodyHtml().contains(QLatin1String("underline")));
    }

    void wordBeingTypedWaitsUntilFinished()
    {
        Fixture f;
        RichTextEditor editor;
        editor.setSpellService(&f.service);
        editor.show();
        QTRY_COMPARE(f.service.state(), SpellService::State::Ready);
        test::typeText(&editor, QStringLiteral("Hà Nộii"));
        QVERIFY(waitIdle(editor));
        QCOMPARE(underlined(editor), QStringList{}); // "Nộii" may still become "Nộiiêm"...
        test::typeText(&editor, QStringLiteral(" "));
        QTRY_COMPARE(underlined(editor), QStringList{QStringLiteral("Nộii")});
        // Typing elsewhere in the paragraph keeps the underline where it belongs.
        editor.moveCursor(QTextCursor::Start);
        test::typeText(&editor, QStringLiteral("Thủ đô "));
        QCOMPARE(underlined(editor), QStringList{QStringLiteral("Nộii")});
        QVERIFY(waitIdle(editor));
        QCOMPARE(underlined(editor), QStringList{QStringLiteral("Nộii")});
    }

    void suggestionReplacesTheWord()
    {
        Fixture f;
        RichTextEditor editor;
        editor.setSpellService(&f.service);
        editor.resize(600, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setBodyHtml(QStringLiteral("<p>Thủ đô <strong>Hà Nộii</strong> mùa thu.</p>"));
        QTRY_COMPARE(underlined(editor), QStringList{QStringLiteral("Nộii")});

        QMenu *menu = rightClick(editor, QStringLiteral("Nộii"));
        QVERIFY(menu);
        // The suggestions come first, found on the worker thread while the menu is open.
        QTRY_VERIFY(findAction(menu, QStringLiteral("spellSuggestion"), QStringLiteral("Nội")));
        QCOMPARE(menu->actions().first()->objectName(), QStringLiteral("spellSuggestion"));
        QVERIFY(menu->actions().size() <= 6 + 20);
        int suggestions = 0;
        for (QAction *a : menu->actions()) {
            suggestions += a->objectName() == QLatin1String("spellSuggestion");
        }
        QVERIFY(suggestions >= 1 && suggestions <= 6);
        QVERIFY(!findAction(menu, QStringLiteral("spellSuggestionsPending")));
        QVERIFY(findAction(menu, QStringLiteral("spellAddToDictionary")));
        QVERIFY(findAction(menu, QStringLiteral("spellIgnore")));
        // The editor's own entries stay below.
        QVERIFY(menu->actions().contains(editor.action(Action::Bold)));
        click(menu, findAction(menu, QStringLiteral("spellSuggestion"), QStringLiteral("Nội")));

        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>Thủ đô <strong>Hà Nội</strong> mùa thu.</p>"));
        QTRY_COMPARE(underlined(editor), QStringList{});
        editor.undo(); // one step back to the typo
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>Thủ đô <strong>Hà Nộii</strong> mùa thu.</p>"));
    }

    void correctWordHasNoSpellingEntries()
    {
        Fixture f;
        RichTextEditor editor;
        editor.setSpellService(&f.service);
        editor.show();
        editor.setBodyHtml(QStringLiteral("<p>Thủ đô Hà Nộii mùa thu.</p>"));
        QTRY_COMPARE(underlined(editor), QStringList{QStringLiteral("Nộii")});
        QMenu *menu = rightClick(editor, QStringLiteral("mùa"));
        QVERIFY(menu);
        QVERIFY(!findAction(menu, QStringLiteral("spellAddToDictionary")));
        QVERIFY(!findAction(menu, QStringLiteral("spellSuggestionsPending")));
        menu->close();
    }

    void addToDictionaryStoresTheWordForEveryEditor()
    {
        Fixture f;
        RichTextEditor first;
        RichTextEditor second;
        first.setSpellService(&f.service);
        second.setSpellService(&f.service);
        first.show();
        second.show();
        first.setBodyHtml(QStringLiteral("<p>Phát trực tiếp qua livestream trên Zalo.</p>"));
        second.setBodyHtml(QStringLiteral("<p>Buổi livestream thu hút nhiều người.</p>"));
        QTRY_COMPARE(underlined(first), (QStringList{QStringLiteral("livestream"), QStringLiteral("Zalo")}));
        QTRY_COMPARE(underlined(second), QStringList{QStringLiteral("livestream")});

        QMenu *menu = rightClick(first, QStringLiteral("livestream"));
        QVERIFY(menu);
        QAction *add = findAction(menu, QStringLiteral("spellAddToDictionary"));
        QVERIFY(add && add->isEnabled());
        click(menu, add);

        QCOMPARE(underlined(first), QStringList{QStringLiteral("Zalo")});
        QCOMPARE(underlined(second), QStringList{});
        auto stored = PersonalDictionary(f.ws.db()).list();
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().word, QStringLiteral("livestream"));
        QCOMPARE(stored->first().addedBy, f.userId);
        // Checked again later (a new paragraph), the checker itself knows the word now.
        test::typeText(&second, QStringLiteral("\nLivestream tối nay. "));
        QVERIFY(waitIdle(second));
        QCOMPARE(underlined(second), QStringList{});
    }

    void officeDictionaryIsReadAgain()
    {
        Fixture f;
        RichTextEditor editor;
        editor.setSpellService(&f.service);
        editor.show();
        editor.setBodyHtml(QStringLiteral("<p>Nhắn qua Zalo.</p>"));
        QTRY_COMPARE(underlined(editor), QStringList{QStringLiteral("Zalo")});
        // Another computer of the office added it.
        QVERIFY(PersonalDictionary(f.ws.db()).add(QStringLiteral("Zalo"), f.userId).ok());
        f.service.reloadPersonalWords();
        QTRY_COMPARE(underlined(editor), QStringList{});
        QVERIFY(PersonalDictionary(f.ws.db()).remove(QStringLiteral("Zalo")).ok());
        f.service.reloadPersonalWords();
        QTRY_COMPARE(underlined(editor), QStringList{QStringLiteral("Zalo")});
    }

    void ignoreHidesTheWordForTheSession()
    {
        Fixture f;
        RichTextEditor editor;
        editor.setSpellService(&f.service);
        editor.show();
        editor.setBodyHtml(QStringLiteral("<p>Zalo và zalo, Nộii.</p>"));
        QTRY_COMPARE(underlined(editor),
                     (QStringList{QStringLiteral("Zalo"), QStringLiteral("zalo"), QStringLiteral("Nộii")}));
        QMenu *menu = rightClick(editor, QStringLiteral("Zalo"));
        QVERIFY(menu);
        click(menu, findAction(menu, QStringLiteral("spellIgnore")));
        QCOMPARE(underlined(editor), QStringList{QStringLiteral("Nộii")});
        QVERIFY(PersonalDictionary(f.ws.db()).words()->isEmpty()); // not stored
        test::typeText(&editor, QStringLiteral("Zalo "));
        QVERIFY(waitIdle(editor));
        QCOMPARE(underlined(editor), QStringList{QStringLiteral("Nộii")});
    }

    void toggleTurnsCheckingOffAndRemembersIt()
    {
        Fixture f;
        RichTextEditor editor;
        editor.setSpellService(&f.service);
        editor.show();
        editor.setBodyHtml(QStringLiteral("<p>Hà Nộii.</p>"));
        QTRY_COMPARE(underlined(editor), QStringList{QStringLiteral("Nộii")});
        QAction *toggle = editor.action(Action::SpellCheck);
        QVERIFY(editor.editActions().contains(toggle));
        QVERIFY(toggle->isEnabled());
        QVERIFY(toggle->isChecked());
        toggle->trigger();
        QVERIFY(!toggle->isChecked());
        QCOMPARE(underlined(editor), QStringList{});
        QVERIFY(!f.settings.spellCheckEnabled());
        QMenu *menu = rightClick(editor, QStringLiteral("Nộii"));
        QVERIFY(menu);
        QVERIFY(!findAction(menu, QStringLiteral("spellIgnore")));
        menu->close();
        // A new window starts with checking off; turning it on again draws the wave at once.
        SpellService later(&f.ws.db(), f.userId, &f.settings);
        QVERIFY(!later.isEnabled());
        toggle->trigger();
        QVERIFY(toggle->isChecked());
        QVERIFY(f.settings.spellCheckEnabled());
        QCOMPARE(underlined(editor), QStringList{QStringLiteral("Nộii")});

        // Turned off before a new text was checked, then on again: it is checked then.
        editor.setBodyHtml(QStringLiteral("<p>Quận ủy họp nghiêmm túc.</p>"));
        toggle->trigger();
        QTest::qWait(50);
        QCOMPARE(underlined(editor), QStringList{});
        toggle->trigger();
        QTRY_COMPARE(underlined(editor), QStringList{QStringLiteral("nghiêmm")});
    }

    void missingDictionarySaysSoOnceAndTypingGoesOn()
    {
        Fixture f;
        QTemporaryDir empty;
        f.service.setDirectories({empty.path()});
        RichTextEditor editor;
        RichTextEditor other;
        editor.setSpellService(&f.service);
        other.setSpellService(&f.service);
        editor.show();
        QTRY_COMPARE(f.service.state(), SpellService::State::Unavailable);
        QTRY_VERIFY(editor.infoBar()->isVisible());
        QVERIFY(editor.infoBar()->message().contains(QLatin1String("hunspell-vi")));
        QAction *toggle = editor.action(Action::SpellCheck);
        QVERIFY(!toggle->isEnabled());
        QVERIFY(!toggle->isChecked());
        QVERIFY(toggle->toolTip().contains(QLatin1String("hunspell-vi")));
        other.show();
        QVERIFY(!other.infoBar()->isVisible()); // said once
        QVERIFY(!other.action(Action::SpellCheck)->isEnabled());

        test::typeText(&editor, QStringLiteral("Hà Nộii vẫn gõ được"));
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>Hà Nộii vẫn gõ được</p>"));
        QCOMPARE(underlined(editor), QStringList{});
        QMenu *menu = rightClick(editor, QStringLiteral("Nộii"));
        QVERIFY(menu);
        QVERIFY(!findAction(menu, QStringLiteral("spellIgnore")));
        menu->close();
    }

    void longArticleIsCheckedOffTheUiThread()
    {
        // 20,000 words in 500 paragraphs, a typo every 50 paragraphs.
        const QStringList sentences = {
            QStringLiteral("Sáng nay, Quận ủy tổ chức hội nghị tổng kết công tác năm với sự tham dự của các đồng chí "
                           "lãnh đạo."),
            QStringLiteral("Đồng chí Bí thư nhấn mạnh nhiệm vụ phát triển kinh tế gắn với giữ vững quốc phòng, an "
                           "ninh và hòa bình."),
            QStringLiteral("Các phường đã hoàn thành tốt chỉ tiêu, người dân đồng thuận và tin tưởng vào sự lãnh "
                           "đạo của Đảng bộ."),
        };
        QStringList paragraphs;
        int words = 0;
        for (int i = 0; words < 20000; ++i) {
            QString p = QStringLiteral("Mục %1. ").arg(i + 1) + sentences.join(QLatin1Char(' '));
            if (i % 50 == 0) {
                p += QStringLiteral(" Kết quả rất nghiêmm túc.");
            }
            words += int(p.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
            paragraphs.append(QStringLiteral("<p>") + p + QStringLiteral("</p>"));
        }
        Fixture f;
        RichTextEditor editor;
        editor.setSpellService(&f.service);
        editor.resize(800, 600);
        editor.show();
        QTRY_COMPARE(f.service.state(), SpellService::State::Ready);
        editor.setBodyHtml(paragraphs.join(QLatin1Char('\n')));
        QVERIFY(waitIdle(editor, 60000));
        const int expectedTypos = int((paragraphs.size() + 49) / 50);
        QCOMPARE(underlined(editor).size(), expectedTypos);
        QVERIFY(f.service.textsChecked() >= paragraphs.size());
        QCOMPARE(f.service.textsCheckedOnUiThread(), 0);
        QVERIFY(!editor.document()->isModified());
        QVERIFY(!editor.document()->isUndoAvailable());
    }

    void windowTabsShareOneChecker()
    {
        Fixture f;
        Article article;
        article.title = QStringLiteral("Hội nghị");
        article.body = QStringLiteral("<p>Hà Nộii mùa thu.</p>");
        WindowOn opened(f, article);
        ui::MainWindow &window = *opened.window;
        ui::ArticleTab *tab = opened.tab;
        QVERIFY(tab);
        QTRY_COMPARE(underlined(*tab->editor()), QStringList{QStringLiteral("Nộii")});
        window.newArticle();
        ui::ArticleTab *blank = window.currentTab();
        QVERIFY(blank && blank != tab);
        QVERIFY(blank->editor()->spellService() == tab->editor()->spellService());
        QVERIFY(!tab->isModified()); // drawing the wave is not an edit
        // The Edit menu offers the switch.
        bool inMenu = false;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(blank->editor()->action(Action::SpellCheck))) {
                inMenu = true;
            }
        }
        QVERIFY(inMenu);
    }

    // F7 counts and lists the underlined words instead of calling the article ready; with spell
    // checking off it says spelling was not checked, and switching it says what F7 will do.
    void checkBeforeSubmittingListsDoubtfulWords()
    {
        Fixture f;
        Article article;
        article.title = QStringLiteral("Hội nghị giao ban");
        article.sapo = QStringLiteral("Quận ủy họp giao ban quý bốn.");
        article.body = QStringLiteral("<p>Hà Nộii mùa thu, quận ủy họp nghiêmm túc.</p><p>Lại Nộii.</p>");
        article.categoryId = TaxonomyRepository(f.ws.db()).createCategory(QStringLiteral("Thời sự"))->id;
        WindowOn opened(f, article);
        ui::MainWindow &window = *opened.window;
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ui::ArticleTab *tab = opened.tab;
        QVERIFY(tab);
        RichTextEditor *editor = tab->editor();
        QTRY_COMPARE(underlined(*editor),
                     (QStringList{QStringLiteral("Nộii"), QStringLiteral("nghiêmm"), QStringLiteral("Nộii")}));
        QVERIFY(waitIdle(*editor));
        auto *bodyMessage = tab->findChild<ui::FieldMessage *>(QStringLiteral("bodyMessage"));
        QVERIFY(bodyMessage);

        QTest::keyClick(editor, Qt::Key_F7);
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(!message.startsWith(QLatin1String("Ready")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("2 word")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("Nộii, nghiêmm")));
        QVERIFY(bodyMessage->text().contains(QStringLiteral("(underlined in red): Nộii, "
                                                            "nghiêmm")));
        QVERIFY(!bodyMessage->isError()); // a warning: the reporter decides

        // An ignored word is no longer counted.
        editor->spellService()->ignore(QStringLiteral("Nộii"));
        QTest::keyClick(editor, Qt::Key_F7);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral(": 1 word")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!window.statusBar()->currentMessage().contains(QStringLiteral("Nộii")));

        // Off: switching says what F7 will do, and F7 says spelling was not checked.
        QAction *toggle = editor->action(Action::SpellCheck);
        toggle->trigger();
        QVERIFY(window.statusBar()->currentMessage().startsWith(QLatin1String("Spell check off")));
        QTest::keyClick(editor, Qt::Key_F7);
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("Spelling was not checked")));
        QVERIFY(bodyMessage->text().isEmpty());
        toggle->trigger();
        QVERIFY(window.statusBar()->currentMessage().startsWith(QLatin1String("Spell check on")));

        // Corrected: ready.
        editor->setBodyHtml(QStringLiteral("<p>Hà Nội mùa thu, quận ủy họp nghiêm túc.</p>"));
        QVERIFY(waitIdle(*editor));
        QTest::keyClick(editor, Qt::Key_F7);
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QLatin1String("Ready to submit")),
                 qPrintable(window.statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestSpellEditor)
#include "tst_spell_editor.moc"
