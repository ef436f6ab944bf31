// Paste and drop: everything goes through html::PasteCleaner, so the document only ever holds
// what the body subset can keep.
#include "app/html/PasteCleaner.h"
#include "app/text/LegacyDetect.h"
#include "ui/editor/DocumentHtml.h"
#include "ui/editor/RichTextEditor_p.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QMimeData>
#include <QTextDocumentFragment>

namespace toasoan::ui {

namespace {

const QString kHtml = QStringLiteral("text/html");
const QString kText = QStringLiteral("text/plain");

bool isImageFile(const QUrl &url)
{
    return url.isLocalFile() && !QImageReader::imageFormat(url.toLocalFile()).isEmpty();
}

// Browsers say where a copy came from, so relative links and images can be resolved.
QUrl sourceUrl(const QMimeData *source)
{
    for (const QString &format : {QStringLiteral("text/x-moz-url-priv"), QStringLiteral("chromium/x-source-url")}) {
        if (source->hasFormat(format)) {
            QByteArray bytes = source->data(format);
            QString url =
                bytes.size() > 1 && bytes.at(1) == 0
                    ? QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData()), bytes.size() / 2)
                    : QString::fromUtf8(bytes);
            url = url.section(QLatin1Char('\n'), 0, 0).trimmed();
            const QUrl parsed(url);
            if (parsed.scheme().startsWith(QLatin1String("http"))) {
                return parsed;
            }
        }
    }
    return {};
}

} // namespace

bool RichTextEditor::canInsertFromMimeData(const QMimeData *source) const
{
    if (source->hasImage() && d->store.isValid()) {
        return true;
    }
    if (source->hasUrls()) {
        const QList<QUrl> urls = source->urls();
        if (d->store.isValid() && std::any_of(urls.cbegin(), urls.cend(), isImageFile)) {
            return true;
        }
    }
    return source->hasHtml() || source->hasText();
}

void RichTextEditor::insertFromMimeData(const QMimeData *source)
{
    if (isReadOnly()) {
        return;
    }
    const bool plain = d->plainPaste;
    d->plainPaste = false;
    if (!plain && !source->hasHtml() && d->store.isValid()) {
        // A screenshot or an image copied from a viewer; image files dropped from a file manager.
        if (source->hasImage()) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            qvariant_cast<QImage>(source->imageData()).save(&buffer, "PNG");
            insertImage(png, tr("pasted-image.png"));
            return;
        }
        if (source->hasUrls()) {
            bool inserted = false;
            for (const QUrl &url : source->urls()) {
                if (isImageFile(url)) {
                    inserted = insertImageFile(url.toLocalFile()) || inserted;
                }
            }
            if (inserted) {
                return;
            }
        }
    }

    html::PasteCleaner cleaner;
    if (d->store.isValid()) {
        cleaner.setImageStore([this](const QByteArray &bytes, const QString &fileName, const QString &mime,
                                     QString *error) -> std::optional<qint64> {
            const Result<Media> media = d->store.add(bytes, fileName, mime);
            if (!media.ok()) {
                *error = media.error().message;
                return std::nullopt;
            }
            document()->addResource(QTextDocument::ImageResource, QUrl(html::mediaSource(media->id)),
                                    d->displayImage(bytes));
            return media->id;
        });
    }
    // Sizes first: a 50 MB clipboard is refused (or taken as plain text) before it is parsed.
    html::PasteSource from;
    from.plainOnly = plain;
    if (source->hasHtml() && !plain) {
        from.htmlBytes = source->data(kHtml).size();
        from.html = [source] { return source->html(); };
        from.baseUrl = sourceUrl(source);
    }
    if (source->hasText()) {
        from.textBytes = source->data(kText).size();
        if (from.textBytes == 0) {
            from.textBytes = source->text().size() * 3; // text offered under another name (UTF-8 variants)
        }
        from.text = [source] { return source->text(); };
    }
    const html::PasteResult result = cleaner.clean(from);
    if (result.refused) {
        showNotice(result.notes.join(QLatin1Char(' ')));
        return;
    }
    if (result.body.isEmpty()) {
        return;
    }
    QTextCursor range;
    const bool oneLine = result.asPlainText && !result.text.contains(QLatin1Char('\n'));
    if (oneLine) {
        d->insertLine(result.text, &range);
    } else {
        d->insertBody(result.body, &range);
    }
    if (result.legacy && range.hasSelection()) {
        const html::LegacyPaste &legacy = *result.legacy;
        QTextCursor first(document());
        first.setPosition(range.selectionStart());
        QTextCursor last(document());
        last.setPosition(range.selectionEnd() - 1);
        d->legacy = Private::LegacyOffer{first, last, legacy.convertedBody, oneLine ? legacy.convertedText : QString()};
        const QString name = text::legacyEncodingName(legacy.encoding);
        d->infoBar->showMessage(
            tr("The pasted text looks typed in %1, an old Vietnamese encoding. Convert it to Unicode?").arg(name),
            {{tr("&Convert to Unicode"), QStringLiteral("convertLegacyButton"), [this] { convertLegacyPaste(); }},
             {tr("&Keep as is"), QStringLiteral("keepLegacyButton"), [this] { keepLegacyPaste(); }}});
        emit legacyEncodingDetected(legacy.encoding, legacy.convertedText);
        for (const QString &note : result.notes) {
            emit pasteNotice(note);
        }
        return;
    }
    if (!result.notes.isEmpty()) {
        showNotice(result.notes.join(QLatin1Char(' ')));
    }
}

QMimeData *RichTextEditor::createMimeDataFromSelection() const
{
    // Copies carry the body subset, so pasting (here, in another tab, in a mail) keeps figures,
    // captions and quotes as they are stored.
    auto *data = new QMimeData;
    const QTextDocumentFragment fragment = textCursor().selection();
    QTextDocument copy;
    QTextCursor(&copy).insertFragment(fragment);
    data->setHtml(documentToBody(copy));
    QString text = fragment.toPlainText();
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    data->setText(text);
    return data;
}

void RichTextEditor::pasteAsPlainText()
{
    d->plainPaste = true;
    paste();
    d->plainPaste = false;
}

void RichTextEditor::convertLegacyPaste()
{
    if (!d->legacy) {
        return;
    }
    const Private::LegacyOffer offer = *d->legacy;
    d->legacy.reset();
    d->infoBar->hide();
    // The cursors followed every edit since the paste: they still mark its text.
    QTextCursor range(document());
    range.setPosition(offer.first.position());
    range.setPosition(std::max(offer.first.position(), offer.last.position() + 1), QTextCursor::KeepAnchor);
    setTextCursor(range);
    if (!offer.convertedLine.isEmpty()) {
        d->insertLine(offer.convertedLine, nullptr);
    } else {
        d->insertBody(offer.convertedBody, nullptr);
    }
}

void RichTextEditor::keepLegacyPaste()
{
    d->legacy.reset();
    d->infoBar->hide();
}

} // namespace toasoan::ui
