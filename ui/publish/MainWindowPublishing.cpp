// MainWindow: the publishing hook (kept here so the window's own files stay about drafting).
#include "app/publish/Outbox.h"
#include "ui/MainWindow.h"
#include "ui/article/ArticleListPane.h"
#include "ui/article/ArticleTab.h"
#include "ui/article/ArticleTabs.h"
#include "ui/metadata/MetadataPanel.h"
#include "ui/publish/PublishActions.h"
#include "ui/publish/Publishing.h"

#include <QMenuBar>
#include <QTimer>

namespace toasoan::ui {

void MainWindow::setPublishing(Publishing *publishing)
{
    if (m_publishActions || !publishing) {
        return;
    }
    m_publishActions = new PublishActions(*publishing, m_user, m_notifier, this);
    m_publishActions->setCurrentArticleSource([this] {
        const ArticleTab *tab = currentTab();
        return tab ? PublishActions::CurrentArticle{tab->articleId(), tab->isModified()}
                   : PublishActions::CurrentArticle{};
    });
    // Before Help, which stays last.
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), m_publishActions->menu());
    addActions(m_publishActions->actions());

    connect(m_tabs, &ArticleTabs::currentArticleChanged, m_publishActions, &PublishActions::updateActions);
    connect(m_tabs, &ArticleTabs::articleStored, m_publishActions, &PublishActions::updateActions);
    connect(m_publishActions, &PublishActions::openArticleRequested, this, &MainWindow::openArticle);

    // The worker reports each step: refresh the status bar and the list's states once per burst.
    auto *refresh = new QTimer(this);
    refresh->setSingleShot(true);
    refresh->setInterval(250);
    connect(refresh, &QTimer::timeout, this, [this] {
        refreshOutboxState();
        // A finished job moves its article to "published" or "unpublished".
        const ArticleTab *tab = currentTab();
        m_list->reload(tab ? tab->articleId() : 0);
        m_publishActions->updateActions();
    });
    connect(&publishing->outbox(), &Outbox::changed, refresh, qOverload<>(&QTimer::start));
    refreshOutboxState();
}

} // namespace toasoan::ui
