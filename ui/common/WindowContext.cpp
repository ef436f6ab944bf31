#include "ui/common/WindowContext.h"

#include "ui/article/ArticleTab.h"
#include "ui/common/Notifier.h"
#include "ui/metadata/MetadataPanel.h"

namespace toasoan::ui {

void WindowContext::showError(const QString &title, const Error &error) const
{
    notifier().showError(dialogParent(), title, error);
}

qint64 WindowContext::currentArticleId() const
{
    const ArticleTab *tab = currentTab();
    return tab ? tab->articleId() : 0;
}

} // namespace toasoan::ui
