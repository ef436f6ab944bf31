#pragma once

#include "app/editing/ArticleValidation.h"
#include "app/model/Article.h"
#include "app/model/User.h"

#include <QHash>
#include <QPointer>
#include <QStackedWidget>
#include <QTabWidget>
#include <memory>

namespace toasoan {
class ArticleRepository;
class Database;
class MediaRepository;
class TaxonomyRepository;
namespace editing {
class AutosaveWriter;
struct AutosaveOutcome;
} // namespace editing
} // namespace toasoan

namespace toasoan::ui {

class ArticleTab;
class Notifier;
class SaveQuestion;
class SpellService;

/// The editor area: one tab per open article. It saves (Ctrl+S → a revision), autosaves (the
/// recovery slot, written by a worker thread: when the interval has passed since the first
/// unsaved edit, when the focus leaves the article, and when the window loses focus), and asks
/// before closing a tab with unsaved changes. Each tab's metadata panel lives in
/// metadataStack(), which follows the current tab.
class ArticleTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleTabs)

public:
    struct Stores
    {
        Database &db;
        ArticleRepository &articles;
        TaxonomyRepository &taxonomy;
        MediaRepository &media;
    };

    ArticleTabs(const Stores &stores, const User &user, Notifier &notifier, QWidget *parent = nullptr);
    ~ArticleTabs() override;

    void setSaveQuestion(SaveQuestion *question) { m_question = question; }
    void setLengthLimits(const editing::LengthLimits &limits) { m_limits = limits; }
    /// The spell checker the editors of tabs opened from now on share.
    void setSpellService(SpellService *service) { m_spell = service; }
    void setAutosaveInterval(int seconds);
    QStackedWidget *metadataStack() const { return m_metadataStack; }

    ArticleTab *currentArticleTab() const;
    ArticleTab *articleTab(int index) const;
    ArticleTab *tabFor(qint64 articleId) const;
    QList<ArticleTab *> articleTabs() const;
    /// Ids of the saved articles open, in tab order.
    QList<qint64> openIds() const;
    bool hasUnsavedChanges() const;

    /// Brings the article's tab to the front, opening it first when needed; nullptr (and a
    /// message) when it cannot be read.
    ArticleTab *openArticle(qint64 id, bool activate = true);
    /// Opens `article` holding changes that are not saved (a restored recovery copy).
    ArticleTab *openModified(const Article &article);
    /// A blank article by the logged-in user; it is created in the store at its first autosave,
    /// and deleted again when the user closes it without ever saving ("Không lưu").
    ArticleTab *newArticle();

    /// Saves a revision of the tab's article; false (and a message, the text kept) on failure.
    bool saveTab(ArticleTab *tab);
    /// Closes the tab, asking first when it has unsaved changes; false when the user cancelled
    /// or the save they asked for failed.
    bool closeTab(ArticleTab *tab);
    /// Closes every tab the same way; false (tabs left open) when the user cancelled. The ids of
    /// the stored articles closed are appended to `closedIds`, in tab order.
    bool closeAll(QList<qint64> *closedIds = nullptr);
    /// Queues an autosave of the tab when it changed since the last one.
    void autosave(ArticleTab *tab);
    void autosaveAll();
    /// Waits until queued autosaves are written and applied.
    void flushAutosaves();

    /// "Đã lưu lúc 15:32", "Chưa lưu", "Đang lưu…" for the current tab; empty without one.
    QString saveStateText() const;

signals:
    void currentArticleChanged(toasoan::ui::ArticleTab *tab);
    /// The save state, title or modified flag of a tab changed: refresh what shows it.
    void stateChanged();
    void wordCountChanged(int words);
    /// An article was created or saved: the list shows it.
    void articleStored(qint64 id);
    /// A new article the user closed without saving was deleted: the list drops it.
    void articleDiscarded(qint64 id);
    /// A tab was opened (before it comes to the front) or is being closed: what follows an open
    /// article (its edit lock, its workflow bar) starts or stops here.
    void articleTabAdded(toasoan::ui::ArticleTab *tab);
    void articleTabClosed(toasoan::ui::ArticleTab *tab);

private:
    ArticleTab *addArticleTab(const Article &article, bool modified);
    void autosaveFinished(const editing::AutosaveOutcome &outcome);
    void updateTabText(ArticleTab *tab);
    void onCurrentChanged(int index);
    void onFocusChanged(QWidget *old, QWidget *now);
    ArticleTab *owningTab(QWidget *widget) const;
    void discardChanges(ArticleTab *tab);
    bool storedVersionDiffers(const Article &edited);
    void removeArticleTab(ArticleTab *tab);

    struct PendingAutosave
    {
        QPointer<ArticleTab> tab;
        quint64 generation = 0;
    };

    Stores m_stores;
    User m_user;
    Notifier &m_notifier;
    SaveQuestion *m_question = nullptr;
    std::unique_ptr<SaveQuestion> m_defaultQuestion;
    editing::LengthLimits m_limits;
    int m_autosaveSeconds = 30;
    SpellService *m_spell = nullptr; ///< the window's; it outlives every tab added
    std::unique_ptr<editing::AutosaveWriter> m_writer;
    QHash<quint64, PendingAutosave> m_pending;
    QPointer<QStackedWidget> m_metadataStack;
    QWidget *m_noMetadata = nullptr;
    QPointer<ArticleTab> m_previous;
    QString m_autosaveError;
    bool m_autosaveFailureShown = false; ///< told the user; not again until an autosave succeeds
};

} // namespace toasoan::ui
