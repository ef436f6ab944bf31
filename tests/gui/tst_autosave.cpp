// Autosave in the window: on its interval, only when modified, when the focus leaves the
// article, for new articles; and the recovery dialog at start-up (restore and skip).
#include "app/editing/TextCounts.h"
#include "app/html/BodyHtml.h"
#include "app/html/PlainText.h"
#include "app/settings/Settings.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/SqliteErrors.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/ReadOnlyAccess.h"
#include "tests/support/TestWorkspace.h"
#include "ui/ArticleTableModel.h"
#include "ui/MainWindow.h"
#include "ui/article/ArticleTab.h"
#include "ui/article/ArticleTabs.h"
#include "ui/editor/DocumentHtml.h"
#include "ui/editor/RichTextEditor.h"
#include "ui/metadata/MetadataPanel.h"
#include "ui/recovery/RecoveryDialog.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <ctime>

using namespace toasoan;
using toasoan::test::RecordingNotifier;
using toasoan::test::RecordingSaveQuestion;
using toasoan::test::TestWorkspace;

namespace {

qint64 threadCpuMicroseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
}

struct Fixture
{
    TestWorkspace ws;
    QTemporaryDir settingsDir;
    Settings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    RecordingNotifier notifier;
    RecordingSaveQuestion question;
    User user;
    qint64 articleId = 0;

    explicit Fixture(int autosaveSeconds)
    {
        settings.setAutosaveIntervalSeconds(autosaveSeconds);
        const qint64 id = ws.addUser(QStringLiteral("phongvien"), Role::Reporter, QStringLiteral("Trần Thị Hòa"));
        user = UserRepository(ws.db()).load(id).value();
        Article a;
        a.title = QStringLiteral("Tin giao thông");
        a.sapo = QStringLiteral("Đường Láng thông xe.");
        a.body = QStringLiteral("<p>Đoạn đầu.</p>");
        articleId = ArticleRepository(ws.db()).create(a, user.id).value().id;
    }

    std::optional<Recovery> recovery()
    {
        auto copy = ArticleRepository(ws.db()).recovery(articleId);
        return copy ? copy.value() : std::nullopt;
    }
};

// A 20,000-word body with every kind of block the editor writes, so the copy has to give them all.
QString longBody()
{
    QString body;
    const QString sentence = QStringLiteral("Quận ủy tổ chức hội nghị giao ban, đánh giá kết quả quý IV. ");
    for (int paragraph = 0; paragraph < 400; ++paragraph) {
        switch (paragraph % 40) {
        case 10:
            body += QStringLiteral("<h2>Phần %1</h2>").arg(paragraph);
            break;
        case 20:
            body += QStringLiteral("<ul><li>Một</li><li><strong>Hai</strong> ba</li></ul><ol><li>Bốn</li></ol>");
            break;
        case 30:
            body += QStringLiteral("<blockquote><p>Trích <em>dẫn</em>.</p></blockquote><table><tbody><tr><td>Xã"
                                   "</td><td>Số</td></tr></tbody></table>");
            break;
        default:
            break;
        }
        body += QStringLiteral("<p><strong>Hà Nội</strong> – ") + sentence.repeated(4) +
                QStringLiteral("<a href=\"https://ntl.gov.vn/\">Nguồn</a> <em>nghiêng</em> <u>gạch</u></p>");
    }
    return body + QStringLiteral("<p>Hết.</p>"); // typing at the end adds plain text
}

// Fails the running test on the warnings Qt gives when a thread other than the UI thread touches
// pixmaps, fonts or objects of another thread.
void failOnThreadWarnings()
{
    QTest::failOnWarning(
        QRegularExpression(QStringLiteral("thread|pixmap|font"), QRegularExpression::CaseInsensitiveOption));
}

std::unique_ptr<ui::MainWindow> openWindow(Fixture &f)
{
    auto window = std::make_unique<ui::MainWindow>(f.ws.db(), f.user, f.settings, f.notifier);
    window->setSaveQuestion(&f.question);
    window->show();
    return window;
}

ui::ArticleTab *openLongArticle(Fixture &f, ui::MainWindow &window)
{
    ArticleRepository articles(f.ws.db());
    Article long_ = articles.load(f.articleId).value();
    long_.body = longBody();
    if (!articles.save(long_, f.user.id).ok()) {
        return nullptr;
    }
    ui::ArticleTab *tab = window.openArticle(f.articleId);
    if (tab && tab->editor()->bodyHtml() != html::normalizeBody(long_.body)) {
        qWarning("the long article did not load as it is stored");
        return nullptr;
    }
    if (tab) {
        tab->editor()->moveCursor(QTextCursor::End); // where the tests type
    }
    return tab;
}

} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }
    void cleanup()
    {
        // Windows close without asking (answers are per test); nothing may be left modal.
        QVERIFY(!QApplication::activeModalWidget());
    }

    void autosavesOnItsInterval()
    {
        Fixture f(1);
        QVERIFY(f.ws.ok());
        auto window = openWindow(f);
        ui::ArticleTab *tab = window->openArticle(f.articleId);
        QVERIFY(tab);
        // Opening is not an edit: nothing to keep.
        QTest::qWait(1500);
        QVERIFY(!f.recovery());

        tab->editor()->moveCursor(QTextCursor::End);
        test::typeText(tab->editor(), QStringLiteral(" Thêm câu mới về Quận ủy."));
        QTRY_VERIFY_WITH_TIMEOUT(f.recovery().has_value(), 15000);
        QVERIFY(f.recovery()->article.body.contains(QStringLiteral("Thêm câu mới về Quận ủy.")));
        QCOMPARE(f.recovery()->userId, f.user.id);
        QCOMPARE(f.recovery()->baseVersion, 1);
        window->tabs()->flushAutosaves(); // the tab hears about it after the write
        QVERIFY(tab->isModified());       // a recovery copy is not a save
        QVERIFY(!tab->needsAutosave());
        QCOMPARE(ArticleRepository(f.ws.db()).load(f.articleId)->version, 1);

        // Later typing is kept by a later autosave.
        test::typeText(tab->editor(), QStringLiteral(" Câu thứ hai."));
        QTRY_VERIFY_WITH_TIMEOUT(f.recovery()->article.body.contains(QStringLiteral("Câu thứ hai.")), 15000);

        // Ctrl+S saves a revision and empties the recovery slot.
        QVERIFY(window->saveArticle());
        QVERIFY(!f.recovery());
        QTest::qWait(1500);
        QVERIFY(!f.recovery()); // saved: nothing to autosave
        f.question.answer = ui::SaveAnswer::Discard;
    }

    // An autosave that cannot write (here a read-only workspace; a full disk fails the same way)
    // keeps the text, tells the user once, and keeps trying on its interval.
    void failedAutosaveKeepsTheTextSaysSoOnceAndRetries()
    {
        Fixture f(1);
        QVERIFY(f.ws.ok());
        if (f.ws.onPostgres()) {
            QSKIP("a read-only file is SQLite's; the shared database's lost connection is tst_postgres_database's");
        }
        const QString folder = QFileInfo(f.ws.path()).absolutePath();
        QVERIFY(QFile::setPermissions(folder, test::kOpenFolder));
        QVERIFY(QFile::setPermissions(f.ws.path(), test::kReadOnlyFile));
        std::unique_ptr<Database> readOnly;
        {
            test::AsOrdinaryUser user;
            auto opened = Database::openSqlite(f.ws.path());
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
            readOnly = std::move(opened).value();
        }
        QVERIFY(sqliteerrors::openedReadOnly(*readOnly));
        auto window = std::make_unique<ui::MainWindow>(*readOnly, f.user, f.settings, f.notifier);
        window->setSaveQuestion(&f.question);
        window->show();
        QVERIFY(window->windowTitle().contains(QLatin1String("read-only")));
        window->newArticle();
        ui::ArticleTab *tab = window->currentTab();
        const QString typed = QStringLiteral("Bài viết dở khi ổ đĩa đầy.");
        test::typeText(tab->editor(), typed);

        QTRY_COMPARE_WITH_TIMEOUT(f.notifier.errors.size(), 1, 10000);
        QVERIFY2(f.notifier.errors.constFirst().error.message.contains(QLatin1String("read-only")),
                 qPrintable(f.notifier.errors.constFirst().error.message));
        QVERIFY(f.notifier.errors.constFirst().error.message.contains(QLatin1String("keeps trying")));
        QSignalSpy attempts(window->tabs(), &ui::ArticleTabs::stateChanged);
        // Two more attempts (each announces itself and its outcome), without a word to the user.
        QTRY_VERIFY_WITH_TIMEOUT(attempts.count() >= 4, 10000);
        window->tabs()->flushAutosaves();
        QCOMPARE(f.notifier.errors.size(), 1);
        QVERIFY(window->tabs()->saveStateText().contains(QLatin1String("autosave failed")));
        QVERIFY(tab->editor()->toPlainText().contains(typed));
        QVERIFY(tab->isModified());
        f.question.answer = ui::SaveAnswer::Discard;
        window.reset();
        QVERIFY(QFile::setPermissions(f.ws.path(), test::kReadOnlyFile | QFileDevice::WriteOwner));
    }

    void autosavesWhenFocusLeavesTheArticle()
    {
        Fixture f(3600);
        QVERIFY(f.ws.ok());
        auto window = openWindow(f);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        ui::ArticleTab *tab = window->openArticle(f.articleId);
        QLineEdit *title = tab->metadataPanel()->titleEdit();
        title->setFocus();
        QTest::keyClick(title, Qt::Key_End);
        test::typeText(title, QStringLiteral(" sáng nay"));
        QVERIFY(!f.recovery());
        // Moving within the article (title → body) does not count as leaving it.
        tab->editor()->setFocus();
        window->tabs()->flushAutosaves();
        QVERIFY(!f.recovery());
        window->findChild<QTableView *>(QStringLiteral("articleTable"))->setFocus();
        window->tabs()->flushAutosaves();
        QVERIFY(f.recovery().has_value());
        QCOMPARE(f.recovery()->article.title, QStringLiteral("Tin giao thông sáng nay"));
        f.question.answer = ui::SaveAnswer::Discard;
    }

    void newArticleReachesTheDiskByAutosave()
    {
        Fixture f(3600);
        QVERIFY(f.ws.ok());
        auto window = openWindow(f);
        window->newArticle();
        ui::ArticleTab *tab = window->currentTab();
        QCOMPARE(tab->articleId(), 0);
        // Nothing typed: nothing created.
        window->tabs()->autosave(tab);
        window->tabs()->flushAutosaves();
        QCOMPARE(ArticleRepository(f.ws.db()).list({})->total, 1);

        test::typeText(tab->editor(), QStringLiteral("Bài mới viết dở, chưa có tiêu đề."));
        window->tabs()->autosave(tab);
        window->tabs()->flushAutosaves();
        QVERIFY(tab->articleId() > 0);
        auto stored = ArticleRepository(f.ws.db()).load(tab->articleId());
        QVERIFY(stored.ok());
        QVERIFY(stored->body.contains(QStringLiteral("Bài mới viết dở")));
        QCOMPARE(stored->authorId, f.user.id);
        QCOMPARE(window->articleModel()->rowCount(), 2); // listed
        // A later save updates it instead of creating another.
        test::typeText(tab->metadataPanel()->titleEdit(), QStringLiteral("Bài mới"));
        QVERIFY(window->saveArticle());
        QCOMPARE(ArticleRepository(f.ws.db()).list({})->total, 2);
        QCOMPARE(ArticleRepository(f.ws.db()).load(tab->articleId())->title, QStringLiteral("Bài mới"));
    }

    void dontSaveDiscardsANewArticle_data()
    {
        QTest::addColumn<bool>("closeWindow");
        QTest::newRow("nominal: close the tab") << false;
        QTest::newRow("nominal: close the window") << true;
    }

    void dontSaveDiscardsANewArticle()
    {
        QFETCH(bool, closeWindow);
        Fixture f(3600);
        QVERIFY(f.ws.ok());
        auto window = openWindow(f);
        window->newArticle();
        ui::ArticleTab *tab = window->currentTab();
        test::typeText(tab->metadataPanel()->titleEdit(), QStringLiteral("Bài viết dở"));
        test::typeText(tab->editor(), QStringLiteral("Đoạn đầu chưa xong."));
        window->tabs()->autosave(tab);
        window->tabs()->flushAutosaves();
        const qint64 id = tab->articleId();
        QVERIFY(id > 0); // autosave created it
        QVERIFY(tab->isModified());
        test::typeText(tab->editor(), QStringLiteral(" Thêm."));
        window->tabs()->autosave(tab);
        window->tabs()->flushAutosaves();
        QVERIFY(ArticleRepository(f.ws.db()).recovery(id)->has_value());
        QCOMPARE(window->articleModel()->rowCount(), 2);

        f.question.answer = ui::SaveAnswer::Discard;
        if (closeWindow) {
            QVERIFY(window->close());
        } else {
            QVERIFY(window->tabs()->closeTab(tab));
        }
        QCOMPARE(f.question.asked, QStringList{QStringLiteral("Bài viết dở")});
        QCOMPARE(ArticleRepository(f.ws.db()).load(id).error().code, ErrorCode::NotFound);
        QCOMPARE(ArticleRepository(f.ws.db()).list({})->total, 1);
        QVERIFY(ArticleRepository(f.ws.db()).recoveries(f.user.id)->isEmpty());
        QVERIFY(f.notifier.errors.isEmpty());
        if (closeWindow) {
            QVERIFY(!f.settings.openArticles(f.ws.db().path()).contains(id)); // not reopened next time
        } else {
            QCOMPARE(window->articleModel()->rowCount(), 1);
        }
    }

    void dontSaveKeepsANewArticleSavedOnce()
    {
        Fixture f(3600);
        QVERIFY(f.ws.ok());
        auto window = openWindow(f);
        window->newArticle();
        ui::ArticleTab *tab = window->currentTab();
        test::typeText(tab->metadataPanel()->titleEdit(), QStringLiteral("Bài đã lưu"));
        test::typeText(tab->editor(), QStringLiteral("Bản đã lưu."));
        window->tabs()->autosave(tab);
        window->tabs()->flushAutosaves();
        QVERIFY(window->saveArticle());
        const qint64 id = tab->articleId();
        test::typeText(tab->editor(), QStringLiteral(" Câu bỏ đi."));
        window->tabs()->autosave(tab);
        window->tabs()->flushAutosaves();
        QVERIFY(ArticleRepository(f.ws.db()).recovery(id)->has_value());

        f.question.answer = ui::SaveAnswer::Discard;
        QVERIFY(window->tabs()->closeTab(tab));
        QCOMPARE(f.question.asked.size(), 1);
        auto stored = ArticleRepository(f.ws.db()).load(id);
        QVERIFY(stored.ok());
        QVERIFY(stored->body.contains(QStringLiteral("Bản đã lưu.")));
        QVERIFY(!stored->body.contains(QStringLiteral("Câu bỏ đi.")));
        QVERIFY(!ArticleRepository(f.ws.db()).recovery(id)->has_value());
        QCOMPARE(ArticleRepository(f.ws.db()).list({})->total, 2);
    }

    void uiThreadTimeOfALongAutosave()
    {
        // Prints what an autosave of a 20,000-word article costs the UI thread; the target is
        // 5 ms (tests do not assert times). The UI thread copies the document; the writer's thread
        // turns the copy into HTML and writes it. Anything GUI-only touched there would warn.
        failOnThreadWarnings();
        Fixture f(3600);
        QVERIFY(f.ws.ok());
        auto window = openWindow(f);
        ui::ArticleTab *tab = openLongArticle(f, *window);
        QVERIFY(tab);
        QVERIFY(tab->editor()->wordCount() > 19000);
        test::typeText(tab->editor(), QStringLiteral(" Thêm."));
        const int words = tab->editor()->wordCount();
        const ui::BodySerialisations before = ui::bodySerialisations();
        // CPU time of this thread: on a loaded machine, wall time mostly measures the scheduler.
        const qint64 cpuBefore = threadCpuMicroseconds();
        QElapsedTimer clock;
        clock.start();
        window->tabs()->autosave(tab);
        const qint64 uiCpuUs = threadCpuMicroseconds() - cpuBefore;
        const qint64 uiWallMs = clock.elapsed();
        window->tabs()->flushAutosaves();
        const qint64 writtenMs = clock.elapsed();
        const ui::BodySerialisations after = ui::bodySerialisations();
        // The body was serialised once, and not on this thread.
        QCOMPARE(after.onUiThread - before.onUiThread, 0);
        QCOMPARE(after.offUiThread - before.offUiThread, 1);
        QVERIFY(!tab->needsAutosave());

        const qint64 fullBefore = threadCpuMicroseconds();
        const QString onScreen = tab->article().body;
        const qint64 fullCpuUs = threadCpuMicroseconds() - fullBefore;
        qInfo("autosave of %d words: UI thread %.1f ms CPU (%lld ms wall), written after %lld ms; "
              "taking the body as HTML on the UI thread would cost %.1f ms CPU",
              words, uiCpuUs / 1000.0, uiWallMs, writtenMs, fullCpuUs / 1000.0);
        // Exactly what the editor gives on the UI thread (the same pipeline), the same words.
        QVERIFY(f.recovery().has_value());
        const QString saved = f.recovery()->article.body;
        QVERIFY(saved.endsWith(QStringLiteral("Thêm.</p>")));
        QCOMPARE(saved, onScreen);
        const editing::TextCounts counts = editing::countText(html::toPlainText(saved));
        QCOMPARE(counts.words, words); // the editor counts its own text; characters differ by separators
    }

    // What is typed after the copy was taken is not in that autosave, and goes in the next one.
    void editsAfterTheCopyGoInTheNextAutosave()
    {
        failOnThreadWarnings();
        Fixture f(3600);
        QVERIFY(f.ws.ok());
        auto window = openWindow(f);
        ui::ArticleTab *tab = openLongArticle(f, *window);
        QVERIFY(tab);
        test::typeText(tab->editor(), QStringLiteral(" Trước."));
        window->tabs()->autosave(tab);
        test::typeText(tab->editor(), QStringLiteral(" Sau."));
        window->tabs()->autosave(tab); // still writing the first: it re-checks when that is done
        window->tabs()->flushAutosaves();
        QVERIFY(f.recovery()->article.body.endsWith(QStringLiteral("Trước.</p>")));
        QVERIFY(tab->needsAutosave());
        window->tabs()->autosave(tab);
        window->tabs()->flushAutosaves();
        QVERIFY(!tab->needsAutosave());
        QVERIFY(f.recovery()->article.body.endsWith(QStringLiteral("Trước. Sau.</p>")));
        QCOMPARE(f.recovery()->article.body, tab->article().body);
        f.question.answer = ui::SaveAnswer::Discard;
    }

    // Closing while the writer's thread still turns a copy into HTML loses nothing: Save writes
    // what is on screen (after the autosave, which cannot land over it), and a window torn down
    // without asking (the application quitting) still writes the queued copy.
    void closingWhileAnAutosaveIsWrittenKeepsTheLastText_data()
    {
        QTest::addColumn<bool>("saveOnClose");
        QTest::newRow("closed, Save") << true;
        QTest::newRow("torn down") << false;
    }

    void closingWhileAnAutosaveIsWrittenKeepsTheLastText()
    {
        QFETCH(bool, saveOnClose);
        failOnThreadWarnings();
        Fixture f(3600);
        QVERIFY(f.ws.ok());
        auto window = openWindow(f);
        ui::ArticleTab *tab = openLongArticle(f, *window);
        QVERIFY(tab);
        test::typeText(tab->editor(), QStringLiteral(" Trước."));
        window->tabs()->autosave(tab);
        if (saveOnClose) {
            test::typeText(tab->editor(), QStringLiteral(" Cuối cùng."));
        }
        const QString onScreen = tab->editor()->bodyHtml();
        if (saveOnClose) {
            f.question.answer = ui::SaveAnswer::Save;
            QVERIFY(window->close());
        }
        window.reset();
        if (saveOnClose) {
            QCOMPARE(ArticleRepository(f.ws.db()).load(f.articleId)->body, onScreen);
            QVERIFY(!f.recovery()); // a save empties the recovery slot; no older copy came after it
        } else {
            QVERIFY(f.recovery().has_value());
            QCOMPARE(f.recovery()->article.body, onScreen);
        }
    }

    void recoveryDialogRestores()
    {
        Fixture f(3600);
        QVERIFY(f.ws.ok());
        // What a crash leaves: a recovery copy newer than the saved article.
        ArticleRepository articles(f.ws.db());
        Article edited = articles.load(f.articleId).value();
        edited.title = QStringLiteral("Tin giao thông cập nhật");
        edited.body = QStringLiteral("<p>Đoạn đầu.</p><p>Đoạn viết trước khi mất điện.</p>");
        QVERIFY(articles.autosave(edited, f.user.id).ok());

        auto window = openWindow(f);
        QTRY_VERIFY(window->recoveryDialog());
        ui::RecoveryDialog *dialog = window->recoveryDialog();
        QCOMPARE(dialog->count(), 1);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->shownChanges().contains(QStringLiteral("Đoạn viết trước khi mất điện.")));
        QVERIFY(dialog->shownChanges().contains(QStringLiteral("cập nhật")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("restoreButton")), Qt::LeftButton);
        QTRY_VERIFY(!window->recoveryDialog());

        ui::ArticleTab *tab = window->currentTab();
        QVERIFY(tab);
        QCOMPARE(tab->articleId(), f.articleId);
        QVERIFY(tab->isModified());
        QCOMPARE(tab->article().title, QStringLiteral("Tin giao thông cập nhật"));
        QVERIFY(tab->article().body.contains(QStringLiteral("Đoạn viết trước khi mất điện.")));
        QVERIFY(window->saveArticle());
        QCOMPARE(articles.load(f.articleId)->title, QStringLiteral("Tin giao thông cập nhật"));
        QVERIFY(!articles.recovery(f.articleId)->has_value());
    }

    void recoveryShowsOnlyChangedParagraphs()
    {
        Fixture f(3600);
        QVERIFY(f.ws.ok());
        ArticleRepository articles(f.ws.db());
        Article saved = articles.load(f.articleId).value();
        saved.body = QStringLiteral("<p>Đoạn một không đổi.</p><p>Đoạn hai không đổi.</p><p>Đoạn ba cũ.</p>");
        saved = articles.save(saved, f.user.id).value();
        Article edited = saved;
        edited.body = QStringLiteral("<p>Đoạn một không đổi.</p><p>Đoạn hai không đổi.</p><p>Đoạn ba mới.</p>");
        QVERIFY(articles.autosave(edited, f.user.id).ok());

        auto window = openWindow(f);
        QTRY_VERIFY(window->recoveryDialog());
        const QString shown = window->recoveryDialog()->shownChanges();
        QVERIFY2(shown.contains(QStringLiteral("mới")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("cũ")), qPrintable(shown)); // struck through, still readable
        QVERIFY2(!shown.contains(QStringLiteral("Đoạn một")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("…")), qPrintable(shown));
        window->recoveryDialog()->reject();
    }

    void recoveryDialogSkips()
    {
        Fixture f(3600);
        QVERIFY(f.ws.ok());
        ArticleRepository articles(f.ws.db());
        Article edited = articles.load(f.articleId).value();
        edited.sapo = QStringLiteral("Sapo viết lại nhưng không cần nữa.");
        QVERIFY(articles.autosave(edited, f.user.id).ok());

        auto window = openWindow(f);
        QTRY_VERIFY(window->recoveryDialog());
        QTest::mouseClick(window->recoveryDialog()->findChild<QPushButton *>(QStringLiteral("skipButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!window->recoveryDialog());
        QVERIFY(!window->currentTab());
        QVERIFY(!articles.recovery(f.articleId)->has_value());
        QCOMPARE(articles.load(f.articleId)->sapo, QStringLiteral("Đường Láng thông xe."));
    }

    void recoveryDialogLaterKeepsTheCopy()
    {
        Fixture f(3600);
        QVERIFY(f.ws.ok());
        ArticleRepository articles(f.ws.db());
        Article edited = articles.load(f.articleId).value();
        edited.notes = QStringLiteral("Ghi chú chưa lưu.");
        QVERIFY(articles.autosave(edited, f.user.id).ok());
        auto window = openWindow(f);
        QTRY_VERIFY(window->recoveryDialog());
        QTest::mouseClick(window->recoveryDialog()->findChild<QPushButton *>(QStringLiteral("laterButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!window->recoveryDialog());
        QVERIFY(articles.recovery(f.articleId)->has_value()); // asked again next time
    }
};

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
