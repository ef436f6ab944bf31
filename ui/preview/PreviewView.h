#pragma once

#include "app/model/Article.h"
#include "app/render/PreviewRenderer.h"
#include "ui/editor/EditorMediaStore.h"

#include <QTextBrowser>

namespace toasoan::ui {

/// The "Preview" tab: the article as the district site shows it (render::PreviewRenderer), with
/// the workspace's images. Links open in the system browser; nothing is fetched from the network.
class PreviewView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewView)

public:
    explicit PreviewView(QWidget *parent = nullptr);

    /// Where media:ID images come from.
    void setMediaStore(EditorMediaStore store);
    /// Renders `article`; keeps the scroll position when the same article is shown again.
    void showArticle(const Article &article, const render::PreviewOptions &options = {});
    /// The HTML last shown (for tests and "copy HTML").
    QString renderedHtml() const { return m_html; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    EditorMediaStore m_store;
    QString m_html;
    QUuid m_shown;
};

} // namespace toasoan::ui
