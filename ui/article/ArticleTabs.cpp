#include "ui/article/ArticleTabs.h"

#include "app/editing/AutosaveWriter.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/workflow/WorkflowService.h"
#include "ui/article/ArticleTab.h"
#include "ui/article/SaveQuestion.h"
#include "ui/common/Notifier.h"
#include "ui/editor/RichTextEditor.h"
#include "ui/metadata/MetadataPanel.h"
#include "ui/spell/SpellService.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTabBar>
#include <QTextDocument>
#include <memory>

namespace toasoan::ui {

namespace {

QString timeText(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("HH:mm"));
}

// Long headlines would make tabs unusable; the tooltip has the whole headline.
QString shortTitle(const QString &title)
{
    constexpr int kMax = 28;
    return title.size() <= kMax ? title : title.left(kMax - 1).trimmed() + QChar(0x2026);
}

} // namespace

ArticleTabs::ArticleTabs(const Stores &stores, const User &user, Notifier &notifier, QWidget *parent)
    : QTabWidget(parent), m_stores(stores), m_user(user), m_notifier(notifier),
      m_defaultQuestion(std::make_unique<MessageBoxSaveQuestion>()),
      m_writer(std::make_unique<editing::AutosaveWriter>(stores.db))
{
    setObjectName(QStringLiteral("articleTabs"));
    setAccessibleName(tr("Open articles"));
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    setUsesScrollButtons(true);
    tabBar()->setElideMode(Qt::ElideRight);
    m_question = m_defaultQuestion.get();

    m_metadataStack = new QStackedWidget;
    m_metadataStack->setObjectName(QStringLiteral("metadataStack"));
    m_noMetadata = new QLabel(tr("Open an article to see its details here."));
    m_noMetadata->setObjectName(QStringLiteral("noMetadata"));
    static_cast<QLabel *>(m_noMetadata)->setAlignment(Qt::AlignCenter);
    static_cast<QLabel *>(m_noMetadata)->setWordWrap(true);
    m_metadataStack->addWidget(m_noMetadata);

    connect(m_writer.get(), &editing::AutosaveWriter::finished, this, &ArticleTabs::autosaveFinished);
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) { closeTab(articleTab(index)); });
    connect(this, &QTabWidget::currentChanged, this, &ArticleTabs::onCurrentChanged);
    connect(qApp, &QApplication::focusChanged, this, &ArticleTabs::onFocusChanged);
}

ArticleTabs::~ArticleTabs()
{
    // The tabs' panels live in the stack; delete the tabs (and so their panels) first, without
    // reacting to the tab changes that causes.
    disconnect(qApp, &QApplication::focusChanged, this, &ArticleTabs::onFocusChanged);
    disconnect(this, nullptr, this, nullptr);
    m_previous = nullptr;
    const QList<ArticleTab *> tabs = articleTabs();
    for (ArticleTab *tab : tabs) {
        delete tab;
    }
    m_writer.reset(); // writes what is queued
    if (m_metadataStack && !m_metadataStack->parent()) {
        delete m_metadataStack.data();
    }
}

void ArticleTabs::setAutosaveInterval(int seconds)
{
    m_autosaveSeconds = seconds;
    for (ArticleTab *tab : articleTabs()) {
        tab->setAutosaveInterval(seconds);
    }
}

ArticleTab *ArticleTabs::currentArticleTab() const
{
    return qobject_cast<ArticleTab *>(currentWidget());
}

ArticleTab *ArticleTabs::articleTab(int index) const
{
    return qobject_cast<ArticleTab *>(widget(index));
}

ArticleTab *ArticleTabs::tabFor(qint64 articleId) const
{
    if (articleId <= 0) {
        return nullptr;
    }
    for (ArticleTab *tab : articleTabs()) {
        if (tab->articleId() == articleId) {
            return tab;
        }
    }
    return nullptr;
}

QList<ArticleTab *> ArticleTabs::articleTabs() const
{
    QList<ArticleTab *> tabs;
    for (int i = 0; i < count(); ++i) {
        if (ArticleTab *tab = articleTab(i)) {
            tabs.append(tab);
        }
    }
    return tabs;
}

QList<qint64> ArticleTabs::openIds() const
{
    QList<qint64> ids;
    for (ArticleTab *tab : articleTabs()) {
        if (tab->articleId() > 0) {
            ids.append(tab->articleId());
        }
    }
    return ids;
}

bool ArticleTabs::hasUnsavedChanges() const
{
    const QList<ArticleTab *> tabs = articleTabs();
    return std::any_of(tabs.cbegin(), tabs.cend(), [](const ArticleTab *tab) { return tab->isModified(); });
}

ArticleTab *ArticleTabs::openArticle(qint64 id, bool activate)
{
    if (ArticleTab *open = tabFor(id)) {
        if (activate) {
            setCurrentWidget(open);
        }
        return open;
    }
    // Through the workflow service: another person's draft is not theirs to read.
    auto article = WorkflowService(m_stores.db).openArticle(id, m_user.id);
    if (!article) {
        m_notifier.showError(this, tr("Cannot open the article"), article.error());
        return nullptr;
    }
    ArticleTab *tab = addArticleTab(article.value(), false);
    if (activate) {
        setCurrentWidget(tab);
    }
    return tab;
}

ArticleTab *ArticleTabs::openModified(const Article &article)
{
    ArticleTab *tab = tabFor(article.id);
    if (tab) {
        tab->setArticle(article, true);
    } else {
        tab = addArticleTab(article, true);
    }
    setCurrentWidget(tab);
    updateTabText(tab);
    return tab;
}

ArticleTab *ArticleTabs::newArticle()
{
    Article article;
    article.authorId = m_user.id;
    ArticleTab *tab = addArticleTab(article, false);
    setCurrentWidget(tab);
    tab->metadataPanel()->titleEdit()->setFocus(Qt::OtherFocusReason);
    return tab;
}

ArticleTab *ArticleTabs::addArticleTab(const Article &article, bool modified)
{
    auto *tab = new ArticleTab(m_stores.taxonomy, m_stores.media, m_limits);
    tab->editor()->setSpellService(m_spell);
    tab->setAutosaveInterval(m_autosaveSeconds);
    tab->setArticle(article, modified);
    m_metadataStack->addWidget(tab->metadataPanel());

    connect(tab, &ArticleTab::modifiedChanged, this, [this, tab] {
        updateTabText(tab);
        emit stateChanged();
    });
    connect(tab, &ArticleTab::titleChanged, this, [this, tab] {
        updateTabText(tab);
        emit stateChanged();
    });
    connect(tab, &ArticleTab::autosaveDue, this, [this, tab] { autosave(tab); });
    connect(tab, &ArticleTab::wordCountChanged, this, [this, tab](int words) {
        if (tab == currentArticleTab()) {
            emit wordCountChanged(words);
        }
    });
    connect(tab, &ArticleTab::failed, this,
            [this](const QString &title, const Error &error) { m_notifier.showError(this, title, error); });

    const int index = addTab(tab, QString());
    updateTabText(tab);
    emit articleTabAdded(tab);
    return articleTab(index);
}

void ArticleTabs::updateTabText(ArticleTab *tab)
{
    const int index = indexOf(tab);
    if (index < 0) {
        return;
    }
    const QString title = tab->displayTitle();
    // The star is what word processors show for unsaved changes.
    setTabText(index, shortTitle(title).replace(QLatin1Char('&'), QLatin1String("&&")) +
                          (tab->isModified() ? QStringLiteral(" *") : QString()));
    setTabToolTip(index, title);
    tabBar()->setAccessibleTabName(index, tab->isModified() ? tr("%1, not saved").arg(title) : title);
}

bool ArticleTabs::saveTab(ArticleTab *tab)
{
    if (!tab) {
        return false;
    }
    if (tab->isReadOnly() && !tab->isModified()) {
        return true; // nothing of theirs to save, and the core would refuse it anyway
    }
    // An autosave still being written may be creating this article: take its id first, and
    // make sure no older recovery copy lands after this save.
    flushAutosaves();
    const quint64 generation = tab->generation();
    const Article edited = tab->article();
    // Saving goes through the workflow service: it checks that this user may still edit the
    // article (its state, their role) and that nobody holds its edit lock.
    auto saved = WorkflowService(m_stores.db).saveEdited(edited, m_user.id);
    if (!saved) {
        const Error &error = saved.error();
        if (error.code == ErrorCode::Conflict && storedVersionDiffers(edited)) {
            // Keep the user's text in the editor: they decide what to merge.
            m_notifier.showError(this, tr("Version conflict"),
                                 makeError(ErrorCode::Conflict,
                                           tr("Someone else saved this article after you opened it. Your changes "
                                              "were not saved and their version was not overwritten. Copy your "
                                              "text, then reopen the article from the list."),
                                           error.message + QLatin1Char('\n') + error.detail));
        } else {
            m_notifier.showError(this, tr("Cannot save the article"), error);
        }
        return false;
    }
    tab->markSaved(saved.value(), generation);
    updateTabText(tab);
    emit stateChanged();
    emit articleStored(saved->id);
    return true;
}

bool ArticleTabs::storedVersionDiffers(const Article &edited)
{
    // A Conflict is either a newer version in the store or someone's edit lock; only the first
    // needs the "copy your text" advice.
    auto stored = m_stores.articles.load(edited.id);
    return stored && stored->version != edited.version;
}

bool ArticleTabs::closeTab(ArticleTab *tab)
{
    if (!tab) {
        return false;
    }
    if (tab->isModified()) {
        setCurrentWidget(tab);
        switch (m_question->ask(window(), tab->displayTitle())) {
        case SaveAnswer::Save:
            if (!saveTab(tab)) {
                return false;
            }
            break;
        case SaveAnswer::Discard:
            discardChanges(tab);
            break;
        case SaveAnswer::Cancel:
            return false;
        }
    }
    removeArticleTab(tab);
    return true;
}

bool ArticleTabs::closeAll(QList<qint64> *closedIds)
{
    while (count() > 0) {
        QPointer<ArticleTab> tab = articleTab(0);
        if (!closeTab(tab)) {
            return false;
        }
        // Still alive until the event loop deletes it; a saved new article has its id now, an
        // abandoned one is gone.
        if (closedIds && tab && tab->articleId() > 0 && !tab->isUnsavedNew()) {
            closedIds->append(tab->articleId());
        }
    }
    return true;
}

void ArticleTabs::discardChanges(ArticleTab *tab)
{
    flushAutosaves(); // an autosave still being written may be creating the article
    const qint64 id = tab->articleId();
    if (id <= 0) {
        return;
    }
    if (tab->isUnsavedNew()) {
        // Only autosave made it: the user never saved it, so it goes, recovery copy and all.
        // The core keeps it when someone saved it after all.
        if (auto discarded = m_stores.articles.discardUnsavedNew(id, m_user.id); !discarded) {
            m_notifier.showError(this, tr("Cannot discard the new article"), discarded.error());
        } else {
            emit articleDiscarded(id);
        }
        return;
    }
    // The user chose to throw the changes away: do not offer them again after a restart.
    if (auto discarded = m_stores.articles.discardRecovery(id); !discarded) {
        m_notifier.showError(this, tr("Cannot discard the recovery copy"), discarded.error());
    }
}

void ArticleTabs::removeArticleTab(ArticleTab *tab)
{
    if (m_previous == tab) {
        m_previous = nullptr; // closed: no autosave when the next tab comes to the front
    }
    emit articleTabClosed(tab);
    const int index = indexOf(tab);
    if (index >= 0) {
        removeTab(index);
    }
    tab->deleteLater();
    tab->metadataPanel()->hide();
    if (count() == 0) {
        m_metadataStack->setCurrentWidget(m_noMetadata);
        emit currentArticleChanged(nullptr);
    }
    emit stateChanged();
}

void ArticleTabs::autosave(ArticleTab *tab)
{
    if (!tab || !tab->needsAutosave() || tab->isAutosaving()) {
        return; // a running autosave re-checks when it finishes
    }
    const Article article = tab->articleWithoutBody();
    const QTextDocument *document = tab->editor()->document();
    if (article.id == 0 && article.sameContent(Article{}) && document->isEmpty()) {
        return; // nothing typed yet
    }
    tab->setAutosaving(true);
    // The UI thread only copies the document; the writer's thread turns it into HTML (the
    // slow part for a long article) and deletes the copy.
    const quint64 ticket = m_writer->write(article, m_user.id, tab->editor()->bodySnapshot(m_writer->workerThread()));
    m_pending.insert(ticket, PendingAutosave{tab, tab->generation()});
    if (tab == currentArticleTab()) {
        emit stateChanged();
    }
}

void ArticleTabs::autosaveAll()
{
    for (ArticleTab *tab : articleTabs()) {
        autosave(tab);
    }
}

void ArticleTabs::flushAutosaves()
{
    m_writer->waitForIdle();
}

void ArticleTabs::autosaveFinished(const editing::AutosaveOutcome &outcome)
{
    const PendingAutosave pending = m_pending.take(outcome.ticket);
    ArticleTab *tab = pending.tab.data();
    if (!tab) {
        return;
    }
    tab->setAutosaving(false);
    if (!outcome.ok()) {
        m_autosaveError = outcome.error->message;
        // A full disk fails every attempt until someone frees space: say so once, keep the text in
        // the editor, and keep trying on the autosave interval.
        tab->retryAutosaveLater();
        // A lost database server is shown once, by the window's banner (ConnectionWatch).
        if (!m_autosaveFailureShown && !Database::isConnectionLoss(*outcome.error)) {
            m_autosaveFailureShown = true;
            Error error = *outcome.error;
            error.message += QLatin1Char('\n') +
                             tr("Your text is kept in the window, and ToaSoan keeps trying to save a recovery copy.");
            m_notifier.showError(this, tr("Autosave failed"), error);
        }
    } else {
        m_autosaveError.clear();
        m_autosaveFailureShown = false;
        if (outcome.created) {
            // The new article is in the store now, as its first revision; it is still the
            // user's to save or to throw away.
            tab->markCreated(outcome.article, pending.generation, outcome.savedAt);
            emit articleStored(outcome.articleId);
        } else {
            tab->markAutosaved(pending.generation, outcome.savedAt);
        }
    }
    updateTabText(tab);
    emit stateChanged();
}

QString ArticleTabs::saveStateText() const
{
    const ArticleTab *tab = currentArticleTab();
    if (!tab) {
        return {};
    }
    if (tab->isAutosaving()) {
        return tr("Saving…");
    }
    if (!m_autosaveError.isEmpty() && tab->isModified()) {
        return tr("Not saved — autosave failed: %1").arg(m_autosaveError);
    }
    if (tab->isModified()) {
        return tab->lastAutosavedAt().isValid()
                   ? tr("Not saved (recovery copy at %1)").arg(timeText(tab->lastAutosavedAt()))
                   : tr("Not saved");
    }
    return tab->lastSavedAt().isValid() ? tr("Saved at %1").arg(timeText(tab->lastSavedAt())) : QString();
}

void ArticleTabs::onCurrentChanged(int)
{
    ArticleTab *tab = currentArticleTab();
    if (m_previous && m_previous != tab) {
        autosave(m_previous); // the focus left that article
    }
    m_previous = tab;
    m_metadataStack->setCurrentWidget(tab ? static_cast<QWidget *>(tab->metadataPanel()) : m_noMetadata);
    emit currentArticleChanged(tab);
    if (tab) {
        emit wordCountChanged(tab->editor()->wordCount());
    }
    emit stateChanged();
}

void ArticleTabs::onFocusChanged(QWidget *old, QWidget *now)
{
    ArticleTab *left = owningTab(old);
    if (left && left != owningTab(now)) {
        autosave(left);
    }
}

ArticleTab *ArticleTabs::owningTab(QWidget *widget) const
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *tab = qobject_cast<ArticleTab *>(w)) {
            return articleTabs().contains(tab) ? tab : nullptr;
        }
        if (auto *panel = qobject_cast<MetadataPanel *>(w)) {
            for (ArticleTab *tab : articleTabs()) {
                if (tab->metadataPanel() == panel) {
                    return tab;
                }
            }
            return nullptr;
        }
    }
    return nullptr;
}

} // namespace toasoan::ui
