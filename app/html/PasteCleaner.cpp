#include "app/html/PasteCleaner.h"

#include "app/html/BodyHtml.h"
#include "app/html/BodyWriter.h"
#include "app/html/HtmlLexer.h"
#include "app/html/LegacyHtml.h"
#include "app/html/PlainText.h"
#include "app/html/SourceHtml.h"
#include "app/text/LegacyDetect.h"
#include "app/text/Normalize.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace toasoan::html {

namespace {

// A detection below this is a guess: offering to convert it would annoy more than help.
constexpr double kLegacyConfidence = 0.6;
// Larger embedded images are not what a news article needs (MediaRepository's own limit is 64 MB).
constexpr qsizetype kMaxImageBytes = 32 * 1024 * 1024;

QString megabytes(qsizetype size)
{
    return QLocale().formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat);
}

// Characters of markup once data: URIs (embedded images) are set aside.
qsizetype markupSize(const QString &html)
{
    qsizetype size = html.size();
    qsizetype at = 0;
    while ((at = html.indexOf(QLatin1String("data:"), at, Qt::CaseInsensitive)) >= 0) {
        qsizetype end = at;
        while (end < html.size() && html.at(end) != QLatin1Char('"') && html.at(end) != QLatin1Char('\'') &&
               html.at(end) != QLatin1Char(')') && html.at(end) != QLatin1Char('>')) {
            ++end;
        }
        size -= end - at;
        at = end;
    }
    return size;
}

bool isImageMime(const QString &mime)
{
    // SVG can carry scripts; the site takes raster images only.
    return mime.startsWith(QLatin1String("image/")) && !mime.contains(QLatin1String("svg"));
}

} // namespace

PasteCleaner::PasteCleaner(PasteLimits limits) : m_limits(limits) {}

QString PasteCleaner::stripClipboardHeader(const QString &html, QUrl *sourceUrl)
{
    if (!html.startsWith(QLatin1String("Version:"))) {
        return html;
    }
    const qsizetype markup = html.indexOf(QLatin1Char('<'));
    const QString header = markup < 0 ? html : html.left(markup);
    static const QRegularExpression source(QStringLiteral("^SourceURL:(\\S+)"), QRegularExpression::MultilineOption);
    if (const auto m = source.match(header); m.hasMatch() && sourceUrl) {
        *sourceUrl = QUrl(m.captured(1));
    }
    return markup < 0 ? QString() : html.mid(markup);
}

std::optional<PasteResult> PasteCleaner::checkText(qsizetype size) const
{
    if (size <= m_limits.maxTextChars) {
        return std::nullopt;
    }
    PasteResult refused;
    refused.refused = true;
    refused.notes.append(tr("The text to paste is too large (%1; the limit is %2). Paste it in smaller parts.")
                             .arg(megabytes(size), megabytes(m_limits.maxTextChars)));
    return refused;
}

PasteResult PasteCleaner::clean(const PasteSource &source) const
{
    const bool hasText = source.textBytes > 0 && source.text;
    const bool hasHtml = source.htmlBytes > 0 && source.html && !source.plainOnly;
    const auto asText = [&](const QString &why) {
        // UTF-8 bytes >= characters: a text within the limit in bytes is within it in characters.
        if (source.textBytes > m_limits.maxTextChars * 3) {
            PasteResult refused = *checkText(source.textBytes / 3);
            refused.notes.prepend(why);
            return refused;
        }
        const QString text = source.text();
        if (auto refused = checkText(text.size())) {
            if (!why.isEmpty()) {
                refused->notes.prepend(why);
            }
            return *refused;
        }
        PasteResult result = cleanText(text);
        if (!why.isEmpty()) {
            result.notes.prepend(why);
        }
        detectLegacy({}, text, result);
        return result;
    };

    if (!hasHtml) {
        return hasText ? asText({}) : PasteResult{};
    }
    const QString tooLarge =
        tr("The formatted content is too large (%1; the limit is %2): it was pasted as plain text.");
    if (source.htmlBytes > m_limits.maxClipboardBytes) {
        const QString why = tooLarge.arg(megabytes(source.htmlBytes), megabytes(m_limits.maxClipboardBytes));
        if (hasText) {
            return asText(why);
        }
        PasteResult refused;
        refused.refused = true;
        refused.notes.append(tr("The content to paste is too large (%1; the limit is %2). Paste it in smaller parts.")
                                 .arg(megabytes(source.htmlBytes), megabytes(m_limits.maxClipboardBytes)));
        return refused;
    }
    QUrl baseUrl = source.baseUrl;
    const QString html = stripClipboardHeader(source.html(), &baseUrl);
    const qsizetype markup = markupSize(html);
    if (markup > m_limits.maxHtmlChars) {
        const QString why = tooLarge.arg(megabytes(markup), megabytes(m_limits.maxHtmlChars));
        if (hasText) {
            return asText(why);
        }
        PasteResult refused;
        refused.refused = true;
        refused.notes.append(tr("The content to paste is too large (%1; the limit is %2). Paste it in smaller parts.")
                                 .arg(megabytes(markup), megabytes(m_limits.maxHtmlChars)));
        return refused;
    }
    PasteResult result = cleanHtml(html, baseUrl);
    const QString plain = hasText && source.textBytes <= m_limits.maxTextChars * 3 ? source.text() : QString();
    detectLegacy(html, plain, result);
    return result;
}

PasteResult PasteCleaner::cleanHtml(const QString &rawHtml, const QUrl &baseUrl) const
{
    PasteResult result;
    QUrl base = baseUrl;
    const QString html = stripClipboardHeader(rawHtml, &base);
    QHash<QString, QString> resolvedImages;
    QStringList storeErrors;
    SourceOptions options;
    // A Qt application (our own editor included) writes its own dialect: indents, h6 captions.
    options.flavor =
        html.contains(QLatin1String("<meta name=\"qrichtext\"")) ? SourceFlavor::QtDocument : SourceFlavor::Clipboard;
    options.baseUrl = base;
    options.resolveImage = [&](const QString &src) -> QString {
        if (const auto found = resolvedImages.constFind(src); found != resolvedImages.cend()) {
            return *found;
        }
        QString kept;
        QByteArray bytes;
        QString fileName;
        if (src.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
            static const QRegularExpression data(QStringLiteral("^data:([a-z0-9.+/-]+);base64,"),
                                                 QRegularExpression::CaseInsensitiveOption);
            if (const auto m = data.match(src); m.hasMatch() && isImageMime(m.captured(1).toLower())) {
                const auto decoded = QByteArray::fromBase64Encoding(src.mid(m.capturedLength()).toLatin1());
                if (decoded) {
                    bytes = *decoded;
                    fileName = tr("pasted-image") + QLatin1Char('.') +
                               QMimeDatabase().mimeTypeForName(m.captured(1).toLower()).preferredSuffix();
                }
            }
        } else if (src.startsWith(QLatin1String("file:"), Qt::CaseInsensitive)) {
            const QFileInfo file(QUrl(src).toLocalFile());
            if (file.isFile() && file.size() <= kMaxImageBytes) {
                QFile f(file.filePath());
                if (f.open(QIODevice::ReadOnly)) {
                    bytes = f.readAll();
                    fileName = file.fileName();
                }
            }
        } else if (isBodyImageSource(src)) {
            kept = src;
        }
        if (!bytes.isEmpty() && bytes.size() <= kMaxImageBytes && m_store) {
            const QString mime = QMimeDatabase().mimeTypeForData(bytes).name();
            QString error;
            if (!isImageMime(mime)) {
                error = tr("%1 is not an image.").arg(fileName);
            } else if (const auto id = m_store(bytes, fileName, mime, &error)) {
                kept = mediaSource(*id);
                ++result.imagesStored;
            }
            if (kept.isEmpty() && !error.isEmpty()) {
                storeErrors.append(error);
            }
        }
        resolvedImages.insert(src, kept);
        return kept;
    };
    BodyWriter writer;
    feedSource(tokenize(html), writer, options);
    result.body = writer.finish();
    result.imagesDropped = writer.droppedImages();
    if (result.imagesDropped > 0) {
        result.notes.append(tr("%n image(s) could not be kept: they were not embedded in what was copied, or "
                               "could not be read. Insert them with Insert image.",
                               nullptr, result.imagesDropped));
    }
    storeErrors.removeDuplicates();
    result.notes.append(storeErrors);
    return result;
}

PasteResult PasteCleaner::cleanText(const QString &text) const
{
    BodyWriter writer;
    QString normalized = text::normalize(text);
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    for (const QString &line : normalized.split(QLatin1Char('\n'))) {
        writer.start(QStringLiteral("p"));
        writer.text(line);
        writer.end(QStringLiteral("p"));
    }
    PasteResult result;
    result.body = writer.finish();
    result.asPlainText = true;
    result.text = normalized;
    return result;
}

void PasteCleaner::detectLegacy(const QString &html, const QString &plain, PasteResult &result) const
{
    if (result.body.isEmpty()) {
        return;
    }
    const QString text = plain.isEmpty() ? legacyPlainText(html) : plain;
    const text::LegacyDetection found = text::detectLegacy(text, html);
    if ((found.encoding != text::LegacyEncoding::Tcvn3 && found.encoding != text::LegacyEncoding::Vni) ||
        found.confidence < kLegacyConfidence) {
        return;
    }
    LegacyPaste legacy;
    legacy.encoding = found.encoding;
    legacy.confidence = found.confidence;
    if (!html.isEmpty() && !result.asPlainText) {
        HtmlDecodeOptions options;
        options.fallback = found.encoding;
        options.fallbackCaps = found.capsFont;
        PasteCleaner converter(m_limits);
        converter.setImageStore(m_store); // identical bytes are stored once: the same media ids come back
        legacy.convertedBody = converter.cleanHtml(convertLegacyHtml(html, options).html).body;
        legacy.convertedText = toPlainText(legacy.convertedBody);
    } else {
        const PasteResult converted = cleanText(text::decodeLegacy(plain, found.encoding, found.capsFont));
        legacy.convertedBody = converted.body;
        legacy.convertedText = converted.text;
    }
    result.legacy = legacy;
}

} // namespace toasoan::html
