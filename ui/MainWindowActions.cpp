// MainWindow: actions, menus, toolbars and the keyboard map.
#include "app/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/article/ArticleFileExport.h"
#include "ui/article/ArticleFileImport.h"
#include "ui/article/ArticleListPane.h"
#include "ui/article/ArticleTab.h"
#include "ui/article/ArticleTabs.h"
#include "ui/backup/BackupActions.h"
#include "ui/common/ShortcutsDialog.h"
#include "ui/common/ThemedIcon.h"
#include "ui/database/DatabaseDialog.h"
#include "ui/database/SchemaUpdate.h"
#include "ui/editor/RichTextEditor.h"
#include "ui/history/ArticleRecordActions.h"
#include "ui/history/ConflictActions.h"
#include "ui/metadata/MetadataPanel.h"
#include "ui/publish/PublishActions.h"
#include "ui/publish/Publishing.h"
#include "ui/report/RoyaltiesDialog.h"
#include "ui/report/RoyaltyPointsDialog.h"
#include "ui/report/RoyaltySchemeDialog.h"
#include "ui/report/StatisticsWindow.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/setup/FirstStartWizard.h"
#include "ui/taxonomy/TaxonomyDialog.h"
#include "ui/tools/ConvertEncodingDialog.h"
#include "ui/tools/ToneStyleDialog.h"
#include "ui/users/UserManagementDialog.h"
#include "ui/workflow/WorkflowController.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <functional>

namespace toasoan::ui {

namespace {

QAction *makeAction(QObject *parent, const QIcon &icon, const QString &text, const QKeySequence &shortcut,
                    const QString &accessibleName)
{
    auto *action = new QAction(icon, text, parent);
    action->setShortcut(shortcut);
    // The tooltip names the shortcut, so the mouse teaches the keyboard.
    const QString plain = QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026));
    action->setToolTip(shortcut.isEmpty() ? plain
                                          : plain + QStringLiteral(" (") + shortcut.toString(QKeySequence::NativeText) +
                                                QLatin1Char(')'));
    action->setStatusTip(accessibleName);
    action->setWhatsThis(accessibleName);
    return action;
}

} // namespace

void MainWindow::createActions()
{
    m_newAction = makeAction(this, QIcon(QStringLiteral(":/icons/new.svg")), tr("&New article"),
                             QKeySequence(Qt::CTRL | Qt::Key_N), tr("Start a new article in a new tab"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newArticle);

    m_saveAction = makeAction(this, QIcon(QStringLiteral(":/icons/save.svg")), tr("&Save"),
                              QKeySequence(Qt::CTRL | Qt::Key_S), tr("Save a revision of the article"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveArticle);

    m_closeTabAction = makeAction(this, themedIcon(QStringLiteral(":/icons/close-tab.svg")), tr("&Close article"),
                                  QKeySequence(Qt::CTRL | Qt::Key_W), tr("Close the article's tab"));
    connect(m_closeTabAction, &QAction::triggered, this, &MainWindow::closeCurrentTab);

    m_logOutAction = makeAction(this, themedIcon(QStringLiteral(":/icons/quit.svg")), tr("Log &out"), QKeySequence(),
                                tr("Close your articles and let someone else log in on this computer"));
    connect(m_logOutAction, &QAction::triggered, this, &MainWindow::logOut);

    m_quitAction = makeAction(this, QIcon(QStringLiteral(":/icons/quit.svg")), tr("&Quit"),
                              QKeySequence(Qt::CTRL | Qt::Key_Q), tr("Close ToaSoan"));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_searchAction = makeAction(this, themedIcon(QStringLiteral(":/icons/search.svg")), tr("Search &articles…"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), tr("Search the article list"));
    connect(m_searchAction, &QAction::triggered, m_list, &ArticleListPane::focusSearch);

    m_reloadAction =
        makeAction(this, QIcon(), tr("&Reload list"), QKeySequence(Qt::Key_F5), tr("Read the article list again"));
    connect(m_reloadAction, &QAction::triggered, this, [this] {
        refreshList();
        refreshOutboxState();
        m_workflow->refreshFromDatabase();
    });

    m_previewAction =
        makeAction(this, themedIcon(QStringLiteral(":/icons/preview.svg")), tr("&Preview"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), tr("Show the article as the website will"));
    m_previewAction->setCheckable(true);
    connect(m_previewAction, &QAction::toggled, this, [this](bool on) {
        if (ArticleTab *tab = currentTab()) {
            on ? tab->showPreview() : tab->showEditor();
        }
    });

    m_nextTabAction = makeAction(this, QIcon(), tr("Ne&xt article"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                                 tr("Show the next open article"));
    connect(m_nextTabAction, &QAction::triggered, this, [this] {
        if (m_tabs->count() > 1) {
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
        }
    });
    m_previousTabAction = makeAction(this, QIcon(), tr("Pre&vious article"), QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                                     tr("Show the previous open article"));
    connect(m_previousTabAction, &QAction::triggered, this, [this] {
        if (m_tabs->count() > 1) {
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
        }
    });

    m_listPaneAction = makeAction(this, QIcon(), tr("Article &list"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                                  tr("Show or hide the article list"));
    m_listPaneAction->setCheckable(true);
    m_listPaneAction->setChecked(true);
    connect(m_listPaneAction, &QAction::toggled, m_list, &QWidget::setVisible);
    m_detailsPaneAction =
        makeAction(this, QIcon(), tr("Article &details"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                   tr("Show or hide the article details"));
    m_detailsPaneAction->setCheckable(true);
    m_detailsPaneAction->setChecked(true);
    connect(m_detailsPaneAction, &QAction::toggled, m_details, &QWidget::setVisible);

    m_focusListAction = makeAction(this, QIcon(), tr("Go to the list"), QKeySequence(Qt::ALT | Qt::Key_1),
                                   tr("Move the keyboard focus to the article list"));
    connect(m_focusListAction, &QAction::triggered, this, [this] { focusPane(0); });
    m_focusEditorAction = makeAction(this, QIcon(), tr("Go to the body"), QKeySequence(Qt::ALT | Qt::Key_2),
                                     tr("Move the keyboard focus to the article body"));
    connect(m_focusEditorAction, &QAction::triggered, this, [this] { focusPane(1); });
    m_focusDetailsAction = makeAction(this, QIcon(), tr("Go to the details"), QKeySequence(Qt::ALT | Qt::Key_3),
                                      tr("Move the keyboard focus to the article details"));
    connect(m_focusDetailsAction, &QAction::triggered, this, [this] { focusPane(2); });

    m_checkAction =
        makeAction(this, themedIcon(QStringLiteral(":/icons/check.svg")), tr("C&heck before submitting"),
                   QKeySequence(Qt::Key_F7), tr("Show what is missing before the article can be submitted"));
    connect(m_checkAction, &QAction::triggered, this, &MainWindow::checkArticle);

    m_settingsAction = makeAction(this, QIcon(), tr("Se&ttings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                                  tr("Language, autosave, and the office's name and house style"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_convertAction = makeAction(this, QIcon(), tr("&Convert legacy encoding…"), {},
                                 tr("Convert text or a file typed in TCVN3, VNI or VIQR to Unicode"));
    connect(m_convertAction, &QAction::triggered, this, [this] {
        auto *dialog = new ConvertEncodingDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->open();
    });

    m_toneAction = makeAction(this, QIcon(), tr("&Normalize tone marks…"), {},
                              tr("Put the tone marks of the selection or the article in the house style"));
    connect(m_toneAction, &QAction::triggered, this, &MainWindow::normalizeToneMarks);

    m_shortcutsAction = makeAction(this, QIcon(), tr("&Keyboard shortcuts"), QKeySequence(Qt::Key_F1),
                                   tr("List every keyboard shortcut"));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_aboutAction = makeAction(this, QIcon(QStringLiteral(":/icons/about.svg")), tr("&About ToaSoan"), {},
                               tr("Version and workspace"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = makeAction(this, QIcon(), tr("About &Qt"), {}, tr("The Qt toolkit ToaSoan is built with"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    // Window-wide shortcuts work whichever pane has the focus.
    addActions({m_newAction, m_saveAction, m_closeTabAction, m_quitAction, m_searchAction, m_reloadAction,
                m_previewAction, m_nextTabAction, m_previousTabAction, m_listPaneAction, m_detailsPaneAction,
                m_focusListAction, m_focusEditorAction, m_focusDetailsAction, m_checkAction, m_settingsAction,
                m_shortcutsAction});
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_newAction);
    fileMenu->addAction(m_saveAction);
    fileMenu->addAction(m_closeTabAction);
    fileMenu->addSeparator();
    m_fileImport = new ArticleFileImport(*this, this);
    m_fileImport->acceptDropsOn(this);
    m_fileImport->acceptDropsOn(m_list->table());
    fileMenu->addAction(m_fileImport->action());
    m_fileExport = new ArticleFileExport(*this, this);
    fileMenu->addAction(m_fileExport->action());
    m_list->table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->table()->addAction(m_fileExport->listAction());
    fileMenu->addSeparator();
    fileMenu->addAction(m_settingsAction);
    fileMenu->addAction(DatabaseDialog::createMenuAction(*this));
    fileMenu->addAction(UserManagementDialog::createMenuAction(*this));
    fileMenu->addAction(TaxonomyDialog::createMenuAction(*this));
    fileMenu->addAction(RoyaltySchemeDialog::createMenuAction(*this));
    fileMenu->addAction(FirstStartWizard::createMenuAction(*this));
    fileMenu->addSeparator();
    m_backupActions = new BackupActions(*this, this);
    fileMenu->addAction(m_backupActions->backupNowAction());
    fileMenu->addAction(m_backupActions->restoreAction());
    fileMenu->addAction(SchemaUpdateDialog::createMenuAction(*this));
    fileMenu->addSeparator();
    fileMenu->addAction(m_logOutAction);
    fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_formatMenu = menuBar()->addMenu(tr("F&ormat"));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_previewAction);
    viewMenu->addSeparator();
    viewMenu->addAction(m_nextTabAction);
    viewMenu->addAction(m_previousTabAction);
    viewMenu->addSeparator();
    viewMenu->addAction(m_listPaneAction);
    viewMenu->addAction(m_detailsPaneAction);
    viewMenu->addAction(m_focusListAction);
    viewMenu->addAction(m_focusEditorAction);
    viewMenu->addAction(m_focusDetailsAction);
    viewMenu->addSeparator();
    m_zoomMenu = viewMenu->addMenu(tr("&Zoom"));
    viewMenu->addSeparator();
    viewMenu->addAction(StatisticsWindow::createMenuAction(*this));

    QMenu *articleMenu = menuBar()->addMenu(tr("&Article"));
    articleMenu->addAction(m_saveAction);
    articleMenu->addAction(m_checkAction);
    articleMenu->addSeparator();
    m_records = new ArticleRecordActions(*this);
    articleMenu->addActions(m_records->actions());
    ConflictActions::attach(*this, *m_workflow, articleMenu);
    articleMenu->addSeparator();
    articleMenu->addAction(m_searchAction);
    articleMenu->addAction(m_reloadAction);

    RoyaltyPointsDialog::attach(*this, *m_workflow);
    menuBar()->addMenu(m_workflow->menu());

    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    toolsMenu->addAction(m_toneAction);
    toolsMenu->addAction(m_convertAction);

    QMenu *reportsMenu = menuBar()->addMenu(tr("&Reports"));
    reportsMenu->addAction(RoyaltiesDialog::createMenuAction(*this));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_shortcutsAction);
    helpMenu->addAction(m_aboutAction);
    helpMenu->addAction(m_aboutQtAction);

    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar")); // saveState() needs a name
    toolBar->setAccessibleName(tr("Main toolbar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_saveAction);
    toolBar->addSeparator();
    toolBar->addAction(m_previewAction);
    toolBar->addAction(m_checkAction);
    // The toolbar is short of room next to the formatting one: this long name shows in the menu
    // and the tooltip, the toolbar shows the icon.
    if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(m_checkAction))) {
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }

    m_formatBar = addToolBar(tr("Formatting"));
    m_formatBar->setObjectName(QStringLiteral("formatToolBar"));
    m_formatBar->setAccessibleName(tr("Formatting"));
    m_formatBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_formatBar->setMovable(false);
    useEditorActions(nullptr);
}

void MainWindow::setPublishing(Publishing *publishing)
{
    if (m_publishActions || !publishing) {
        return;
    }
    m_publishActions = new PublishActions(*publishing, *this);
    // Before Help, which stays last.
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), m_publishActions->menu());
    addActions(m_publishActions->actions());
    connect(m_publishActions, &PublishActions::queueChanged, this, &MainWindow::refreshOutboxState);
    refreshOutboxState();
}

void MainWindow::useEditorActions(ArticleTab *tab)
{
    // Each editor owns its actions (their checked state follows its cursor): show the current one's.
    RichTextEditor *editor = tab ? tab->editor() : nullptr;
    m_editMenu->clear();
    m_formatMenu->clear();
    m_zoomMenu->clear();
    m_formatBar->clear();
    if (editor) {
        m_editMenu->addActions(editor->editActions());
        m_formatMenu->addActions(editor->formatActions());
        m_zoomMenu->addActions(editor->viewActions());
        m_formatBar->addActions(editor->formatActions());
    }
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_searchAction);
    m_formatMenu->setEnabled(editor != nullptr);
    m_zoomMenu->setEnabled(editor != nullptr);
    m_formatBar->setEnabled(editor != nullptr);
    if (tab) {
        const QSignalBlocker blocker(m_previewAction);
        m_previewAction->setChecked(tab->isPreviewShown());
    }
}

void MainWindow::updateActions()
{
    const bool hasTab = currentTab() != nullptr;
    // A read-only article has nothing to save (unless the edit lock was lost with changes typed:
    // saving then says why it cannot).
    m_saveAction->setEnabled(hasTab && (!currentTab()->isReadOnly() || currentTab()->isModified()));
    m_closeTabAction->setEnabled(hasTab);
    m_previewAction->setEnabled(hasTab);
    m_checkAction->setEnabled(hasTab);
    m_toneAction->setEnabled(hasTab && !currentTab()->isReadOnly());
    m_focusEditorAction->setEnabled(hasTab);
    m_nextTabAction->setEnabled(m_tabs->count() > 1);
    m_previousTabAction->setEnabled(m_tabs->count() > 1);
}

void MainWindow::focusPane(int pane)
{
    ArticleTab *tab = currentTab();
    switch (pane) {
    case 0:
        m_listPaneAction->setChecked(true);
        m_list->table()->setFocus(Qt::ShortcutFocusReason);
        break;
    case 1:
        if (tab) {
            tab->showEditor();
            tab->editor()->setFocus(Qt::ShortcutFocusReason);
        }
        break;
    default:
        if (tab) {
            m_detailsPaneAction->setChecked(true);
            m_details->setCurrentIndex(0);
            tab->metadataPanel()->titleEdit()->setFocus(Qt::ShortcutFocusReason);
        }
        break;
    }
}

void MainWindow::openSettings()
{
    SettingsDialog *dialog = SettingsDialog::openDialog(this, m_settings, m_db, m_user);
    connect(dialog, &SettingsDialog::settingsSaved, this, [this](bool restartNeeded) {
        showStatus(restartNeeded ? tr("Settings saved. The new language is used after ToaSoan restarts.")
                                 : tr("Settings saved."));
    });
}

void MainWindow::normalizeToneMarks()
{
    ArticleTab *tab = currentTab();
    if (!tab || tab->isReadOnly()) {
        return;
    }
    ToneStyleDialog::openForTextEdit(this, m_db, tab->editor());
}

void MainWindow::showShortcuts()
{
    // One group per menu, in the menu bar's order (the editor's entries are in Sửa, Định dạng and
    // Xem while an article is open); what no menu shows comes last.
    QList<ShortcutsDialog::Group> groups;
    std::function<void(const QList<QAction *> &, QList<const QAction *> &)> collect =
        [&collect](const QList<QAction *> &actions, QList<const QAction *> &into) {
            for (const QAction *action : actions) {
                if (action->menu()) {
                    collect(action->menu()->actions(), into);
                } else {
                    into.append(action);
                }
            }
        };
    for (const QAction *menuAction : menuBar()->actions()) {
        if (QMenu *menu = menuAction->menu()) {
            ShortcutsDialog::Group group{menu->title(), {}};
            collect(menu->actions(), group.actions);
            groups.append(group);
        }
    }
    ShortcutsDialog::Group other{tr("Other"), {}};
    for (const QAction *action : actions()) {
        other.actions.append(action);
    }
    groups.append(other);
    ShortcutsDialog dialog(groups, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox box(
        QMessageBox::NoIcon, tr("About ToaSoan"),
        tr("<h3>ToaSoan %1</h3><p>Drafting, review and publishing for a district press office.</p>"
           "<p>Built with Qt %2 (The Qt Company Ltd and other contributors).</p><p>Database: %3</p>")
            .arg(QStringLiteral(TOASOAN_VERSION), QString::fromLatin1(qVersion()), m_db.displayName().toHtmlEscaped()),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setIconPixmap(QIcon(QStringLiteral(":/icons/toasoan.svg")).pixmap(64, 64));
    // Qt's own box gives its licence and version; ToaSoan's licence is not decided yet.
    QPushButton *aboutQt = box.addButton(tr("About &Qt"), QMessageBox::HelpRole);
    aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    box.addButton(tr("Close"), QMessageBox::AcceptRole);
    box.exec();
    if (box.clickedButton() == aboutQt) {
        QApplication::aboutQt();
    }
}

} // namespace toasoan::ui
