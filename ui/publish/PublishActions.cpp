#include "ui/publish/PublishActions.h"

#include "app/publish/Outbox.h"
#include "app/publish/SiteAdmin.h"
#include "app/storage/ArticleRepository.h"
#include "app/workflow/WorkflowService.h"
#include "ui/article/ArticleTab.h"
#include "ui/article/ArticleTabs.h"
#include "ui/common/WindowContext.h"
#include "ui/metadata/MetadataPanel.h"
#include "ui/publish/CategoryMappingDialog.h"
#include "ui/publish/OutboxView.h"
#include "ui/publish/Publishing.h"
#include "ui/publish/SitesDialog.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QTimer>

namespace toasoan::ui {

PublishActions::PublishActions(Publishing &publishing, WindowContext &context)
    : QObject(context.dialogParent()), m_publishing(publishing), m_context(context)
{
    QWidget *window = context.dialogParent();
    m_publish = new QAction(tr("&Publish on the websites…"), this);
    m_publish->setObjectName(QStringLiteral("publishAction"));
    m_publish->setStatusTip(tr("Queue the approved article for publishing on the chosen websites"));
    m_unpublish = new QAction(tr("&Take off the websites…"), this);
    m_unpublish->setObjectName(QStringLiteral("unpublishAction"));
    m_unpublish->setStatusTip(tr("Take the published article off the chosen websites"));
    m_sites = new QAction(tr("&Website connections…"), this);
    m_sites->setObjectName(QStringLiteral("sitesAction"));
    m_sites->setStatusTip(tr("Add, change or test the websites articles are published on"));
    m_categories = new QAction(tr("&Categories on the websites…"), this);
    m_categories->setObjectName(QStringLiteral("categoriesAction"));
    m_categories->setStatusTip(tr("Choose the website's category for each category of the office"));

    m_view = new OutboxView(publishing, context.user(), context.notifier());
    m_dock = new QDockWidget(tr("Publishing queue"), window);
    m_dock->setObjectName(QStringLiteral("outboxDock")); // saveState() needs a name
    m_dock->setWidget(m_view);
    m_dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    context.addDock(m_dock);
    m_outbox = m_dock->toggleViewAction();
    m_outbox->setObjectName(QStringLiteral("outboxAction"));
    m_outbox->setText(tr("Publishing &queue"));
    m_outbox->setStatusTip(tr("Show the articles waiting to be published and what happened to them"));

    m_menu = new QMenu(tr("P&ublishing"), window);
    m_menu->setObjectName(QStringLiteral("publishingMenu"));
    m_menu->addAction(m_publish);
    m_menu->addAction(m_unpublish);
    m_menu->addSeparator();
    m_menu->addAction(m_outbox);
    m_menu->addSeparator();
    m_menu->addAction(m_sites);
    m_menu->addAction(m_categories);

    connect(m_menu, &QMenu::aboutToShow, this, &PublishActions::updateActions);
    connect(m_publish, &QAction::triggered, this, [this] { openPublishDialog(PublishDialog::Mode::Publish); });
    connect(m_unpublish, &QAction::triggered, this, [this] { openPublishDialog(PublishDialog::Mode::Unpublish); });
    connect(m_sites, &QAction::triggered, this, &PublishActions::openSites);
    connect(m_categories, &QAction::triggered, this, &PublishActions::openCategories);
    connect(m_view, &OutboxView::openArticleRequested, this, [this](qint64 id) { m_context.openArticle(id); });
    connect(context.tabs(), &ArticleTabs::currentArticleChanged, this, &PublishActions::updateActions);
    connect(context.tabs(), &ArticleTabs::articleStored, this, &PublishActions::updateActions);

    // The worker reports each step: refresh the list's states once per burst (a finished job moves
    // its article to "published" or "unpublished").
    m_queueChanged = new QTimer(this);
    m_queueChanged->setSingleShot(true);
    m_queueChanged->setInterval(250);
    connect(m_queueChanged, &QTimer::timeout, this, [this] {
        m_context.refreshList();
        updateActions();
        emit queueChanged();
    });
    connect(&publishing.outbox(), &Outbox::changed, m_queueChanged, qOverload<>(&QTimer::start));

    const bool admin = SiteAdmin(publishing.database(), publishing.secrets()).checkAllowed(context.user().id).ok();
    m_sites->setEnabled(admin);
    m_categories->setEnabled(admin);
    updateActions();
}

QList<QAction *> PublishActions::actions() const
{
    return {m_publish, m_unpublish, m_outbox, m_sites, m_categories};
}

void PublishActions::updateActions()
{
    const qint64 id = m_context.currentArticleId();
    bool canPublish = false;
    bool canUnpublish = false;
    if (id != 0) {
        WorkflowService workflow(m_publishing.database());
        auto allowed = workflow.allowedActions(m_context.user().id, id);
        auto article = ArticleRepository(m_publishing.database()).load(id);
        if (allowed && article) {
            canUnpublish = allowed->contains(Action::Unpublish);
            // A published article is sent again (its update) by those who may take it down.
            canPublish =
                allowed->contains(Action::Publish) || (article->state == WorkflowState::Published && canUnpublish);
        }
    }
    m_publish->setEnabled(canPublish);
    m_unpublish->setEnabled(canUnpublish);
}

PublishDialog *PublishActions::openPublishDialog(PublishDialog::Mode mode)
{
    const ArticleTab *tab = m_context.currentTab();
    if (!tab || tab->articleId() == 0) {
        return nullptr;
    }
    auto *dialog = new PublishDialog(m_publishing, m_context.user(), tab->articleId(), mode, tab->isModified(),
                                     m_context.dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &PublishDialog::queued, this, [this](const QList<qint64> &jobs) {
        showOutbox();
        if (!jobs.isEmpty()) {
            m_view->reload();
            m_view->selectJob(jobs.constLast());
        }
    });
    dialog->open();
    return dialog;
}

void PublishActions::showOutbox()
{
    m_dock->show();
    m_dock->raise();
    m_view->reload();
}

SitesDialog *PublishActions::openSites()
{
    return SitesDialog::openDialog(m_context.dialogParent(), m_publishing, m_context.user(), m_context.notifier());
}

CategoryMappingDialog *PublishActions::openCategories()
{
    return CategoryMappingDialog::openDialog(m_context.dialogParent(), m_publishing, m_context.user(),
                                             m_context.notifier());
}

} // namespace toasoan::ui
