#include "ui/MainWindow.h"

#include "app/editing/RecoveryReview.h"
#include "app/search/ArticleSearch.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/SqliteErrors.h"
#include "app/workflow/WorkflowService.h"
#include "ui/ArticleTableModel.h"
#include "ui/ConnectionWatch.h"
#include "ui/article/ArticleListPane.h"
#include "ui/article/ArticleTab.h"
#include "ui/article/ArticleTabs.h"
#include "ui/common/Notifier.h"
#include "ui/editor/RichTextEditor.h"
#include "ui/metadata/MetadataPanel.h"
#include "ui/recovery/RecoveryDialog.h"
#include "ui/search/SearchIndexing.h"
#include "ui/spell/SpellService.h"
#include "ui/workflow/Banner.h"
#include "ui/workflow/WorkflowController.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace toasoan::ui {

MainWindow::MainWindow(Database &db, const User &user, Settings &settings, Notifier &notifier, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_articles(db), m_taxonomy(db), m_media(db), m_users(db), m_outbox(db),
      m_search(std::make_unique<ArticleSearch>(db)), m_user(user), m_settings(settings), m_notifier(notifier)
{
    // What is per person (layout, open articles, spell check) is this user's from here on.
    settings.setUser(user.login);
    setObjectName(QStringLiteral("mainWindow"));
    // "[*]" is where Qt marks unsaved changes; Qt appends the application's display name.
    // A read-only file still opens, for reading: the title says why nothing can be saved.
    setWindowTitle((db.isShared() ? db.displayName() : QFileInfo(db.path()).fileName()) +
                   (sqliteerrors::openedReadOnly(db) ? tr(" (read-only)") : QString()) + QStringLiteral("[*]"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/toasoan.svg")));

    m_list = new ArticleListPane(m_articles, m_taxonomy, m_users, m_search.get(), m_user, this);

    m_tabs = new ArticleTabs({db, m_articles, m_taxonomy, m_media}, m_user, m_notifier, this);
    m_tabs->setLengthLimits({settings.titleLengthLimit(), settings.sapoLengthLimit()});
    m_tabs->setAutosaveInterval(settings.autosaveIntervalSeconds());
    // One checker for every tab; its dictionary loads in the background when the first article opens.
    m_spell = new SpellService(&db, user.id, &settings, this);
    connect(m_spell, &SpellService::enabledChanged, this, [this](bool enabled) {
        statusBar()->showMessage(enabled ? tr("Spell check on: doubtful words are underlined in red and the check "
                                              "before submitting (F7) lists them.")
                                         : tr("Spell check off: words are not underlined and the check before "
                                              "submitting (F7) does not check spelling."),
                                 8000);
    });
    m_tabs->setSpellService(m_spell);
    // Articles from a bulk import become searchable in the background; a search shown meanwhile is
    // run again when they are.
    m_searchIndexing = new SearchIndexing(db, this);
    connect(m_searchIndexing, &SearchIndexing::finished, this, [this](int indexed) {
        if (indexed > 0) {
            m_list->model()->reload();
        }
    });
    m_searchIndexing->start();

    m_noArticle = new QLabel(tr("Choose an article in the list, or start a new one with Ctrl+N."), this);
    m_noArticle->setObjectName(QStringLiteral("noArticle"));
    static_cast<QLabel *>(m_noArticle)->setAlignment(Qt::AlignCenter);
    static_cast<QLabel *>(m_noArticle)->setWordWrap(true);
    m_editorStack = new QStackedWidget(this);
    m_editorStack->addWidget(m_noArticle);
    m_editorStack->addWidget(m_tabs);

    m_tabs->metadataStack()->setAccessibleName(tr("Article details"));
    m_workflow = new WorkflowController(*this);
    // The details pane: the article's fields, its editorial comments (and what else joins them).
    m_details = new QTabWidget(this);
    m_details->setObjectName(QStringLiteral("detailsTabs"));
    m_details->setDocumentMode(true);
    m_details->setAccessibleName(tr("Article details"));
    m_details->addTab(m_tabs->metadataStack(), tr("Details"));
    m_workflow->addCommentsTab(m_details);
    QWidget *details = m_details;

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_editorStack);
    m_splitter->addWidget(details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(false);
    // Above everything: the shared database server is out of reach (ConnectionWatch).
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    auto *connectionBanner = new Banner(QStringLiteral("connectionBanner"), Banner::Tone::Problem, central);
    centralLayout->addWidget(connectionBanner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    auto *connection = new ConnectionWatch(db, connectionBanner, this);
    connect(connection, &ConnectionWatch::restored, this, [this] {
        showStatus(tr("The connection to the database server is back."));
        m_tabs->autosaveAll(); // what waited in the window goes to the server now
        refreshList();
    });

    createActions();
    createMenus();
    createStatusBar();

    connect(m_list, &ArticleListPane::openRequested, this, &MainWindow::openArticle);
    connect(m_list, &ArticleListPane::newArticleRequested, this, &MainWindow::newArticle);
    connect(m_list, &ArticleListPane::failed, this,
            [this](const QString &title, const Error &error) { m_notifier.showError(this, title, error); });
    connect(m_tabs, &ArticleTabs::currentArticleChanged, this, [this](ArticleTab *tab) {
        m_editorStack->setCurrentWidget(tab ? static_cast<QWidget *>(m_tabs) : m_noArticle);
        m_list->selectArticle(tab ? tab->articleId() : 0);
        useEditorActions(tab);
        updateActions();
        updateStatus();
    });
    connect(m_tabs, &ArticleTabs::stateChanged, this, &MainWindow::updateStatus);
    connect(m_tabs, &ArticleTabs::wordCountChanged, this,
            [this](int words) { m_wordsLabel->setText(tr("%n word(s)", nullptr, words)); });
    connect(m_tabs, &ArticleTabs::articleStored, this, [this](qint64 id) {
        m_list->reload(id);
        emit articleSaved(id);
    });
    connect(m_tabs, &ArticleTabs::articleDiscarded, this, [this] { m_list->reload(); });
    connect(m_workflow, &WorkflowController::stateChanged, this, &MainWindow::updateActions);

    auto *outboxTimer = new QTimer(this);
    outboxTimer->setInterval(30 * 1000); // the queue changes in the background, slowly
    connect(outboxTimer, &QTimer::timeout, this, &MainWindow::refreshOutboxState);
    outboxTimer->start();
    refreshOutboxState();

    restoreLayout();
    restoreSession();
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Hiding moves the focus, and the tabs autosave (and signal) when the editor loses it: let that
    // happen while this is still a whole MainWindow, not from ~QWidget.
    hide();
}

ArticleTableModel *MainWindow::articleModel() const
{
    return m_list->model();
}

ArticleTab *MainWindow::currentTab() const
{
    return m_tabs->currentArticleTab();
}

void MainWindow::refreshList(qint64 articleId)
{
    m_list->reload(articleId != 0 ? articleId : currentArticleId());
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::addDock(QDockWidget *dock)
{
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    // The window restored its layout before this dock existed: give the dock its saved place.
    restoreDockWidget(dock);
}

bool MainWindow::isEmptyStateShown() const
{
    return m_list->isEmptyStateShown();
}

void MainWindow::setSaveQuestion(SaveQuestion *question)
{
    m_tabs->setSaveQuestion(question);
}

void MainWindow::newArticle()
{
    m_tabs->newArticle();
    updateActions();
}

bool MainWindow::saveArticle()
{
    return m_tabs->saveTab(currentTab());
}

ArticleTab *MainWindow::openArticle(qint64 id)
{
    ArticleTab *tab = m_tabs->openArticle(id);
    updateActions();
    return tab;
}

bool MainWindow::closeCurrentTab()
{
    return m_tabs->closeTab(currentTab());
}

bool MainWindow::checkArticle()
{
    ArticleTab *tab = currentTab();
    if (!tab) {
        return false;
    }
    const bool ok = tab->validate();
    if (!ok) {
        statusBar()->showMessage(tr("Some fields need attention before submitting; see the messages."), 8000);
        return false;
    }
    // Filled in; the spelling decides whether it reads as ready.
    const ArticleTab::Spelling spelling = tab->spelling();
    QString message;
    switch (spelling.status) {
    case ArticleTab::Spelling::Status::Checked:
        message = spelling.doubtfulWords.isEmpty()
                      ? tr("Ready to submit: headline, sapo, body and category are filled in.")
                      : tr("Headline, sapo, body and category are filled in, but check the spelling: %1")
                            .arg(ArticleTab::doubtfulWordsSentence(spelling.doubtfulWords));
        break;
    case ArticleTab::Spelling::Status::Off:
        message = tr("Headline, sapo, body and category are filled in. Spelling was not checked: spell check is "
                     "off (Edit menu).");
        break;
    case ArticleTab::Spelling::Status::Unavailable:
        message = tr("Headline, sapo, body and category are filled in. Spelling was not checked: no Vietnamese "
                     "dictionary.");
        break;
    case ArticleTab::Spelling::Status::Checking:
        message = tr("Headline, sapo, body and category are filled in. The spell check is still running: press F7 "
                     "again in a moment.");
        break;
    }
    statusBar()->showMessage(message, 8000);
    return true;
}

void MainWindow::offerRecoveries()
{
    if (m_recovery) {
        return;
    }
    auto found = editing::reviewRecoveries(m_articles, m_user.id, [this](qint64 id) -> QString {
        auto category = m_taxonomy.loadCategory(id);
        return category ? category->name : QString();
    });
    if (!found) {
        m_notifier.showError(this, tr("Cannot read the autosaved changes"), found.error());
        return;
    }
    if (found->isEmpty()) {
        return;
    }
    m_recovery = new RecoveryDialog(found.value(), this);
    m_recovery->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_recovery, &RecoveryDialog::restoreRequested, this, [this](const editing::RecoveredArticle &item) {
        m_tabs->openModified(editing::restoredArticle(item));
        updateActions();
    });
    connect(m_recovery, &RecoveryDialog::skipRequested, this, [this](qint64 articleId) {
        if (auto discarded = m_articles.discardRecovery(articleId); !discarded) {
            m_notifier.showError(this, tr("Cannot discard the recovered changes"), discarded.error());
        }
    });
    m_recovery->open();
}

void MainWindow::refreshOutboxState()
{
    auto pending = m_outbox.countPending();
    if (!pending) {
        m_outboxLabel->setText(tr("Publishing queue: unknown"));
        m_outboxLabel->setToolTip(pending.error().message);
        return;
    }
    m_outboxLabel->setText(pending.value() == 0 ? tr("Publishing queue: empty")
                                                : tr("Publishing queue: %1").arg(pending.value()));
    m_outboxLabel->setToolTip(tr("Articles waiting to be published on the websites"));
}

void MainWindow::createStatusBar()
{
    m_userLabel = new QLabel(tr("Logged in as %1 (%2)").arg(m_user.displayName, roleLabel(m_user.role)), this);
    m_userLabel->setAccessibleName(tr("Logged-in user"));
    m_wordsLabel = new QLabel(this);
    m_wordsLabel->setObjectName(QStringLiteral("wordsLabel"));
    m_wordsLabel->setAccessibleName(tr("Word count"));
    m_savedLabel = new QLabel(this);
    m_savedLabel->setObjectName(QStringLiteral("savedLabel"));
    m_savedLabel->setAccessibleName(tr("Save state"));
    m_outboxLabel = new QLabel(this);
    m_outboxLabel->setObjectName(QStringLiteral("outboxLabel"));
    m_outboxLabel->setAccessibleName(tr("Publishing queue"));
    statusBar()->addWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_wordsLabel);
    statusBar()->addPermanentWidget(m_savedLabel);
    statusBar()->addPermanentWidget(m_outboxLabel);
}

void MainWindow::updateStatus()
{
    ArticleTab *tab = currentTab();
    m_savedLabel->setText(m_tabs->saveStateText());
    // The count itself arrives by wordCountChanged(): counting a long body here would make every
    // autosave and keystroke pay for it.
    m_wordsLabel->setVisible(tab != nullptr);
    setWindowModified(m_tabs->hasUnsavedChanges());
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.mainWindowGeometry())) {
        // First start: 1280×800, but never larger than the screen's free area (a 1366×768
        // office screen would hide the status bar and the editor's tabs).
        QSize size(1280, 800);
        if (const QScreen *screen = this->screen()) {
            size = size.boundedTo(screen->availableGeometry().size());
        }
        resize(size);
    }
    restoreState(m_settings.mainWindowState());
    const QList<int> sizes = m_settings.mainSplitterSizes();
    m_splitter->setSizes(sizes.size() == 3 ? sizes : QList<int>{330, 590, 360});
}

void MainWindow::restoreSession()
{
    const QList<qint64> ids = m_settings.openArticles(m_db.identity());
    for (qint64 id : ids) {
        // An article deleted since, or one this user may not read, is simply not reopened.
        if (auto readable = WorkflowService(m_db).openArticle(id, m_user.id); readable) {
            m_tabs->openArticle(id, false);
        }
    }
    if (ArticleTab *current = m_tabs->tabFor(m_settings.currentArticle(m_db.identity()))) {
        m_tabs->setCurrentWidget(current);
    }
}

void MainWindow::saveLayoutAndSession()
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.setMainSplitterSizes(m_splitter->sizes());
    ArticleTab *current = currentTab();
    m_settings.setOpenArticles(m_db.identity(), m_tabs->openIds(), current ? current->articleId() : 0);
    m_settings.sync();
}

bool MainWindow::logOut()
{
    m_loggedOut = close();
    return m_loggedOut;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Remember the tabs while closing them one by one (a new article saved on the way counts);
    // asking may still cancel.
    ArticleTab *front = currentTab();
    const qint64 current = front ? front->articleId() : 0;
    QList<qint64> ids;
    if (!m_tabs->closeAll(&ids)) {
        event->ignore();
        updateStatus();
        return;
    }
    saveLayoutAndSession();
    m_settings.setOpenArticles(m_db.identity(), ids, current);
    m_settings.sync();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange && !isActiveWindow()) {
        m_tabs->autosaveAll(); // the user went to another window
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        QTimer::singleShot(0, this, &MainWindow::offerRecoveries);
    }
}

} // namespace toasoan::ui
