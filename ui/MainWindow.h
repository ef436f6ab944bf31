#pragma once

#include "app/model/User.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/MediaRepository.h"
#include "app/storage/OutboxRepository.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/storage/UserRepository.h"
#include "ui/common/WindowContext.h"
#include "ui/recovery/RecoveryDialog.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolBar;

namespace toasoan {
class ArticleSearch;
class Database;
class Settings;
} // namespace toasoan

namespace toasoan::ui {

class ArticleFileExport;
class ArticleFileImport;
class ArticleListPane;
class ArticleRecordActions;
class ArticleTab;
class ArticleTableModel;
class ArticleTabs;
class Notifier;
class PublishActions;
class BackupActions;
class Publishing;
class SaveQuestion;
class WorkflowController;
class SpellService;
class SearchIndexing;

/// The newsroom window: the article list (search and filters), the open articles in tabs, and
/// the current article's details, side by side in a splitter; menus, a toolbar and a status bar
/// (word count, save state, publishing queue). It talks to the database only through
/// repositories and services, and reports failures through a Notifier. Its features (history,
/// workflow, publishing, users) reach it only as a WindowContext; it places their actions.
class MainWindow final : public QMainWindow, public WindowContext
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Database &db, const User &user, Settings &settings, Notifier &notifier, QWidget *parent = nullptr);
    ~MainWindow() override;

    // WindowContext
    QWidget *dialogParent() const override { return const_cast<MainWindow *>(this); }
    Database &database() const override { return m_db; }
    const User &user() const override { return m_user; }
    Notifier &notifier() const override { return m_notifier; }
    Settings &settings() const override { return m_settings; }
    ArticleTabs *tabs() const override { return m_tabs; }
    ArticleTab *currentTab() const override;
    ArticleListPane *listPane() const override { return m_list; }
    void refreshList(qint64 articleId = 0) override;
    void showStatus(const QString &text, int timeoutMs = 8000) override;
    void addDock(QDockWidget *dock) override;

    ArticleTableModel *articleModel() const;
    /// True while the workspace has no article and the invitation to write the first one shows.
    bool isEmptyStateShown() const;
    /// Replaces the Save / Don't save / Cancel question (tests answer without a modal loop).
    void setSaveQuestion(SaveQuestion *question);
    /// The recovery dialog while it is open.
    RecoveryDialog *recoveryDialog() const { return m_recovery; }
    /// The workflow menu, bars, locks, comments and inbox.
    WorkflowController *workflow() const { return m_workflow; }
    /// Adds the publishing menu, the outbox dock and live queue updates (ui/publish/); once.
    void setPublishing(Publishing *publishing);
    ArticleRecordActions *recordActions() const { return m_records; }
    /// "Tệp ▸ Nhập tệp…" and files dropped on the window or the list.
    ArticleFileImport *fileImport() const { return m_fileImport; }
    ArticleFileExport *fileExport() const { return m_fileExport; }
    PublishActions *publishActions() const { return m_publishActions; }
    /// The File menu's backup entries and the automatic daily backup (started by the application).
    BackupActions *backupActions() const { return m_backupActions; }
    /// The window was closed by logOut(): the application asks for a log-in again.
    bool loggedOut() const { return m_loggedOut; }

public slots:
    /// Opens a blank article in a new tab.
    void newArticle();
    /// Saves a revision of the current article; false (and a message, text kept) when it failed.
    bool saveArticle();
    /// Opens the article in a tab (or brings its tab to the front).
    ArticleTab *openArticle(qint64 id) override;
    /// Closes the current tab, asking about unsaved changes.
    bool closeCurrentTab();
    /// Shows what autosave kept of articles not saved before the last exit, if anything;
    /// the dialog does not block (it is window-modal).
    void offerRecoveries();
    /// Shows next to each field what is missing before the article can be submitted.
    bool checkArticle();
    /// Reads the publishing queue's size for the status bar.
    void refreshOutboxState();
    /// "Đăng xuất": closes the window as Quit does (asking about unsaved changes, remembering
    /// this user's tabs), so that someone else can log in; false when the user cancelled.
    bool logOut();

signals:
    void articleSaved(qint64 id);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void updateActions();
    void updateStatus();
    void useEditorActions(ArticleTab *tab);
    void showShortcuts();
    void showAbout();
    void openSettings();
    void normalizeToneMarks();
    void restoreLayout();
    void restoreSession();
    void saveLayoutAndSession();
    void focusPane(int pane);

    Database &m_db;
    ArticleRepository m_articles;
    TaxonomyRepository m_taxonomy;
    MediaRepository m_media;
    UserRepository m_users;
    OutboxRepository m_outbox;
    std::unique_ptr<ArticleSearch> m_search;
    User m_user;
    Settings &m_settings;
    Notifier &m_notifier;
    SpellService *m_spell = nullptr;
    SearchIndexing *m_searchIndexing = nullptr;
    bool m_shownOnce = false;
    bool m_loggedOut = false;

    ArticleListPane *m_list = nullptr;
    ArticleTabs *m_tabs = nullptr;
    QStackedWidget *m_editorStack = nullptr;
    QWidget *m_noArticle = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_details = nullptr;
    WorkflowController *m_workflow = nullptr;
    QPointer<RecoveryDialog> m_recovery;
    PublishActions *m_publishActions = nullptr;
    ArticleRecordActions *m_records = nullptr;
    BackupActions *m_backupActions = nullptr;
    ArticleFileImport *m_fileImport = nullptr;
    ArticleFileExport *m_fileExport = nullptr;

    QLabel *m_userLabel = nullptr;
    QLabel *m_wordsLabel = nullptr;
    QLabel *m_savedLabel = nullptr;
    QLabel *m_outboxLabel = nullptr;

    QMenu *m_editMenu = nullptr;
    QMenu *m_formatMenu = nullptr;
    QMenu *m_zoomMenu = nullptr;
    QToolBar *m_formatBar = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_logOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_nextTabAction = nullptr;
    QAction *m_previousTabAction = nullptr;
    QAction *m_listPaneAction = nullptr;
    QAction *m_detailsPaneAction = nullptr;
    QAction *m_focusListAction = nullptr;
    QAction *m_focusEditorAction = nullptr;
    QAction *m_focusDetailsAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_convertAction = nullptr;
    QAction *m_toneAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace toasoan::ui
