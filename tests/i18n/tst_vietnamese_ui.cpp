// With the Vietnamese catalogues installed, opens every window and dialog the app has (and the Qt
// dialogs and context menus it shows), walks all their strings and fails listing each one still in
// English: untranslated ToaSoan strings and Qt strings our qt_vi.ts does not cover (or covers with a
// source text that differs from Qt 6.4's, which Qt then silently ignores).
#include "app/diff/ArticleDiff.h"
#include "app/i18n/Translations.h"
#include "app/publish/RemoteCache.h"
#include "app/publish/SecretStore.h"
#include "app/settings/Settings.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/OutboxRepository.h"
#include "app/storage/SiteRepository.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/workflow/AuthService.h"
#include "app/workflow/WorkflowService.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/i18n/UiStrings.h"
#include "tests/support/TestWorkspace.h"
#include "ui/FirstAdminDialog.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/article/SaveQuestion.h"
#include "ui/common/Notifier.h"
#include "ui/database/DatabaseDialog.h"
#include "ui/editor/EditorInfoBar.h"
#include "ui/editor/FindReplaceDialog.h"
#include "ui/editor/ImageDialog.h"
#include "ui/editor/LinkDialog.h"
#include "ui/editor/RichTextEditor.h"
#include "ui/editor/TableDialog.h"
#include "ui/history/RestoreQuestion.h"
#include "ui/history/RevisionHistoryDialog.h"
#include "ui/history/SlipFileQuestion.h"
#include "ui/publish/CategoryMappingDialog.h"
#include "ui/publish/ConfirmQuestion.h"
#include "ui/publish/OutboxView.h"
#include "ui/publish/PublishActions.h"
#include "ui/publish/Publishing.h"
#include "ui/publish/SiteForm.h"
#include "ui/publish/SitesDialog.h"
#include "ui/recovery/RecoveryDialog.h"
#include "ui/report/RoyaltiesDialog.h"
#include "ui/report/RoyaltyPointsDialog.h"
#include "ui/report/RoyaltySchemeDialog.h"
#include "ui/report/StatisticsWindow.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/setup/FirstStartWizard.h"
#include "ui/spell/SpellHighlighter.h"
#include "ui/spell/SpellService.h"
#include "ui/tools/ConvertEncodingDialog.h"
#include "ui/tools/ToneStyleDialog.h"
#include "ui/users/UserManagementDialog.h"
#include "ui/workflow/CommentsPanel.h"
#include "ui/workflow/ReasonDialog.h"
#include "ui/workflow/WorkflowController.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCalendarWidget>
#include <QContextMenuEvent>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QKeySequence>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <functional>

using namespace toasoan;
using toasoan::test::TestWorkspace;
using toasoan::test::UiStringCollector;

namespace {

const QString kTitle = QStringLiteral("Hội nghị giao ban Quận ủy");

// Starts `open` (which shows a modal dialog or a popup menu and waits for it), collects what it
// showed, and closes it. False when nothing opened.
bool collectModal(UiStringCollector &collector, const QString &where, const std::function<void()> &open)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QWidget *shown = QApplication::activePopupWidget();
        if (!shown) {
            shown = QApplication::activeModalWidget();
        }
        if (!shown) {
            return;
        }
        poll.stop();
        seen = true;
        collector.collectWidgetTree(shown, where);
        if (auto *dialog = qobject_cast<QDialog *>(shown)) {
            dialog->done(QDialog::Rejected);
        } else {
            shown->close();
        }
    });
    // A watchdog: whatever happens, the blocking call must return.
    QTimer watchdog;
    watchdog.setSingleShot(true);
    watchdog.setInterval(5000);
    QObject::connect(&watchdog, &QTimer::timeout, [] {
        if (QWidget *stuck = QApplication::activePopupWidget() ? QApplication::activePopupWidget()
                                                               : QApplication::activeModalWidget()) {
            stuck->close();
        }
    });
    poll.start();
    watchdog.start();
    open();
    // Some widgets popup() their menu instead of exec()ing it: wait for it to show.
    (void)QTest::qWaitFor([&] { return seen; }, 2000);
    poll.stop();
    watchdog.stop();
    return seen;
}

// The context menu a keyboard user opens on `widget` (Shift+F10 or the Menu key).
bool collectContextMenu(UiStringCollector &collector, const QString &where, QWidget *widget)
{
    return collectModal(collector, where, [widget] {
        QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(4, 4), widget->mapToGlobal(QPoint(4, 4)));
        QApplication::sendEvent(widget, &event);
    });
}

void verifyVietnamese(const UiStringCollector &collector)
{
    QVERIFY2(!collector.strings().isEmpty(), "nothing was collected");
    if (qEnvironmentVariableIsSet("TOASOAN_DUMP_UI_STRINGS")) {
        for (const test::UiString &s : collector.strings()) {
            qInfo().noquote() << "Seen:" << s.where << "=" << s.text;
        }
    }
    const QStringList english = collector.english();
    // One line each: QtTest cuts long failure messages.
    for (const QString &line : english) {
        qInfo().noquote() << "English:" << line;
    }
    QVERIFY2(english.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) still in English (listed above)").arg(english.size())));
}

struct Workspace
{
    TestWorkspace ws;
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    test::RecordingNotifier notifier;
    test::RecordingSaveQuestion question;
    User user;

    Workspace()
    {
        settings.setAutosaveIntervalSeconds(3600);
        const qint64 id = ws.addUser(QStringLiteral("quantri"), Role::Admin, QStringLiteral("Trần Thị Hòa"));
        if (id > 0) {
            user = UserRepository(ws.db()).load(id).value();
        }
    }

    qint64 addArticle(const QString &title)
    {
        Article article;
        article.title = title;
        article.sapo = QStringLiteral("Sáng 9/11, Quận ủy tổ chức hội nghị giao ban.");
        article.body = QStringLiteral("<p>(NTL) Đồng chí Bí thư Quận ủy chủ trì hội nghị.</p>");
        article.authorId = user.id;
        auto created = ArticleRepository(ws.db()).create(article, user.id);
        return created ? created->id : 0;
    }
};

} // namespace

class TestVietnameseUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TOASOAN_LANG", "vi");
        installTranslations(*QCoreApplication::instance());
        QCOMPARE(QLocale().language(), QLocale::Vietnamese);
    }

    // The detector itself: a test that cannot fail is a defect.
    void detector_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("english");
        QTest::newRow("nominal: an English button") << QStringLiteral("Cancel") << true;
        QTest::newRow("nominal: an English menu entry with a mnemonic") << QStringLiteral("&Open…") << true;
        QTest::newRow("nominal: OK") << QStringLiteral("OK") << true;
        QTest::newRow("nominal: an English sentence of unlisted words")
            << QStringLiteral("Someone else wrote this earlier") << true;
        QTest::newRow("nominal: English inside rich text") << QStringLiteral("<b>Save</b> it") << true;
        QTest::newRow("nominal: Vietnamese") << QStringLiteral("Hủy") << false;
        QTest::newRow("nominal: Vietnamese with a shortcut") << QStringLiteral("Lưu (Ctrl+S)") << false;
        QTest::newRow("nominal: brand names") << QStringLiteral("WordPress XML-RPC") << false;
        QTest::newRow("nominal: encoding names") << QStringLiteral("TCVN3 (ABC)") << false;
        QTest::newRow("robustness: a bare shortcut") << QStringLiteral("Ctrl+Shift+Tab") << false;
        QTest::newRow("robustness: a path") << QStringLiteral("/tmp/save/file") << false;
        QTest::newRow("robustness: numbers") << QStringLiteral("1.234,5 KB") << false;
    }

    void detector()
    {
        QFETCH(QString, text);
        QFETCH(bool, english);
        QCOMPARE(test::looksEnglish(text), english);
    }

    // qt_vi.qm is installed and its source texts match Qt's.
    void qtCatalogue()
    {
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Hủy"));
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Discard);
        QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), QStringLiteral("Đồng ý"));
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Hủy"));
        QCOMPARE(QKeySequence(Qt::CTRL | Qt::Key_Space).toString(QKeySequence::NativeText),
                 QStringLiteral("Ctrl+Phím cách"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QVERIFY(QCoreApplication::testAttribute(Qt::AA_DontUseNativeDialogs));
    }

    void mainWindow()
    {
        Workspace w;
        QVERIFY(w.ws.ok());
        QVERIFY(w.user.id > 0);
        const qint64 id = w.addArticle(kTitle);
        QVERIFY(id > 0);
        ui::MainWindow window(w.ws.db(), w.user, w.settings, w.notifier);
        window.setSaveQuestion(&w.question);
        window.show();
        QVERIFY(window.openArticle(id));
        window.newArticle();
        QVERIFY(w.notifier.errors.isEmpty());

        UiStringCollector collector;
        collector.collectWidgetTree(&window, QStringLiteral("MainWindow"));
        collector.collectActions(window.menuBar()->actions(), QStringLiteral("MainWindow menu"));
        // The Help menu's message boxes (keyboard shortcuts, about).
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        for (QAction *action : menus.last()->menu()->actions()) {
            if (!action->isSeparator()) {
                collectModal(collector, QStringLiteral("MainWindow help"), [action] { action->trigger(); });
            }
        }
        // Context menus: a line edit, the body editor, the schedule's date field and its calendar.
        if (auto *title = window.findChild<QLineEdit *>()) {
            QVERIFY(collectContextMenu(collector, QStringLiteral("line edit context menu"), title));
        }
        if (auto *editor = window.findChild<ui::RichTextEditor *>()) {
            collectContextMenu(collector, QStringLiteral("editor context menu"), editor);
            std::unique_ptr<QMenu> standard(editor->createStandardContextMenu());
            collector.collectWidgetTree(standard.get(), QStringLiteral("editor standard context menu"));
        }
        if (auto *date = window.findChild<QDateTimeEdit *>()) {
            if (QCalendarWidget *calendar = date->calendarWidget()) {
                collector.collectWidgetTree(calendar, QStringLiteral("calendar"));
            }
        }
        verifyVietnamese(collector);
    }

    void loginDialogs()
    {
        Workspace w;
        QVERIFY(w.ws.ok());
        UserRepository users(w.ws.db());
        UiStringCollector collector;
        AuthService auth(w.ws.db());
        ui::LoginDialog login(auth, w.settings);
        login.show();
        login.accept(); // empty fields: shows its error message
        collector.collectWidgetTree(&login, QStringLiteral("LoginDialog"));
        ui::FirstAdminDialog first(w.ws.db());
        first.show();
        first.accept();
        collector.collectWidgetTree(&first, QStringLiteral("FirstAdminDialog"));
        verifyVietnamese(collector);
    }

    // "Cơ sở dữ liệu": both choices, the keychain's note, a field refused, the next-start note.
    void databaseDialog()
    {
        Workspace w;
        ui::DatabaseDialog dialog(w.settings, std::make_shared<SystemKeychain>(QStringLiteral("ToaSoanTest")),
                                  ui::DatabaseDialog::Purpose::Change);
        dialog.show();
        UiStringCollector collector;
        collector.collectWidgetTree(&dialog, QStringLiteral("DatabaseDialog SQLite"));
        dialog.postgresButton()->click();
        dialog.accept(); // no server named: says so
        QVERIFY(!dialog.message().isEmpty());
        collector.add(QStringLiteral("DatabaseDialog refused"), dialog.message());
        collector.collectWidgetTree(&dialog, QStringLiteral("DatabaseDialog PostgreSQL"));
        verifyVietnamese(collector);
    }

    // Every page of the first-start wizard, its buttons and a refused user line.
    void firstStartWizard()
    {
        Workspace w;
        QVERIFY(w.ws.ok());
        ui::FirstStartWizard wizard(w.ws.db(), w.user);
        wizard.show();
        UiStringCollector collector;
        for (int page = 0; page < 4; ++page) {
            QCOMPARE(wizard.currentId(), page);
            const QString where = QStringLiteral("FirstStartWizard page %1").arg(page);
            collector.add(where + QStringLiteral(" title"), wizard.currentPage()->title());
            collector.add(where + QStringLiteral(" subtitle"), wizard.currentPage()->subTitle());
            collector.collectWidgetTree(&wizard, where);
            if (page < 3) {
                wizard.skipPage();
            }
        }
        collector.collectModel(wizard.userTable()->model(), QStringLiteral("FirstStartWizard users"));
        wizard.userTable()->item(0, 0)->setText(QStringLiteral("lan"));
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(!wizard.message(ui::FirstStartWizard::UsersPage).isEmpty());
        collector.add(QStringLiteral("FirstStartWizard refused line"), wizard.message(ui::FirstStartWizard::UsersPage));
        verifyVietnamese(collector);
    }

    // The workflow's bar, banners (read-only, someone else editing, why it came back, a newer
    // version), the comments with a reply under way, "my work", the lock-out and the reasons.
    void workflowSurfaces()
    {
        Workspace w;
        QVERIFY(w.ws.ok());
        const qint64 editorId = w.ws.addUser(QStringLiteral("bientap"), Role::Editor, QStringLiteral("Lê Văn Bình"));
        WorkflowService service(w.ws.db());
        const qint64 returned = w.addArticle(kTitle);
        QVERIFY(service.submit(returned, w.user.id).ok());
        QVERIFY(service.addComment(returned, editorId, QStringLiteral("Cần thêm nguồn tin.")).ok());
        QVERIFY(service.returnToAuthor(returned, editorId, QStringLiteral("Bổ sung nguồn tin.")).ok());
        const qint64 submitted = w.addArticle(kTitle + QStringLiteral(" (2)"));
        QVERIFY(service.submit(submitted, w.user.id).ok());
        // A reporter's submission the editor is working on.
        const qint64 reporterId = w.ws.addUser(QStringLiteral("phongvien"), Role::Reporter);
        Article draft;
        draft.title = kTitle + QStringLiteral(" (3)");
        draft.authorId = reporterId;
        auto created = ArticleRepository(w.ws.db()).create(draft, reporterId);
        QVERIFY(created.ok());
        const Article byReporter = *created;
        QVERIFY(service.submit(byReporter.id, reporterId).ok());
        QVERIFY(service.acquireLock(byReporter.id, editorId).ok());

        ui::MainWindow window(w.ws.db(), w.user, w.settings, w.notifier);
        window.show();
        UiStringCollector collector;
        for (qint64 id : {returned, submitted, byReporter.id}) {
            QVERIFY(window.openArticle(id));
            collector.collectWidgetTree(&window, QStringLiteral("MainWindow (workflow)"));
        }
        QVERIFY(window.openArticle(returned));
        ui::CommentsPanel *comments = window.workflow()->commentsPanel();
        QCOMPARE(comments->commentCount(), 1);
        comments->replyTo(comments->thread().first().comment.id);
        collector.collectWidgetTree(comments, QStringLiteral("CommentsPanel"));
        collector.collectActions(window.workflow()->menu()->actions(), QStringLiteral("workflow menu"));
        // A newer version saved elsewhere while the article is open.
        Article changed = ArticleRepository(w.ws.db()).load(returned).value();
        changed.sapo += QStringLiteral(" Thêm một câu.");
        QVERIFY(ArticleRepository(w.ws.db()).save(changed, w.user.id).ok());
        window.workflow()->refreshFromDatabase();
        collector.collectWidgetTree(&window, QStringLiteral("MainWindow (newer version)"));

        for (Action action : {Action::Return, Action::Reject, Action::Unpublish}) {
            ui::ReasonDialog dialog(action, kTitle, [](const QString &) -> Result<void> {
                return makeError(ErrorCode::Forbidden, QStringLiteral("Bài đã được người khác duyệt."));
            });
            dialog.show();
            test::typeText(dialog.reasonEdit(), QStringLiteral("Lý do."));
            dialog.accept(); // refused: the message shows in the dialog
            QVERIFY(!dialog.errorMessage().isEmpty());
            collector.collectWidgetTree(&dialog, QStringLiteral("ReasonDialog"));
        }

        // Locked out after repeated failures.
        AuthService auth(w.ws.db());
        ui::LoginDialog login(auth, w.settings);
        login.show();
        auto *loginEdit = login.findChild<QLineEdit *>(QStringLiteral("loginEdit"));
        loginEdit->setText(QStringLiteral("quantri"));
        for (int i = 0; i < AuthService::kFreeAttempts; ++i) {
            login.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("sai"));
            login.accept();
        }
        QVERIFY(login.secondsToWait() > 0);
        login.checkLockout();
        collector.collectWidgetTree(&login, QStringLiteral("LoginDialog (locked out)"));
        verifyVietnamese(collector);
    }

    void languageToolsAndSettings()
    {
        Workspace w;
        QVERIFY(w.ws.ok());
        UiStringCollector collector;
        ui::ToneStyleDialog tone(QStringLiteral("Chị Thủy nói Quận ủy bàn về hòa giải."), text::ToneStyle::New);
        tone.show();
        collector.collectWidgetTree(&tone, QStringLiteral("ToneStyleDialog"));
        ui::ToneStyleDialog noChange(QStringLiteral("Quý khách"), text::ToneStyle::New);
        collector.collectWidgetTree(&noChange, QStringLiteral("ToneStyleDialog (nothing to change)"));

        ui::ConvertEncodingDialog convert;
        convert.show();
        collector.collectWidgetTree(&convert, QStringLiteral("ConvertEncodingDialog (empty)"));
        convert.setSourceText(text::encodeTcvn3(QStringLiteral("Quận ủy tổ chức hội nghị giao ban công tác.")));
        collector.collectWidgetTree(&convert, QStringLiteral("ConvertEncodingDialog (TCVN3)"));
        QVERIFY(collectContextMenu(collector, QStringLiteral("plain text context menu"), convert.sourceEdit()));

        ui::SettingsDialog adminSettings(w.settings, w.ws.db(), w.user);
        adminSettings.show();
        collector.collectWidgetTree(&adminSettings, QStringLiteral("SettingsDialog (admin)"));
        const qint64 reporterId = w.ws.addUser(QStringLiteral("phongvien"), Role::Reporter);
        ui::SettingsDialog reporterSettings(w.settings, w.ws.db(), UserRepository(w.ws.db()).load(reporterId).value());
        collector.collectWidgetTree(&reporterSettings, QStringLiteral("SettingsDialog (reporter)"));
        if (auto *spin = adminSettings.findChild<QSpinBox *>()) {
            QVERIFY(collectContextMenu(collector, QStringLiteral("spin box context menu"), spin));
        }
        verifyVietnamese(collector);
    }

    void editorDialogs()
    {
        UiStringCollector collector;
        ui::RichTextEditor editor;
        editor.show();
        collector.collectWidgetTree(&editor, QStringLiteral("RichTextEditor"));
        collector.collectActions(editor.formatActions() + editor.editActions() + editor.viewActions(),
                                 QStringLiteral("RichTextEditor actions"));
        ui::FindReplaceDialog find(&editor);
        collector.collectWidgetTree(&find, QStringLiteral("FindReplaceDialog"));
        ui::LinkDialog link;
        collector.collectWidgetTree(&link, QStringLiteral("LinkDialog"));
        ui::TableDialog table;
        collector.collectWidgetTree(&table, QStringLiteral("TableDialog"));
        ui::ImageDialog image(QStringLiteral("cầu Đồng Tâm.png"));
        collector.collectWidgetTree(&image, QStringLiteral("ImageDialog"));
        verifyVietnamese(collector);
    }

    // Issue 6: the publishing menu, the outbox dock with jobs in every state, the choice of
    // websites, the website connections (with a failed test and a refusal) and category mapping.
    void publishingWindows()
    {
        Workspace w;
        QVERIFY(w.ws.ok());
        auto category = TaxonomyRepository(w.ws.db()).createCategory(QStringLiteral("Thời sự"));
        QVERIFY(category.ok());
        const qint64 id = w.addArticle(kTitle);
        QVERIFY(ArticleRepository(w.ws.db()).transition(id, WorkflowState::Approved, w.user.id).ok());
        QTcpServer closed; // a port nobody answers on: the connection test fails at once
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        Site site;
        site.name = QStringLiteral("Cổng thông tin huyện");
        site.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        site.username = QStringLiteral("bientap");
        auto stored = SiteRepository(w.ws.db()).create(site);
        QVERIFY(stored.ok());
        QVERIFY(RemoteCache(w.ws.db(), stored->id)
                    .replaceCategories({{QStringLiteral("3"), {}, QStringLiteral("Tin huyện"), {}},
                                        {QStringLiteral("4"), QStringLiteral("3"), QStringLiteral("Kinh tế"), {}}})
                    .ok());
        ui::Publishing publishing(w.ws.db(), std::make_unique<MemorySecretStore>());
        QVERIFY(publishing.secrets().write(*stored, QStringLiteral("mat khau")).ok());
        // Jobs in every state the list shows, with a translated error.
        OutboxRepository jobs(w.ws.db());
        QVERIFY(jobs.enqueue(id, stored->id, JobAction::Publish, w.user.id).ok());
        const qint64 second = w.addArticle(QStringLiteral("Lễ khánh thành cầu Đồng Tâm"));
        auto failing = jobs.enqueue(second, stored->id, JobAction::Unpublish, w.user.id);
        QVERIFY(failing.ok() && *jobs.claim(failing->id));
        QVERIFY(*jobs.markFailed(
            failing->id, {},
            makeError(ErrorCode::Network, QStringLiteral("Máy chủ không trả lời."), QStringLiteral("POST → 503"))));

        ui::MainWindow window(w.ws.db(), w.user, w.settings, w.notifier);
        window.setSaveQuestion(&w.question);
        window.setPublishing(&publishing);
        window.show();
        QVERIFY(window.openArticle(id));
        ui::PublishActions *actions = window.publishActions();
        actions->showOutbox();
        actions->outboxView()->selectJob(failing->id);
        UiStringCollector collector;
        collector.collectWidgetTree(&window, QStringLiteral("MainWindow (publishing)"));
        collector.collectActions(window.menuBar()->actions(), QStringLiteral("MainWindow menu"));
        collector.collectWidgetTree(actions->menu(), QStringLiteral("Publishing menu"));

        ui::PublishDialog *publish = actions->openPublishDialog(ui::PublishDialog::Mode::Publish);
        QVERIFY(publish);
        collector.collectWidgetTree(publish, QStringLiteral("PublishDialog"));
        publish->close();
        ui::PublishDialog unpublish(publishing, w.user, id, ui::PublishDialog::Mode::Unpublish, true);
        collector.collectWidgetTree(&unpublish, QStringLiteral("PublishDialog (take off, nowhere)"));

        ui::SitesDialog sites(publishing, w.user, w.notifier);
        sites.show();
        sites.testConnection();
        collector.collectWidgetTree(&sites, QStringLiteral("SitesDialog (testing)"));
        QTRY_VERIFY_WITH_TIMEOUT(!sites.isTesting(), 20000);
        collector.collectWidgetTree(&sites, QStringLiteral("SitesDialog (tested)"));
        sites.addSite();
        sites.saveSite(); // empty: the core's validation message
        collector.collectWidgetTree(&sites, QStringLiteral("SitesDialog (new, invalid)"));
        sites.form()->kindCombo()->setCurrentIndex(1);
        collector.collectWidgetTree(&sites, QStringLiteral("SitesDialog (XML-RPC)"));
        const qint64 reporterId = w.ws.addUser(QStringLiteral("phongvien"), Role::Reporter);
        const User reporter = UserRepository(w.ws.db()).load(reporterId).value();
        ui::SitesDialog refused(publishing, reporter, w.notifier);
        collector.collectWidgetTree(&refused, QStringLiteral("SitesDialog (reporter)"));

        ui::CategoryMappingDialog mapping(publishing, w.user, w.notifier);
        mapping.show();
        collector.collectWidgetTree(&mapping, QStringLiteral("CategoryMappingDialog"));
        ui::MessageBoxConfirmQuestion confirm;
        QVERIFY(collectModal(collector, QStringLiteral("confirm question"), [&] {
            confirm.confirm(&window, QStringLiteral("Hủy việc"), QStringLiteral("Hủy việc này?"),
                            QStringLiteral("Hủy việc"));
        }));
        verifyVietnamese(collector);
    }

    // Spell checking: the context menu on a misspelled word (while suggestions are looked for, with
    // suggestions, without any), the on/off action, and what a missing dictionary says.
    void spellChecking()
    {
        Workspace w;
        QVERIFY(w.ws.ok());
        UiStringCollector collector;
        ui::SpellService service(&w.ws.db(), w.user.id, &w.settings);
        ui::RichTextEditor editor;
        editor.setSpellService(&service);
        editor.resize(700, 300);
        editor.show();
        editor.setBodyHtml(QStringLiteral("<p>Thủ đô Hà Nộii và xyzqwv.</p>"));
        QTRY_VERIFY(editor.document()->begin().layout()->formats().size() == 2);
        const auto openMenu = [&editor](const QString &word) {
            QTextCursor cursor(editor.document());
            cursor.setPosition(int(editor.document()->toPlainText().indexOf(word)) + 1);
            const QPoint pos = editor.cursorRect(cursor).center();
            QContextMenuEvent event(QContextMenuEvent::Mouse, pos, editor.viewport()->mapToGlobal(pos));
            QApplication::sendEvent(editor.viewport(), &event);
            return qobject_cast<QMenu *>(QApplication::activePopupWidget());
        };
        for (const QString &word : {QStringLiteral("Nộii"), QStringLiteral("xyzqwv")}) {
            QMenu *menu = openMenu(word);
            QVERIFY(menu);
            // The suggestions arrive from the worker through the event loop: not yet.
            collector.collectWidgetTree(menu, QStringLiteral("spelling menu, looking"));
            QTRY_VERIFY(
                !menu->findChild<QAction *>(QStringLiteral("spellSuggestionsPending")) ||
                !menu->findChild<QAction *>(QStringLiteral("spellSuggestionsPending"))->text().contains(QChar(0x2026)));
            collector.collectWidgetTree(menu, QStringLiteral("spelling menu ") + word);
            menu->close();
        }
        collector.collectActions({editor.action(ui::RichTextEditor::Action::SpellCheck)},
                                 QStringLiteral("spell check action"));

        QTemporaryDir empty;
        ui::SpellService missing(&w.ws.db(), w.user.id, &w.settings);
        missing.setDirectories({empty.path()});
        ui::RichTextEditor without;
        without.setSpellService(&missing);
        without.show();
        QTRY_VERIFY(without.infoBar()->isVisible());
        collector.collectWidgetTree(&without, QStringLiteral("editor without a dictionary"));
        collector.collectActions({without.action(ui::RichTextEditor::Action::SpellCheck)},
                                 QStringLiteral("spell check action without a dictionary"));
        verifyVietnamese(collector);
    }

    void recoveryDialog()
    {
        Article saved;
        saved.id = 1;
        saved.title = kTitle;
        saved.body = QStringLiteral("<p>Đoạn cũ.</p>");
        Article copy = saved;
        copy.title = kTitle + QStringLiteral(" (bổ sung)");
        copy.body = QStringLiteral("<p>Đoạn mới.</p>");
        editing::RecoveredArticle item;
        item.saved = saved;
        item.recovery.articleId = saved.id;
        item.recovery.article = copy;
        item.recovery.savedAt = QDateTime::currentDateTimeUtc();
        item.changes = diff::diffArticles(saved, copy);
        item.savedSinceCopy = true;
        ui::RecoveryDialog dialog({item, item});
        dialog.show();
        UiStringCollector collector;
        collector.collectWidgetTree(&dialog, QStringLiteral("RecoveryDialog"));
        verifyVietnamese(collector);
    }

    // Issue 5: the revision history with a comparison shown, the restore question, the approval
    // slip's save dialog and the user management dialog (an administrator's, and a refused one).
    void historyAndUsers()
    {
        Workspace w;
        QVERIFY(w.ws.ok());
        const qint64 id = w.addArticle(kTitle);
        QVERIFY(id > 0);
        Article edited = ArticleRepository(w.ws.db()).load(id).value();
        edited.title = QStringLiteral("Quận ủy họp giao ban");
        edited.tags = {QStringLiteral("Quận ủy")};
        edited.body = QStringLiteral("<p>(NTL) Đồng chí Phó Bí thư Quận ủy chủ trì hội nghị.</p>");
        QVERIFY(WorkflowService(w.ws.db()).saveAsUser(edited, w.user.id).ok());

        UiStringCollector collector;
        ui::RevisionHistoryDialog history(w.ws.db(), w.user, w.notifier, id);
        history.show();
        collector.collectWidgetTree(&history, QStringLiteral("RevisionHistoryDialog (hint)"));
        history.selectNumbers({1, 2});
        QVERIFY(history.compareSelected());
        collector.collectWidgetTree(&history, QStringLiteral("RevisionHistoryDialog (comparison)"));
        ui::MessageBoxRestoreQuestion restore;
        QVERIFY(
            collectModal(collector, QStringLiteral("restore question"), [&] { restore.confirm(&history, 1, kTitle); }));

        QTemporaryDir dir;
        std::unique_ptr<QFileDialog> slip(
            ui::FileDialogSlipQuestion::createDialog(nullptr, dir.filePath(QStringLiteral("phieu-duyet.pdf"))));
        slip->show();
        QTest::qWait(50); // the file system model fills in the background
        collector.collectWidgetTree(slip.get(), QStringLiteral("slip file dialog"));

        ui::UserManagementDialog users(w.ws.db(), w.user);
        users.show();
        collector.collectWidgetTree(&users, QStringLiteral("UserManagementDialog"));
        QVERIFY(!users.createUser()); // empty form: the core's message shows
        QVERIFY(!users.message().isEmpty());
        collector.collectWidgetTree(&users, QStringLiteral("UserManagementDialog (message)"));
        const qint64 reporterId = w.ws.addUser(QStringLiteral("phongvien"), Role::Reporter);
        ui::UserManagementDialog refused(w.ws.db(), UserRepository(w.ws.db()).load(reporterId).value());
        collector.collectWidgetTree(&refused, QStringLiteral("UserManagementDialog (reporter)"));
        QVERIFY(w.notifier.errors.isEmpty());
        verifyVietnamese(collector);
    }

    // Báo cáo ▸ Nhuận bút tháng…, the royalty scheme, the points asked when approving (refused here: the
    // article is a draft, so the core's message shows too) and Xem ▸ Thống kê.
    void reportsAndRoyalties()
    {
        Workspace w;
        QVERIFY(w.ws.ok());
        const qint64 id = w.addArticle(kTitle);
        QVERIFY(id > 0);
        UiStringCollector collector;
        ui::RoyaltiesDialog royalties(w.ws.db(), w.user);
        royalties.show();
        collector.collectWidgetTree(&royalties, QStringLiteral("RoyaltiesDialog"));
        ui::RoyaltySchemeDialog scheme(w.ws.db(), w.user);
        scheme.show();
        collector.collectWidgetTree(&scheme, QStringLiteral("RoyaltySchemeDialog"));
        ui::RoyaltyPointsDialog points(w.ws.db(), w.user, id, kTitle);
        points.show();
        points.accept();
        QVERIFY(!points.errorMessage().isEmpty());
        collector.collectWidgetTree(&points, QStringLiteral("RoyaltyPointsDialog (refused)"));
        ui::StatisticsWindow statistics(w.ws.db());
        statistics.show();
        collector.collectWidgetTree(&statistics, QStringLiteral("StatisticsWindow"));
        QVERIFY(w.notifier.errors.isEmpty());
        verifyVietnamese(collector);
    }

    void messagesAndQuestions()
    {
        UiStringCollector collector;
        QWidget parent;
        parent.show();
        ui::MessageBoxNotifier notifier;
        QVERIFY(collectModal(collector, QStringLiteral("error message"), [&] {
            notifier.showError(
                &parent, QStringLiteral("Không lưu được bài viết"),
                makeError(ErrorCode::Storage, QStringLiteral("Ổ đĩa đã đầy."), QStringLiteral("SQLITE_IOERR (10)")));
        }));
        QVERIFY(collectModal(collector, QStringLiteral("discard question"),
                             [&] { notifier.confirmDiscard(&parent, QStringLiteral("Bỏ các thay đổi?")); }));
        ui::MessageBoxSaveQuestion save;
        QVERIFY(collectModal(collector, QStringLiteral("save question"), [&] { save.ask(&parent, kTitle); }));

        // Every standard button, and "Show Details..." of a box with details.
        QMessageBox box(QMessageBox::Question, QStringLiteral("Câu hỏi"), QStringLiteral("Nội dung câu hỏi."),
                        QMessageBox::Ok | QMessageBox::Save | QMessageBox::SaveAll | QMessageBox::Open |
                            QMessageBox::Yes | QMessageBox::YesToAll | QMessageBox::No | QMessageBox::NoToAll |
                            QMessageBox::Abort | QMessageBox::Retry | QMessageBox::Ignore | QMessageBox::Close |
                            QMessageBox::Cancel | QMessageBox::Discard | QMessageBox::Help | QMessageBox::Apply |
                            QMessageBox::Reset | QMessageBox::RestoreDefaults,
                        &parent);
        box.setDetailedText(QStringLiteral("Chi tiết kỹ thuật."));
        box.show();
        collector.collectWidgetTree(&box, QStringLiteral("QMessageBox"));
        QInputDialog input(&parent);
        input.show();
        collector.collectWidgetTree(&input, QStringLiteral("QInputDialog"));
        verifyVietnamese(collector);
    }

    void fileDialog_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("nominal: open") << int(QFileDialog::AcceptOpen);
        QTest::newRow("nominal: save") << int(QFileDialog::AcceptSave);
        QTest::newRow("nominal: directory") << -1;
    }

    void fileDialog()
    {
        QFETCH(int, mode);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("Bài viết")));
        QFileDialog dialog(nullptr, QString(), dir.path());
        if (mode < 0) {
            dialog.setFileMode(QFileDialog::Directory);
        } else {
            dialog.setAcceptMode(QFileDialog::AcceptMode(mode));
        }
        dialog.show();
        QTest::qWait(50); // the file system model fills in the background
        UiStringCollector collector;
        collector.collectWidgetTree(&dialog, QStringLiteral("QFileDialog"));
        // The file list's context menu (rename, delete, hidden files, new folder).
        // Qt's own dialog (AA_DontUseNativeDialogs), with its file list and context menu (rename,
        // delete, hidden files, new folder).
        auto *list = dialog.findChild<QListView *>(QStringLiteral("listView"));
        QVERIFY(list);
        QVERIFY(collectModal(collector, QStringLiteral("QFileDialog context menu"),
                             [list] { emit list->customContextMenuRequested(QPoint(2, 2)); }));
        verifyVietnamese(collector);
    }

    void standardContextMenus()
    {
        UiStringCollector collector;
        QLineEdit line(QStringLiteral("Quận ủy"));
        std::unique_ptr<QMenu> lineMenu(line.createStandardContextMenu());
        collector.collectWidgetTree(lineMenu.get(), QStringLiteral("QLineEdit menu"));
        QTextEdit edit;
        edit.setHtml(QStringLiteral("<a href=\"https://example.org\">liên kết</a>"));
        std::unique_ptr<QMenu> editMenu(edit.createStandardContextMenu(QPoint(2, 2)));
        collector.collectWidgetTree(editMenu.get(), QStringLiteral("QTextEdit menu"));
        // The schedule field's kind of date field (the app's stays disabled until a time is set).
        QDateTimeEdit date(QDateTime::currentDateTime());
        date.setCalendarPopup(true);
        date.show();
        QVERIFY(collectContextMenu(collector, QStringLiteral("date field context menu"), &date));
        collector.collectWidgetTree(date.calendarWidget(), QStringLiteral("calendar"));
        QScrollBar vertical(Qt::Vertical);
        vertical.show();
        QVERIFY(collectContextMenu(collector, QStringLiteral("vertical scroll bar menu"), &vertical));
        QScrollBar horizontal(Qt::Horizontal);
        horizontal.show();
        QVERIFY(collectContextMenu(collector, QStringLiteral("horizontal scroll bar menu"), &horizontal));
        // The Qt texts really came from qt_vi: the menu holds "Hoàn tác".
        const QList<test::UiString> &strings = collector.strings();
        QVERIFY(std::any_of(strings.cbegin(), strings.cend(), [](const test::UiString &s) {
            return test::plainUiText(s.text).startsWith(QStringLiteral("Hoàn tác"));
        }));
        verifyVietnamese(collector);
    }
};

QTEST_MAIN(TestVietnameseUi)
#include "tst_vietnamese_ui.moc"
