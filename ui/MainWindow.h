#pragma once

#include "model/User.h"
#include "storage/ArticleRepository.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace toasoan {
class Database;
class Settings;
} // namespace toasoan

namespace toasoan::ui {

class ArticleEditorPane;
class ArticleTableModel;
class Notifier;

/// The newsroom window: the article list on the left, a simple editor on the right. It talks
/// to the database only through repositories, and reports failures through a Notifier.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Database &db, const User &user, Settings &settings, Notifier &notifier, QWidget *parent = nullptr);
    ~MainWindow() override;

    ArticleTableModel *articleModel() const { return m_model; }
    ArticleEditorPane *editor() const { return m_editor; }
    /// True while the list is empty and the invitation to write the first article shows.
    bool isEmptyStateShown() const;

public slots:
    /// Opens a blank article in the editor (after asking about unsaved changes).
    void newArticle();
    /// Creates or saves the article in the editor; false (and a message) when it failed.
    bool saveArticle();

signals:
    void articleSaved(qint64 id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QWidget *createListArea();
    void reloadList(qint64 selectId);
    void showListOrEmptyState();
    void updateActions();
    void openSelectedArticle(const QModelIndex &current, const QModelIndex &previous);
    bool mayDiscardChanges();
    void showAbout();
    void restoreLayout();
    void saveLayout();

    ArticleRepository m_articles;
    QString m_databasePath;
    User m_user;
    Settings &m_settings;
    Notifier &m_notifier;

    ArticleTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QWidget *m_emptyState = nullptr;
    ArticleEditorPane *m_editor = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_savedLabel = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace toasoan::ui
