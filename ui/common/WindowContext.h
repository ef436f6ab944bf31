#pragma once

#include "app/core/Result.h"
#include "app/model/User.h"

#include <QtGlobal>

class QDockWidget;
class QString;
class QWidget;

namespace toasoan {
class Database;
class Settings;
} // namespace toasoan

namespace toasoan::ui {

class ArticleListPane;
class ArticleTab;
class ArticleTabs;
class Notifier;

/// What a feature of the main window (history, publishing, workflow, users, …) may reach of it:
/// the workspace and the acting user, the open articles and the list, the status bar and the
/// notifier. The window implements it and hands it to each feature, so no feature includes the
/// window (Qt Creator's Core::ICore plays this part for its plugins). Features expose their
/// actions and menus; the window alone places them.
class WindowContext
{
public:
    virtual ~WindowContext() = default;

    /// The parent of the feature's dialogs and docks.
    virtual QWidget *dialogParent() const = 0;
    virtual Database &database() const = 0;
    /// The logged-in user, who acts.
    virtual const User &user() const = 0;
    virtual Notifier &notifier() const = 0;
    /// The preferences (the person's own once they logged in).
    virtual Settings &settings() const = 0;

    /// The open articles; their signals say when the current one changes or gets stored.
    virtual ArticleTabs *tabs() const = 0;
    /// The current article's tab; nullptr when none is open.
    virtual ArticleTab *currentTab() const = 0;
    /// Opens the article in a tab, or brings its tab to the front.
    virtual ArticleTab *openArticle(qint64 id) = 0;

    /// The article list (search, filters, the boxes above it).
    virtual ArticleListPane *listPane() const = 0;
    /// Reads the list again and selects `articleId` (the current article's when 0).
    virtual void refreshList(qint64 articleId = 0) = 0;

    /// A sentence in the status bar, for `timeoutMs`.
    virtual void showStatus(const QString &text, int timeoutMs = 8000) = 0;
    /// Docks a feature's panel (hidden, or where the user left it last time).
    virtual void addDock(QDockWidget *dock) = 0;

    /// Shows `error` under `title` through the notifier, over the window.
    void showError(const QString &title, const Error &error) const;
    /// The current tab's article id; 0 when there is none or it was never stored.
    qint64 currentArticleId() const;

protected:
    WindowContext() = default;
    Q_DISABLE_COPY_MOVE(WindowContext)
};

} // namespace toasoan::ui
