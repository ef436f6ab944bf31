#pragma once

#include "app/model/User.h"
#include "ui/publish/PublishDialog.h"

#include <QObject>
#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace toasoan::ui {

class CategoryMappingDialog;
class Notifier;
class OutboxView;
class Publishing;
class SitesDialog;

/// The window's publishing commands, in a "Xuất bản" menu: publish the current article on the
/// websites or take it off ("Đăng bài", "Gỡ bài khỏi website"), the "Hàng chờ đăng" dock, the website
/// connections and the category mapping. Enabled from what the core allows this user; the core
/// checks again when they run.
class PublishActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishActions)

public:
    /// The article the commands act on and whether its tab has unsaved changes (0 = none).
    struct CurrentArticle
    {
        qint64 id = 0;
        bool unsavedChanges = false;
    };

    /// Adds the outbox dock (hidden until asked for) to `window`.
    PublishActions(Publishing &publishing, const User &user, Notifier &notifier, QMainWindow *window);

    void setCurrentArticleSource(std::function<CurrentArticle()> source);

    QMenu *menu() const { return m_menu; }
    QList<QAction *> actions() const;
    QAction *publishAction() const { return m_publish; }
    QAction *unpublishAction() const { return m_unpublish; }
    QAction *outboxAction() const { return m_outbox; }
    QAction *sitesAction() const { return m_sites; }
    QAction *categoriesAction() const { return m_categories; }
    QDockWidget *outboxDock() const { return m_dock; }
    OutboxView *outboxView() const { return m_view; }

public slots:
    /// Re-reads what the user may do with the current article.
    void updateActions();
    /// Opens the choice of websites for the current article (nullptr when there is none).
    PublishDialog *openPublishDialog(toasoan::ui::PublishDialog::Mode mode);
    void showOutbox();
    SitesDialog *openSites();
    CategoryMappingDialog *openCategories();

signals:
    void openArticleRequested(qint64 articleId);

private:
    Publishing &m_publishing;
    User m_user;
    Notifier &m_notifier;
    QMainWindow *m_window;
    std::function<CurrentArticle()> m_current;

    QMenu *m_menu = nullptr;
    QAction *m_publish = nullptr;
    QAction *m_unpublish = nullptr;
    QAction *m_outbox = nullptr;
    QAction *m_sites = nullptr;
    QAction *m_categories = nullptr;
    QDockWidget *m_dock = nullptr;
    OutboxView *m_view = nullptr;
};

} // namespace toasoan::ui
