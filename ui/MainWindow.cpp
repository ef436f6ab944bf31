#include "MainWindow.h"

#include "ArticleEditorPane.h"
#include "ArticleTableModel.h"
#include "Notifier.h"
#include "settings/Settings.h"
#include "storage/Database.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace toasoan::ui {

MainWindow::MainWindow(Database &db, const User &user, Settings &settings, Notifier &notifier, QWidget *parent)
    : QMainWindow(parent), m_articles(db), m_databasePath(db.path()), m_user(user), m_settings(settings),
      m_notifier(notifier)
{
    setObjectName(QStringLiteral("mainWindow"));
    // "[*]" is where Qt marks unsaved changes; Qt appends the application's display name.
    setWindowTitle(QFileInfo(db.path()).fileName() + QStringLiteral("[*]"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/toasoan.svg")));

    m_model = new ArticleTableModel(m_articles, this);
    m_editor = new ArticleEditorPane(this);
    m_editor->setAccessibleName(tr("Article editor"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(createListArea());
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    createActions();

    m_userLabel = new QLabel(tr("Logged in as %1 (%2)").arg(m_user.displayName, roleLabel(m_user.role)), this);
    m_userLabel->setAccessibleName(tr("Logged-in user"));
    m_savedLabel = new QLabel(this);
    m_savedLabel->setObjectName(QStringLiteral("savedLabel"));
    m_savedLabel->setAccessibleName(tr("Last save"));
    statusBar()->addWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_savedLabel);

    connect(m_model, &ArticleTableModel::loadFailed, this,
            [this](const Error &error) { m_notifier.showError(this, tr("Cannot read the article list"), error); });
    connect(m_editor, &ArticleEditorPane::saveRequested, this, &MainWindow::saveArticle);
    connect(m_editor, &ArticleEditorPane::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::openSelectedArticle);

    reloadList(0);
    restoreLayout();
    updateActions();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createListArea()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("articleTable"));
    m_table->setAccessibleName(tr("Articles"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(ArticleTableModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    for (int column = ArticleTableModel::StateColumn; column < ArticleTableModel::ColumnCount; ++column) {
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }

    // The empty state invites the first article instead of showing a bare grid.
    m_emptyState = new QWidget(this);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    auto *message = new QLabel(tr("There are no articles yet.\nStart by writing the first one."), m_emptyState);
    message->setAlignment(Qt::AlignCenter);
    message->setWordWrap(true);
    auto *newButton = new QPushButton(QIcon(QStringLiteral(":/icons/new.svg")), tr("New article"), m_emptyState);
    newButton->setObjectName(QStringLiteral("emptyStateNewButton"));
    newButton->setAccessibleName(tr("Create a new article"));
    connect(newButton, &QPushButton::clicked, this, &MainWindow::newArticle);
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addStretch();
    emptyLayout->addWidget(message);
    emptyLayout->addWidget(newButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_emptyState);
    m_listStack->addWidget(m_table);
    return m_listStack;
}

void MainWindow::createActions()
{
    m_newAction = new QAction(QIcon(QStringLiteral(":/icons/new.svg")), tr("&New article"), this);
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newArticle);

    m_saveAction = new QAction(QIcon(QStringLiteral(":/icons/save.svg")), tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveArticle);

    m_quitAction = new QAction(QIcon(QStringLiteral(":/icons/quit.svg")), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(QIcon(QStringLiteral(":/icons/about.svg")), tr("&About ToaSoan"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_newAction);
    fileMenu->addAction(m_saveAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar")); // saveState() needs a name
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_saveAction);
}

bool MainWindow::isEmptyStateShown() const
{
    return m_listStack->currentWidget() == m_emptyState;
}

void MainWindow::newArticle()
{
    if (!mayDiscardChanges()) {
        return;
    }
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->clearSelection();
        m_table->setCurrentIndex({});
    }
    Article article;
    article.authorId = m_user.id;
    m_editor->setArticle(article);
    m_editor->focusTitle();
    updateActions();
}

bool MainWindow::saveArticle()
{
    if (!m_editor->hasArticle()) {
        return false;
    }
    const Article edited = m_editor->article();
    if (edited.title.isEmpty()) {
        m_notifier.showError(this, tr("Cannot save the article"),
                             makeError(ErrorCode::Invalid, tr("Please enter a headline before saving.")));
        m_editor->focusTitle();
        return false;
    }
    auto saved = edited.id == 0 ? m_articles.create(edited, m_user.id) : m_articles.save(edited, m_user.id);
    if (!saved) {
        const Error &error = saved.error();
        if (error.code == ErrorCode::Conflict) {
            // Keep the user's text in the editor: they decide what to merge.
            m_notifier.showError(this, tr("Version conflict"),
                                 makeError(ErrorCode::Conflict,
                                           tr("Someone else saved this article after you opened it. Your "
                                              "changes were not saved and their version was not overwritten. "
                                              "Copy your text, then reopen the article from the list."),
                                           error.message + QLatin1Char('\n') + error.detail));
        } else {
            m_notifier.showError(this, tr("Cannot save the article"), error);
        }
        return false;
    }
    m_editor->setArticle(saved.value());
    m_savedLabel->setText(tr("Saved at %1").arg(saved->updatedAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
    reloadList(saved->id);
    emit articleSaved(saved->id);
    return true;
}

void MainWindow::reloadList(qint64 selectId)
{
    const QSignalBlocker blocker(m_table->selectionModel());
    m_model->reload();
    const int row = m_model->rowOf(selectId);
    if (row >= 0) {
        m_table->selectRow(row);
    }
    showListOrEmptyState();
}

void MainWindow::showListOrEmptyState()
{
    m_listStack->setCurrentWidget(m_model->rowCount() == 0 ? m_emptyState : static_cast<QWidget *>(m_table));
}

void MainWindow::openSelectedArticle(const QModelIndex &current, const QModelIndex &previous)
{
    const qint64 id = m_model->articleId(current.row());
    if (id == 0 || (m_editor->hasArticle() && m_editor->article().id == id)) {
        return;
    }
    if (!mayDiscardChanges()) {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->setCurrentIndex(previous);
        return;
    }
    auto article = m_articles.load(id);
    if (!article) {
        m_notifier.showError(this, tr("Cannot open the article"), article.error());
        return;
    }
    m_editor->setArticle(article.value());
    updateActions();
}

void MainWindow::updateActions()
{
    m_saveAction->setEnabled(m_editor->hasArticle());
}

bool MainWindow::mayDiscardChanges()
{
    if (!m_editor->isModified()) {
        return true;
    }
    return m_notifier.confirmDiscard(this, tr("The article in the editor has unsaved changes. Discard them?"));
}

void MainWindow::showAbout()
{
    QMessageBox box(QMessageBox::NoIcon, tr("About ToaSoan"),
                    tr("<h3>ToaSoan %1</h3><p>Drafting, review and publishing for a district press office.</p>"
                       "<p>Database: %2</p>")
                        .arg(QStringLiteral(TOASOAN_VERSION), m_databasePath.toHtmlEscaped()),
                    QMessageBox::NoButton, this);
    box.setIconPixmap(QIcon(QStringLiteral(":/icons/toasoan.svg")).pixmap(64, 64));
    box.addButton(tr("Close"), QMessageBox::AcceptRole);
    box.exec();
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.mainWindowGeometry())) {
        resize(1180, 720);
    }
    restoreState(m_settings.mainWindowState());
    const QList<int> sizes = m_settings.mainSplitterSizes();
    m_splitter->setSizes(sizes.size() == 2 ? sizes : QList<int>{760, 520});
}

void MainWindow::saveLayout()
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.setMainSplitterSizes(m_splitter->sizes());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayDiscardChanges()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

} // namespace toasoan::ui
