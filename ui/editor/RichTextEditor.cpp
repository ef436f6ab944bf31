#include "ui/editor/RichTextEditor.h"

#include "app/html/BodyHtml.h"
#include "app/text/Normalize.h"
#include "ui/editor/ColumnImages.h"
#include "ui/editor/DocumentHtml.h"
#include "ui/editor/DocumentOps.h"
#include "ui/editor/FindReplaceDialog.h"
#include "ui/editor/RichTextEditor_p.h"

#include <QAction>
#include <QBuffer>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QImageReader>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPointer>
#include <QScrollBar>
#include <QTextBlock>
#include <QThread>
#include <QThreadPool>
#include <memory>

namespace toasoan::ui {

namespace {

// Counting waits until typing pauses; it then runs on a worker thread (a 20,000-word body takes
// a few milliseconds, which must never land between two keystrokes).
constexpr int kCountDelayMs = 300;
// Images are shown at most this wide (logical pixels): decoding a press photo at full size would
// cost more than the whole open budget.
constexpr int kMaxImageWidth = 640;
constexpr int kZoomStep = 2; // points per zoom step
constexpr int kMinZoom = -4;
constexpr int kMaxZoom = 10;

} // namespace

RichTextEditor::RichTextEditor(QWidget *parent) : QTextEdit(parent), d(new Private)
{
    d->q = this;
    setObjectName(QStringLiteral("richTextEditor"));
    setAccessibleName(tr("Article body"));
    setAccessibleDescription(tr("The text of the article, with formatting"));
    setAcceptRichText(true);
    setTabChangesFocus(true); // the body has no tab stops; Tab moves on, as everywhere else
    setAutoFormatting(QTextEdit::AutoNone);
    ColumnImages::install(document()); // wide photos are shown at the column's width, stored whole

    d->infoBar = new EditorInfoBar(this);
    connect(d->infoBar, &EditorInfoBar::visibilityChanged, this, &RichTextEditor::layoutInfoBar);

    d->countTimer.setSingleShot(true);
    d->countTimer.setInterval(kCountDelayMs);
    connect(&d->countTimer, &QTimer::timeout, this, [this] {
        const quint64 generation = ++d->countGeneration;
        const QString text = document()->toPlainText();
        QPointer<RichTextEditor> self(this);
        QThreadPool::globalInstance()->start([self, generation, text] {
            const editing::TextCounts counts = editing::countText(text);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, generation, counts] {
                    if (!self || generation != self->d->countGeneration) {
                        return; // the editor is gone or the text changed again
                    }
                    self->d->counts = counts;
                    self->d->countsDirty = false;
                    emit self->countsChanged(counts.words, counts.characters);
                },
                Qt::QueuedConnection);
        });
    });
    connect(document(), &QTextDocument::contentsChanged, this, &RichTextEditor::scheduleCounts);

    createActions();
    connect(this, &QTextEdit::cursorPositionChanged, this, &RichTextEditor::updateActions);
    connect(this, &QTextEdit::currentCharFormatChanged, this, &RichTextEditor::updateActions);
    updateActions();
    updateSpellAction();
}

RichTextEditor::~RichTextEditor()
{
    // ~QWidget hides the children after `d` is gone: the info bar's hide must not call back.
    disconnect(d->infoBar, nullptr, this, nullptr);
    ++d->countGeneration;
    delete d;
}

void RichTextEditor::setBodyHtml(const QString &html)
{
    d->loading = true;
    d->legacy.reset();
    d->infoBar->hide();
    setHtml(html::bodyToQtHtml(html));
    document()->clearUndoRedoStacks();
    document()->setModified(false);
    moveCursor(QTextCursor::Start);
    d->loading = false;
    scheduleCounts();
    updateActions();
}

QString RichTextEditor::bodyHtml() const
{
    return bodyHtmlFromDocument(*document());
}

QString RichTextEditor::bodyHtmlFromDocument(const QTextDocument &document)
{
    return documentToBody(document);
}

std::function<QString()> RichTextEditor::bodySnapshot(QThread *worker) const
{
    // clone() copies the text, the formats and the resources (the decoded QImages, which any
    // thread may read and free); not the layout, the image handler or the cache of loaded
    // resources. The copy has no parent, so it can change threads.
    std::shared_ptr<QTextDocument> copy(document()->clone());
    copy->moveToThread(worker);
    // Only the function holds the copy: the UI thread never deletes what now lives on `worker`.
    return [copy = std::move(copy)]() mutable {
        if (!copy) {
            return QString(); // ran before: the copy is gone
        }
        Q_ASSERT(copy->thread() == QThread::currentThread());
        const QString body = documentToBody(*copy);
        copy.reset();
        return body;
    };
}

int RichTextEditor::wordCount() const
{
    if (d->countsDirty) {
        d->counts = editing::countText(document()->toPlainText());
        d->countsDirty = false;
    }
    return d->counts.words;
}

int RichTextEditor::characterCount() const
{
    if (d->countsDirty) {
        d->counts = editing::countText(document()->toPlainText());
        d->countsDirty = false;
    }
    return d->counts.characters;
}

void RichTextEditor::scheduleCounts()
{
    d->countsDirty = true;
    ++d->countGeneration; // a count already running describes old text
    d->countTimer.start();
}

void RichTextEditor::setMediaStore(EditorMediaStore store)
{
    d->store = std::move(store);
    updateActions();
}

EditorInfoBar *RichTextEditor::infoBar() const
{
    return d->infoBar;
}

void RichTextEditor::showNotice(const QString &message)
{
    d->infoBar->showMessage(message);
    emit pasteNotice(message);
}

namespace {

// Decodes an image at the size it is shown (logical width at most kMaxImageWidth). Thread-safe.
QImage decodeForDisplay(const QByteArray &bytes, qreal ratio)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    const int maxWidth = qRound(kMaxImageWidth * ratio);
    if (size.isValid() && size.width() > maxWidth) {
        // JPEG decodes straight at the smaller size: much faster than scaling afterwards.
        reader.setScaledSize(QSize(maxWidth, qMax(1, int(qint64(size.height()) * maxWidth / size.width()))));
    }
    QImage image = reader.read();
    if (!image.isNull()) {
        image.setDevicePixelRatio(ratio);
    }
    return image;
}

// The size an image is shown at, from its header alone (no decoding).
QSize displaySize(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    QSize size = reader.size();
    if (reader.transformation() & QImageIOHandler::TransformationRotate90) {
        size.transpose(); // a photo taken sideways, turned upright by its EXIF orientation
    }
    if (size.width() > kMaxImageWidth) {
        size = QSize(kMaxImageWidth, qMax(1, int(qint64(size.height()) * kMaxImageWidth / size.width())));
    }
    return size;
}

} // namespace

QImage RichTextEditor::Private::displayImage(const QByteArray &bytes) const
{
    return decodeForDisplay(bytes, q->devicePixelRatioF());
}

QImage RichTextEditor::Private::placeholderImage(const QString &label, QSize size) const
{
    const qreal ratio = q->devicePixelRatioF();
    // Photos of one camera share a size: one frame serves them all (QImage is shared), since
    // the document keeps what loadResource() gave it next to the decoded image.
    const quint64 key = (quint64(quint32(size.width())) << 32) | quint32(size.height());
    if (label.isEmpty()) {
        if (const auto known = placeholders.constFind(key); known != placeholders.cend()) {
            return *known;
        }
    }
    QImage image((size.isValid() ? size : QSize(320, 120)) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(q->palette().color(QPalette::AlternateBase));
    if (!label.isEmpty()) {
        QPainter painter(&image);
        painter.setPen(q->palette().color(QPalette::PlaceholderText));
        const QRect area(QPoint(0, 0), image.deviceIndependentSize().toSize());
        painter.drawRect(area.adjusted(0, 0, -1, -1));
        painter.drawText(area.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, label);
    } else {
        placeholders.insert(key, image);
    }
    return image;
}

void RichTextEditor::Private::decodeLater(const QString &src, const QByteArray &bytes)
{
    if (pendingDecodes.contains(src)) {
        return;
    }
    pendingDecodes.insert(src);
    QPointer<RichTextEditor> self(q);
    const qreal ratio = q->devicePixelRatioF();
    QThreadPool::globalInstance()->start([self, src, bytes, ratio] {
        const QImage image = decodeForDisplay(bytes, ratio);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, src, image] {
                if (self) {
                    self->d->imageDecoded(src, image);
                }
            },
            Qt::QueuedConnection);
    });
}

void RichTextEditor::Private::imageDecoded(const QString &src, const QImage &image)
{
    pendingDecodes.remove(src);
    if (image.isNull()) {
        return; // the placeholder stays
    }
    QTextDocument *document = q->document();
    document->addResource(QTextDocument::ImageResource, QUrl(src), image);
    // Lay out and paint again where the image is shown.
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isImageFormat() && fragment.charFormat().toImageFormat().name() == src) {
                document->markContentsDirty(fragment.position(), fragment.length());
            }
        }
    }
}

QVariant RichTextEditor::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource) {
        return QTextEdit::loadResource(type, name);
    }
    const QString src = name.toString();
    if (const qint64 id = html::mediaIdFromSource(src); id > 0) {
        // The layout asks for every image as soon as the article opens: hand it a placeholder of
        // the right size now and decode the photo on a worker thread.
        if (d->store.load) {
            if (const Result<Media> media = d->store.load(id); media.ok()) {
                const QSize size = displaySize(media->data);
                if (size.isValid()) {
                    d->decodeLater(src, media->data);
                    return d->placeholderImage(QString(), size);
                }
            }
        }
        return d->placeholderImage(tr("Image %1 is missing").arg(id));
    }
    if (html::isBodyImageSource(src)) {
        // No network access from the editor: the site shows the image, the preview says where from.
        return d->placeholderImage(tr("Web image: %1").arg(name.host()));
    }
    return QTextEdit::loadResource(type, name);
}

bool RichTextEditor::event(QEvent *event)
{
    if (event->type() == QEvent::KeyPress && isEditable()) {
        // Tab and Shift+Tab move focus (tabChangesFocus) except in a list item that can go one level
        // deeper or up: there they do what they do in word processors. Where the item cannot move
        // (the first item, the depth limit, a top-level item), they still move focus on.
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        const bool back =
            key->key() == Qt::Key_Backtab || (key->key() == Qt::Key_Tab && key->modifiers() & Qt::ShiftModifier);
        if (plain && (key->key() == Qt::Key_Tab || back) && (back ? outdentListItem() : indentListItem())) {
            ensureCursorVisible();
            return true;
        }
    }
    if (event->type() == QEvent::ShortcutOverride) {
        // QTextEdit claims some keys for itself (Ctrl+K deletes to the end of the line on Linux,
        // Ctrl+E moves to it): the editor's own enabled actions win.
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        for (QAction *a : std::as_const(d->actions)) {
            if (a->isEnabled() && a->shortcuts().contains(pressed) && a->shortcutContext() != Qt::WindowShortcut) {
                const Action id = d->actions.key(a);
                if (id != Action::Undo && id != Action::Redo) {
                    event->ignore();
                    return true;
                }
            }
        }
    }
    return QTextEdit::event(event);
}

void RichTextEditor::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && isEditable() && !(event->modifiers() & Qt::ShiftModifier) && !textCursor().hasSelection()) {
        // After a heading, a caption or an image, Enter starts a normal paragraph, as in word
        // processors (QTextEdit would carry the heading or the image's alignment on).
        QTextCursor cursor = textCursor();
        const QTextBlock block = cursor.block();
        if (cursor.atBlockEnd() && !block.textList() && !cursor.currentTable() &&
            (block.blockFormat().headingLevel() > 0 || docops::isImageBlock(block))) {
            cursor.beginEditBlock();
            cursor.insertBlock(docops::paragraphFormat(), docops::plainCharFormat());
            cursor.endEditBlock();
            setTextCursor(cursor);
            ensureCursorVisible();
            return;
        }
    }
    noteTyping(event->text());
    QTextEdit::keyPressEvent(event);
}

void RichTextEditor::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    layoutInfoBar();
}

void RichTextEditor::layoutInfoBar()
{
    // The bar sits above the text, inside the editor's frame: the viewport moves down under it.
    const int height = d->infoBar->isVisible() ? d->infoBar->sizeHint().height() : 0;
    setViewportMargins(0, height, 0, 0);
    const QRect area = contentsRect();
    d->infoBar->setGeometry(area.left(), area.top(), area.width(), height);
}

void RichTextEditor::contextMenuEvent(QContextMenuEvent *event)
{
    // The keyboard's menu key opens it at the text cursor, the mouse where it points.
    const int position = event->reason() == QContextMenuEvent::Mouse ? cursorForPosition(event->pos()).position()
                                                                     : textCursor().position();
    QMenu *menu = d->contextMenu(event->pos(), position);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos()); // not exec(): suggestions fill in while it is open
}

QMenu *RichTextEditor::Private::contextMenu(const QPoint &pos, int position)
{
    QMenu *menu = q->createStandardContextMenu(pos);
    menu->setObjectName(QStringLiteral("editorContextMenu"));
    menu->addSeparator();
    for (Action id : {Action::Bold, Action::Italic, Action::Underline, Action::InsertLink, Action::RemoveLink,
                      Action::ImageDescription, Action::ClearFormatting}) {
        if (q->action(id)->isEnabled()) {
            menu->addAction(q->action(id));
        }
    }
    addSpellingActions(menu, position);
    return menu;
}

bool RichTextEditor::find(const QString &query, const SearchOptions &options)
{
    const QTextCursor found = findText(document(), query, textCursor(), options);
    if (found.isNull()) {
        return false;
    }
    setTextCursor(found);
    ensureCursorVisible();
    return true;
}

bool RichTextEditor::replaceCurrent(const QString &query, const QString &replacement, const SearchOptions &options)
{
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection()) {
        return false;
    }
    const QString selected = cursor.selectedText();
    if (foldForSearch(text::normalize(selected), options).text != foldForSearch(text::normalize(query), options).text) {
        return false;
    }
    // The replacement keeps the match's formatting (bold stays bold).
    cursor.insertText(text::normalize(replacement), cursor.charFormat());
    setTextCursor(cursor);
    return true;
}

int RichTextEditor::replaceAll(const QString &query, const QString &replacement, const SearchOptions &options)
{
    const QList<QTextCursor> matches = findAll(document(), query, options);
    if (matches.isEmpty()) {
        return 0;
    }
    // One undo step; from the end so earlier positions stay valid.
    QTextCursor edit(document());
    edit.beginEditBlock();
    for (auto it = matches.crbegin(); it != matches.crend(); ++it) {
        QTextCursor match = *it;
        match.insertText(text::normalize(replacement), match.charFormat()); // keeps the match's formatting
    }
    edit.endEditBlock();
    return int(matches.size());
}

int RichTextEditor::zoomSteps() const
{
    return d->zoom;
}

void RichTextEditor::zoomBy(int steps)
{
    const int target = std::clamp(d->zoom + steps, kMinZoom, kMaxZoom);
    if (target == d->zoom) {
        return;
    }
    zoomIn((target - d->zoom) * kZoomStep);
    d->zoom = target;
    updateActions();
}

void RichTextEditor::resetZoom()
{
    zoomBy(-d->zoom);
}

} // namespace toasoan::ui
