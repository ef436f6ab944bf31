// MainWindow end to end: empty state, writing and saving through the keyboard, conflicts,
// closing with unsaved changes (each answer), tabs reopened after a restart, list filters and
// state counts, the publishing queue in the status bar.
#include "app/search/SearchIndex.h"
#include "app/settings/Settings.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/OutboxRepository.h"
#include "app/storage/SiteRepository.h"
#include "app/storage/TaxonomyRepository.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/TestWorkspace.h"
#include "ui/ArticleTableModel.h"
#include "ui/MainWindow.h"
#include "ui/article/ArticleListPane.h"
#include "ui/article/ArticleTab.h"
#include "ui/article/ArticleTabs.h"
#include "ui/editor/RichTextEditor.h"
#include "ui/metadata/FieldMessage.h"
#include "ui/metadata/MetadataPanel.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;
using toasoan::test::RecordingNotifier;
using toasoan::test::RecordingSaveQuestion;
using toasoan::test::TestWorkspace;

namespace {

const QString kTitle = QStringLiteral("Hội nghị giao ban Quận ủy");
const QString kBody = QStringLiteral("(NTL) Sáng 9/11, Quận ủy tổ chức Hội nghị giao ban.\n"
                                     "Đồng chí Bí thư Quận ủy chủ trì hội nghị.");

// Everything a MainWindow needs, with a user "phongvien" already in the workspace.
struct Fixture
{
    TestWorkspace ws;
    QTemporaryDir settingsDir;
    Settings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    RecordingNotifier notifier;
    RecordingSaveQuestion question;
    User user;

    Fixture()
    {
        // No timer-driven autosave in these tests: they trigger it themselves.
        settings.setAutosaveIntervalSeconds(3600);
        const qint64 id = ws.addUser(QStringLiteral("phongvien"), Role::Reporter, QStringLiteral("Trần Thị Hòa"));
        if (id > 0) {
            user = UserRepository(ws.db()).load(id).value();
        }
    }

    qint64 addArticle(const QString &title, WorkflowState state = WorkflowState::Draft, qint64 categoryId = 0,
                      qint64 authorId = 0)
    {
        Article a;
        a.title = title;
        a.body = QStringLiteral("<p>Nội dung của bài „%1“.</p>").arg(title);
        a.categoryId = categoryId;
        a.authorId = authorId ? authorId : user.id;
        auto created = ArticleRepository(ws.db()).create(a, user.id);
        if (!created) {
            return 0;
        }
        if (state != WorkflowState::Draft) {
            (void)ArticleRepository(ws.db()).transition(created->id, state, user.id);
        }
        return created->id;
    }
};

std::unique_ptr<ui::MainWindow> openWindow(Fixture &f)
{
    auto window = std::make_unique<ui::MainWindow>(f.ws.db(), f.user, f.settings, f.notifier);
    window->setSaveQuestion(&f.question);
    window->show();
    // Shortcuts only reach the active window.
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get())) {
        qWarning("the main window did not become active");
    }
    return window;
}

QLineEdit *titleEdit(ui::ArticleTab *tab)
{
    return tab->metadataPanel()->titleEdit();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }
    void createsArticleFromEmptyState_data()
    {
        QTest::addColumn<bool>("useShortcut");
        QTest::addColumn<bool>("decomposedInput");
        QTest::newRow("nominal: Save action, NFC typing") << false << false;
        QTest::newRow("nominal: Ctrl+S, NFC typing") << true << false;
        QTest::newRow("robustness: NFD typing is stored NFC") << true << true;
    }

    void createsArticleFromEmptyState()
    {
        QFETCH(bool, useShortcut);
        QFETCH(bool, decomposedInput);
        Fixture f;
        QVERIFY(f.ws.ok());
        QVERIFY(f.user.id > 0);
        auto window = openWindow(f);

        QVERIFY(window->isEmptyStateShown());
        auto *newButton = window->findChild<QPushButton *>(QStringLiteral("emptyStateNewButton"));
        QVERIFY(newButton && newButton->isVisible());
        QTest::mouseClick(newButton, Qt::LeftButton);

        ui::ArticleTab *tab = window->currentTab();
        QVERIFY(tab);
        QCOMPARE(QApplication::focusWidget(), titleEdit(tab)); // ready to type the headline
        test::typeText(titleEdit(tab), decomposedInput ? test::nfd(kTitle) : kTitle);
        test::typeText(tab->editor(), decomposedInput ? test::nfd(kBody) : kBody);
        QVERIFY(tab->isModified());
        QVERIFY(window->isWindowModified());
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("savedLabel"))->text(), QStringLiteral("Not saved"));

        QSignalSpy saved(window.get(), &ui::MainWindow::articleSaved);
        if (useShortcut) {
            QTest::keyClick(tab->editor(), Qt::Key_S, Qt::ControlModifier);
        } else {
            QVERIFY(window->saveArticle());
        }
        QCOMPARE(saved.count(), 1);
        QVERIFY2(f.notifier.errors.isEmpty(), qPrintable(f.notifier.errors.value(0).error.message));

        // The database has it, NFC, written by the logged-in user.
        ArticleRepository articles(f.ws.db());
        auto page = articles.list({});
        QVERIFY(page.ok());
        QCOMPARE(page->total, 1);
        auto stored = articles.load(page->items.first().id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->title, kTitle);
        QCOMPARE(stored->slug, QStringLiteral("hoi-nghi-giao-ban-quan-uy"));
        QCOMPARE(stored->authorId, f.user.id);
        QVERIFY(stored->body.contains(QStringLiteral("(NTL) Sáng 9/11, Quận ủy tổ chức Hội nghị giao ban.")));
        QVERIFY(stored->body.contains(QStringLiteral("Đồng chí Bí thư Quận ủy chủ trì hội nghị.")));
        QVERIFY(!stored->body.contains(test::nfd(QStringLiteral("Quận"))));

        // The window shows it: list instead of the empty state, saved time, tab not modified.
        QVERIFY(!window->isEmptyStateShown());
        QCOMPARE(window->articleModel()->rowCount(), 1);
        QCOMPARE(window->articleModel()->index(0, ui::ArticleTableModel::TitleColumn).data().toString(), kTitle);
        // A long title keeps both ends in the narrow list (elided in the middle); the tooltip has it whole.
        QCOMPARE(window->findChild<QTableView *>(QStringLiteral("articleTable"))->textElideMode(), Qt::ElideMiddle);
        // The filters' labels and fields keep clear of the pane's edges (the window's edge).
        auto *pane = window->findChild<QWidget *>(QStringLiteral("articleListPane"));
        for (QWidget *field : pane->findChildren<QWidget *>()) {
            const bool filter = field->objectName().endsWith(QLatin1String("Filter")) ||
                                field->objectName() == QLatin1String("searchEdit");
            auto *caption = qobject_cast<QLabel *>(field);
            if ((filter || (caption && caption->buddy())) && field->isVisible()) {
                const QRect rect(field->mapTo(pane, QPoint(0, 0)), field->size());
                QVERIFY2(rect.left() >= 4 && rect.right() <= pane->width() - 4,
                         qPrintable(field->objectName() + (caption ? caption->text() : QString())));
            }
        }
        QVERIFY(window->articleModel()
                    ->index(0, ui::ArticleTableModel::TitleColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(kTitle));
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("savedLabel"))
                    ->text()
                    .contains(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d"))));
        QVERIFY(!tab->isModified());
        QVERIFY(!window->isWindowModified());
        QCOMPARE(tab->articleId(), stored->id);

        // A second save of the same article is an update, not a second article.
        QTest::keyClick(titleEdit(tab), Qt::Key_End);
        test::typeText(titleEdit(tab), QStringLiteral(" lần 2"));
        QVERIFY(window->saveArticle());
        QCOMPARE(articles.list({})->total, 1);
        QCOMPARE(articles.load(stored->id)->title, kTitle + QStringLiteral(" lần 2"));
        QCOMPARE(articles.load(stored->id)->version, stored->version + 1);
    }

    void conflictKeepsTheOtherVersion()
    {
        Fixture f;
        QVERIFY(f.ws.ok());
        const qint64 id = f.addArticle(QStringLiteral("Bản tin sáng"));
        QVERIFY(id > 0);
        auto window = openWindow(f);
        QVERIFY(!window->isEmptyStateShown());
        auto *table = window->findChild<QTableView *>(QStringLiteral("articleTable"));
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Return); // Enter opens the selected article
        ui::ArticleTab *tab = window->currentTab();
        QVERIFY(tab);
        QCOMPARE(tab->articleId(), id);
        QTest::keyClick(titleEdit(tab), Qt::Key_End);
        test::typeText(titleEdit(tab), QStringLiteral(" (sửa)"));

        // Someone else saves first, through another connection to the same file.
        auto other = Database::open(f.ws.path());
        QVERIFY(other.ok());
        searchindex::attach(*other.value());
        ArticleRepository otherArticles(*other.value());
        Article theirs = otherArticles.load(id).value();
        theirs.title = QStringLiteral("Bản tin sáng của biên tập viên");
        QVERIFY(otherArticles.save(theirs, f.user.id).ok());

        QSignalSpy saved(window.get(), &ui::MainWindow::articleSaved);
        QVERIFY(!window->saveArticle());
        QCOMPARE(saved.count(), 0);
        QCOMPARE(f.notifier.errors.size(), 1);
        QCOMPARE(f.notifier.errors.first().error.code, ErrorCode::Conflict);
        QVERIFY(!f.notifier.errors.first().error.message.isEmpty());
        QCOMPARE(ArticleRepository(f.ws.db()).load(id)->title, QStringLiteral("Bản tin sáng của biên tập viên"));
        // The user's text is still in the editor, unsaved.
        QCOMPARE(tab->article().title, QStringLiteral("Bản tin sáng (sửa)"));
        QVERIFY(tab->isModified());
    }

    void saveChecksPermissions()
    {
        // A reporter's article is locked for them once submitted: it opens read-only and says
        // why; typing changes nothing and Save has nothing to send. (The core refuses such a save
        // anyway: tst_workflow_editing; a save after losing the edit lock: tst_edit_lock_gui.)
        Fixture f;
        QVERIFY(f.ws.ok());
        const qint64 id = f.addArticle(QStringLiteral("Bài đã gửi duyệt"), WorkflowState::Submitted);
        auto window = openWindow(f);
        ui::ArticleTab *tab = window->openArticle(id);
        QVERIFY(tab);
        QVERIFY(tab->isReadOnly());
        QVERIFY(titleEdit(tab)->isReadOnly());
        QTest::keyClick(titleEdit(tab), Qt::Key_End);
        test::typeText(titleEdit(tab), QStringLiteral(" (sửa thêm)"));
        QVERIFY(!tab->isModified());
        QCOMPARE(tab->article().title, QStringLiteral("Bài đã gửi duyệt"));
        auto *banner = tab->findChild<QWidget *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner);
        QVERIFY(banner->isVisibleTo(tab));
        QVERIFY(window->saveArticle());
        QVERIFY(f.notifier.errors.isEmpty());
        QCOMPARE(ArticleRepository(f.ws.db()).load(id)->version, tab->stored().version);
    }

    void closingAsksAboutUnsavedChanges_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("wholeWindow");
        QTest::newRow("nominal: close tab, Save") << int(ui::SaveAnswer::Save) << false;
        QTest::newRow("nominal: close tab, Don't save") << int(ui::SaveAnswer::Discard) << false;
        QTest::newRow("robustness: close tab, Cancel") << int(ui::SaveAnswer::Cancel) << false;
        QTest::newRow("nominal: close window, Save") << int(ui::SaveAnswer::Save) << true;
        QTest::newRow("nominal: close window, Don't save") << int(ui::SaveAnswer::Discard) << true;
        QTest::newRow("robustness: close window, Cancel") << int(ui::SaveAnswer::Cancel) << true;
    }

    void closingAsksAboutUnsavedChanges()
    {
        QFETCH(int, answer);
        QFETCH(bool, wholeWindow);
        Fixture f;
        QVERIFY(f.ws.ok());
        const qint64 id = f.addArticle(QStringLiteral("Tin chưa lưu"));
        const qint64 untouched = f.addArticle(QStringLiteral("Tin không sửa"));
        f.question.answer = ui::SaveAnswer(answer);
        auto window = openWindow(f);
        QVERIFY(window->openArticle(untouched));
        ui::ArticleTab *tab = window->openArticle(id);
        QVERIFY(tab);
        QTest::keyClick(titleEdit(tab), Qt::Key_End);
        test::typeText(titleEdit(tab), QStringLiteral(" — đã sửa"));
        // An autosave already kept the change in the recovery slot.
        window->tabs()->autosave(tab);
        window->tabs()->flushAutosaves();
        ArticleRepository articles(f.ws.db());
        QVERIFY(articles.recovery(id)->has_value());

        const bool closed =
            wholeWindow ? window->close() : (QTest::keyClick(tab->editor(), Qt::Key_W, Qt::ControlModifier), true);
        // Only the modified article is asked about.
        QCOMPARE(f.question.asked, QStringList{QStringLiteral("Tin chưa lưu — đã sửa")});
        const QString storedTitle = articles.load(id)->title;
        switch (ui::SaveAnswer(answer)) {
        case ui::SaveAnswer::Save:
            QCOMPARE(storedTitle, QStringLiteral("Tin chưa lưu — đã sửa"));
            QVERIFY(!articles.recovery(id)->has_value());
            QVERIFY(!window->tabs()->tabFor(id));
            QCOMPARE(window->isVisible(), !wholeWindow);
            break;
        case ui::SaveAnswer::Discard:
            QCOMPARE(storedTitle, QStringLiteral("Tin chưa lưu"));
            // Thrown away on purpose: not offered again at the next start.
            QVERIFY(!articles.recovery(id)->has_value());
            QVERIFY(!window->tabs()->tabFor(id));
            QCOMPARE(window->isVisible(), !wholeWindow);
            break;
        case ui::SaveAnswer::Cancel:
            QCOMPARE(storedTitle, QStringLiteral("Tin chưa lưu"));
            QVERIFY(window->tabs()->tabFor(id));
            QVERIFY(window->tabs()->tabFor(id)->isModified());
            QVERIFY(window->isVisible());
            if (wholeWindow) {
                QVERIFY(!closed);
            }
            break;
        }
    }

    void reopensTabsAfterRestart()
    {
        Fixture f;
        QVERIFY(f.ws.ok());
        const qint64 first = f.addArticle(QStringLiteral("Bài thứ nhất"));
        const qint64 second = f.addArticle(QStringLiteral("Bài thứ hai"));
        const qint64 third = f.addArticle(QStringLiteral("Bài thứ ba"));
        QList<int> sizes;
        {
            auto window = openWindow(f);
            window->resize(1200, 700);
            QVERIFY(window->openArticle(second));
            QVERIFY(window->openArticle(first));
            QVERIFY(window->openArticle(third));
            QVERIFY(window->closeCurrentTab()); // unmodified: closes without asking
            window->tabs()->setCurrentWidget(window->tabs()->tabFor(second));
            auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            splitter->setSizes({300, 560, 340});
            sizes = splitter->sizes();
            QVERIFY(window->close());
        }
        QVERIFY(f.question.asked.isEmpty());

        auto again = openWindow(f);
        QCOMPARE(again->tabs()->openIds(), (QList<qint64>{second, first}));
        QCOMPARE(again->currentTab()->articleId(), second);
        QCOMPARE(again->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
        QCOMPARE(again->size(), QSize(1200, 700));
    }

    void nothingOfOneUserShowsToTheNext()
    {
        // A shared office computer: Hòa (reporter) works, logs out; Biên (editor) logs in.
        Fixture f;
        QVERIFY(f.ws.ok());
        const qint64 editorId = f.ws.addUser(QStringLiteral("bientap"), Role::Editor, QStringLiteral("Lê Văn Biên"));
        const User editor = UserRepository(f.ws.db()).load(editorId).value();
        const qint64 draft = f.addArticle(QStringLiteral("Bài nháp của Hòa"));
        const qint64 returned = f.addArticle(QStringLiteral("Bài bị trả của Hòa"), WorkflowState::Returned);
        const qint64 submitted = f.addArticle(QStringLiteral("Bài đã gửi của Hòa"), WorkflowState::Submitted);
        qint64 written = 0;
        {
            auto window = openWindow(f);
            QVERIFY(window->openArticle(draft));
            QVERIFY(window->openArticle(returned));
            QVERIFY(window->openArticle(submitted));
            window->newArticle();
            test::typeText(titleEdit(window->currentTab()), QStringLiteral("Bài mới của Hòa"));
            test::typeText(window->currentTab()->editor(), QStringLiteral("Nháp chưa gửi."));
            QVERIFY(window->saveArticle());
            written = window->currentTab()->articleId();
            window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->setSizes({200, 700, 300});
            QVERIFY(window->logOut());
            QVERIFY(window->loggedOut());
        }
        QVERIFY(f.question.asked.isEmpty());
        const QList<qint64> hers{draft, returned, submitted, written};

        // The next person: the same settings file, read afresh as after a restart.
        Settings shared(f.settings.fileName());
        {
            ui::MainWindow window(f.ws.db(), editor, shared, f.notifier);
            window.setSaveQuestion(&f.question);
            window.show();
            QVERIFY(window.tabs()->openIds().isEmpty());
            QCOMPARE(window.tabs()->count(), 0);
            QVERIFY(window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes() !=
                    (QList<int>{200, 700, 300}));
            // Her drafts are not listed (nor counted, nor found), what she submitted is.
            QList<qint64> listed;
            for (int row = 0; row < window.articleModel()->rowCount(); ++row) {
                listed.append(window.articleModel()->articleId(row));
            }
            QCOMPARE(listed, QList<qint64>{submitted});
            QCOMPARE(window.listPane()->stateCount(WorkflowState::Draft), 0);
            QCOMPARE(window.listPane()->stateCount(WorkflowState::Returned), 0);
            QCOMPARE(window.listPane()->stateCount(std::nullopt), 1);
            window.listPane()->setSearchText(QStringLiteral("cua hoa"));
            QCOMPARE(window.articleModel()->rowCount(), 1);
            window.listPane()->setSearchText(QString());
            // Asking for one by its number does not open it either: the core refuses.
            QVERIFY(!window.openArticle(draft));
            QVERIFY(!window.openArticle(written));
            QCOMPARE(f.notifier.errors.size(), 2);
            QCOMPARE(f.notifier.errors.constLast().error.code, ErrorCode::Forbidden);
            QVERIFY(window.openArticle(submitted));
            QVERIFY(window.close());
        }

        // Back to Hòa: her own tabs again, not his.
        Settings again(f.settings.fileName());
        ui::MainWindow window(f.ws.db(), f.user, again, f.notifier);
        window.setSaveQuestion(&f.question);
        window.show();
        QCOMPARE(window.tabs()->openIds(), hers);
        QCOMPARE(window.articleModel()->rowCount(), 4);
    }

    void stateCountsAndFilters()
    {
        Fixture f;
        QVERIFY(f.ws.ok());
        TaxonomyRepository taxonomy(f.ws.db());
        const qint64 news = taxonomy.createCategory(QStringLiteral("Tin tức")).value().id;
        const qint64 culture = taxonomy.createCategory(QStringLiteral("Văn hóa")).value().id;
        const qint64 editor = f.ws.addUser(QStringLiteral("bientap"), Role::Editor, QStringLiteral("Lê Văn Biên"));
        f.addArticle(QStringLiteral("Đường Láng thông xe"), WorkflowState::Draft, news);
        f.addArticle(QStringLiteral("Lễ hội mùa xuân"), WorkflowState::Draft, culture);
        f.addArticle(QStringLiteral("Giao ban quý IV"), WorkflowState::Submitted, news);
        f.addArticle(QStringLiteral("Khánh thành trường học"), WorkflowState::Published, news, editor);

        auto window = openWindow(f);
        ui::ArticleListPane *list = window->listPane();
        QCOMPARE(list->stateCount(std::nullopt), 4);
        QCOMPARE(list->stateCount(WorkflowState::Draft), 2);
        QCOMPARE(list->stateCount(WorkflowState::Submitted), 1);
        QCOMPARE(list->stateCount(WorkflowState::Published), 1);
        QCOMPARE(list->stateCount(WorkflowState::Approved), 0);
        auto *stateCombo = window->findChild<QComboBox *>(QStringLiteral("stateFilter"));
        QVERIFY(stateCombo->itemText(0).contains(QStringLiteral("(4)")));

        list->setStateFilter(WorkflowState::Draft);
        QCOMPARE(window->articleModel()->rowCount(), 2);
        // Counts follow the other filters.
        list->setCategoryFilter(news);
        QCOMPARE(window->articleModel()->rowCount(), 1);
        QCOMPARE(list->stateCount(std::nullopt), 3);
        QCOMPARE(list->stateCount(WorkflowState::Draft), 1);
        list->setStateFilter(std::nullopt);
        list->setAuthorFilter(editor);
        QCOMPARE(window->articleModel()->rowCount(), 1);
        QCOMPARE(window->articleModel()->index(0, 0).data().toString(), QStringLiteral("Khánh thành trường học"));
        list->setAuthorFilter(0);
        list->setCategoryFilter(0);
        list->setDateRange(ui::ArticleListPane::DateRange::Today);
        QCOMPARE(window->articleModel()->rowCount(), 4);

        // Search ignores diacritics and đ.
        list->setSearchText(QStringLiteral("duong lang"));
        QCOMPARE(window->articleModel()->rowCount(), 1);
        QCOMPARE(window->articleModel()->index(0, 0).data().toString(), QStringLiteral("Đường Láng thông xe"));
        // The counts next to the states count the search's matches.
        QCOMPARE(list->stateCount(std::nullopt), 1);
        QCOMPARE(list->stateCount(WorkflowState::Draft), 1);
        QCOMPARE(list->stateCount(WorkflowState::Submitted), 0);
        QVERIFY(stateCombo->itemText(0).contains(QStringLiteral("(1)")));
        auto *searchEdit = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        searchEdit->clear();
        QTest::keyClicks(searchEdit, QStringLiteral("giao ban"));
        QTest::keyClick(searchEdit, Qt::Key_Return);
        QCOMPARE(window->articleModel()->rowCount(), 1);
        QCOMPARE(list->stateCount(WorkflowState::Draft), 0);
        QCOMPARE(list->stateCount(WorkflowState::Submitted), 1);
        list->setSearchText(QString());
        QCOMPARE(window->articleModel()->rowCount(), 4);
        QCOMPARE(list->stateCount(std::nullopt), 4);
        QCOMPARE(list->stateCount(WorkflowState::Draft), 2);
    }

    void checkBeforeSubmitShowsMessages()
    {
        Fixture f;
        QVERIFY(f.ws.ok());
        auto window = openWindow(f);
        window->newArticle();
        ui::ArticleTab *tab = window->currentTab();
        QTest::keyClick(titleEdit(tab), Qt::Key_F7);
        ui::MetadataPanel *panel = tab->metadataPanel();
        QVERIFY(!panel->messageFor(QStringLiteral("title")).isEmpty());
        QVERIFY(!panel->messageFor(QStringLiteral("sapo")).isEmpty());
        QVERIFY(!panel->messageFor(QStringLiteral("category")).isEmpty());
        auto *bodyMessage = tab->findChild<ui::FieldMessage *>(QStringLiteral("bodyMessage"));
        QVERIFY(bodyMessage && bodyMessage->isError());
        QCOMPARE(QApplication::focusWidget(), titleEdit(tab)); // the first problem has the focus
        test::typeText(tab->editor(), QStringLiteral("Nội dung."));
        QVERIFY(!bodyMessage->isVisible());
    }

    void statusBarShowsPublishingQueue()
    {
        Fixture f;
        QVERIFY(f.ws.ok());
        auto window = openWindow(f);
        auto *label = window->findChild<QLabel *>(QStringLiteral("outboxLabel"));
        QCOMPARE(label->text(), QStringLiteral("Publishing queue: empty"));

        Site site;
        site.name = QStringLiteral("Cổng thông tin quận");
        site.baseUrl = QUrl(QStringLiteral("https://quan.example.vn/"));
        site.username = QStringLiteral("bientap");
        auto created = SiteRepository(f.ws.db()).create(site);
        QVERIFY(created.ok());
        const qint64 id = f.addArticle(QStringLiteral("Bài chờ đăng"), WorkflowState::Approved);
        QVERIFY(OutboxRepository(f.ws.db()).enqueue(id, created->id, JobAction::Publish, f.user.id).ok());
        window->refreshOutboxState();
        QCOMPARE(label->text(), QStringLiteral("Publishing queue: 1"));
    }

    void everyFocusableWidgetHasAName()
    {
        // What a screen reader announces when Tab reaches a widget: its accessible name (set,
        // or taken from its text or its label's).
        Fixture f;
        QVERIFY(f.ws.ok());
        f.addArticle(QStringLiteral("Bài để mở"));
        auto window = openWindow(f);
        window->newArticle();
        QVERIFY(window->openArticle(window->articleModel()->articleId(0)));
        QStringList unnamed;
        const QList<QWidget *> widgets = window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisibleTo(window.get()) || !(widget->focusPolicy() & Qt::TabFocus)) {
                continue;
            }
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
            if (name.trimmed().isEmpty()) {
                unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char('/') +
                               widget->objectName());
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void everyActionHasAShortcutAndName()
    {
        Fixture f;
        QVERIFY(f.ws.ok());
        auto window = openWindow(f);
        const QList<QAction *> actions = window->actions();
        QVERIFY(actions.size() >= 10);
        QList<QKeySequence> seen;
        for (const QAction *action : actions) {
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
            QVERIFY2(!action->statusTip().isEmpty(), qPrintable(action->text()));
            QVERIFY2(!seen.contains(action->shortcut()), qPrintable(action->text()));
            seen.append(action->shortcut());
        }
        // The editor's own shortcuts (bold, link...) must not be taken by the window.
        window->newArticle();
        const ui::RichTextEditor *editor = window->currentTab()->editor();
        for (const QList<QAction *> &group : {editor->formatActions(), editor->editActions(), editor->viewActions()}) {
            for (const QAction *action : group) {
                for (const QKeySequence &key : action->shortcuts()) {
                    QVERIFY2(!seen.contains(key), qPrintable(key.toString()));
                }
            }
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
