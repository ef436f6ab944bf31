#include "ui/preview/PreviewView.h"

#include "app/html/UrlPolicy.h"
#include "ui/editor/ColumnImages.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QScrollBar>

namespace toasoan::ui {

namespace {

constexpr int kMaxImageWidth = 640; // the site's content column

} // namespace

PreviewView::PreviewView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("previewView"));
    setAccessibleName(tr("Preview"));
    setAccessibleDescription(tr("The article as the website will show it"));
    setOpenExternalLinks(true);
    setOpenLinks(true);
    document()->setDocumentMargin(16);
    ColumnImages::install(document()); // wide photos fit the column, as max-width:100% does on the site
}

void PreviewView::setMediaStore(EditorMediaStore store)
{
    m_store = std::move(store);
}

void PreviewView::showArticle(const Article &article, const render::PreviewOptions &options)
{
    const bool same = article.uuid == m_shown && !m_shown.isNull();
    const int scroll = verticalScrollBar()->value();
    m_html = render::PreviewRenderer::render(article, options);
    document()->clear(); // drops cached images: they may have changed
    setHtml(m_html);
    m_shown = article.uuid;
    if (same) {
        verticalScrollBar()->setValue(scroll);
    }
}

QVariant PreviewView::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource) {
        return QTextBrowser::loadResource(type, name);
    }
    const QString src = name.toString();
    if (const qint64 id = html::mediaIdFromSource(src); id > 0 && m_store.load) {
        if (const Result<Media> media = m_store.load(id); media.ok()) {
            QBuffer buffer;
            buffer.setData(media->data);
            QImageReader reader(&buffer);
            reader.setAutoTransform(true);
            const QSize size = reader.size();
            if (size.isValid() && size.width() > kMaxImageWidth) {
                reader.setScaledSize(size.scaled(kMaxImageWidth, size.height(), Qt::KeepAspectRatio));
            }
            const QImage image = reader.read();
            if (!image.isNull()) {
                return image;
            }
        }
    }
    // Missing media or a web image (not fetched): a frame saying so keeps the layout honest.
    QImage placeholder(QSize(kMaxImageWidth / 2, 120), QImage::Format_ARGB32_Premultiplied);
    placeholder.fill(palette().color(QPalette::AlternateBase));
    QPainter painter(&placeholder);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawRect(placeholder.rect().adjusted(0, 0, -1, -1));
    painter.drawText(placeholder.rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                     html::mediaIdFromSource(src) > 0 ? tr("Image not found") : tr("Web image: %1").arg(name.host()));
    return placeholder;
}

} // namespace toasoan::ui
