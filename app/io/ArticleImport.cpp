#include "app/io/ArticleImport.h"

#include "app/html/BodyHtml.h"
#include "app/io/HtmlImport.h"
#include "app/io/LocalImages.h"
#include "app/storage/ArticleJson.h"
#include "app/text/Normalize.h"
#include "app/text/UserFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace toasoan::io {

namespace {

using html::escapeText;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::io)
};

constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;
// A Word or LibreOffice file carries its photos.
constexpr qint64 kMaxOfficeFileSize = 64 * 1024 * 1024;

// The bytes of a file the user named, refused with a message naming it.
Result<QByteArray> readUserFile(const QString &path, qint64 maxBytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        return makeError(ErrorCode::NotFound, Text::tr("The file %1 does not exist.").arg(shown));
    }
    if (!info.isFile()) {
        return makeError(ErrorCode::Io, Text::tr("%1 is not a file.").arg(shown));
    }
    if (info.size() > maxBytes) {
        return makeError(
            ErrorCode::Io,
            Text::tr("%1 is too large for an article (more than %2 MB).").arg(shown).arg(maxBytes / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, Text::tr("Cannot read the file %1.").arg(shown), file.errorString());
    }
    return file.readAll();
}

} // namespace

bool looksLikeByline(const QString &paragraph)
{
    if (paragraph.size() > 40) {
        return false;
    }
    const QStringList words = paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 6) {
        return false;
    }
    for (const QString &word : words) {
        const bool dash = word == QLatin1String("-") || word == QString(QChar(0x2013));
        if (!dash && !word.at(0).isUpper()) {
            return false;
        }
        for (const QChar c : word) {
            if (!c.isLetter() && c != QLatin1Char('-') && c != QChar(0x2013)) {
                return false;
            }
        }
    }
    return true;
}

Result<QString> decodeTextFile(const QByteArray &data, const QString &fileName)
{
    const QString shown = QDir::toNativeSeparators(fileName);
    const text::DecodedFile decoded = text::decodeUserFile(data);
    const QString &text = decoded.text;
    if (text.contains(QChar(0))) {
        return makeError(ErrorCode::Io, Text::tr("%1 is not a text file (it contains binary data).").arg(shown),
                         QStringLiteral("NUL character"));
    }
    if (!decoded.isUnicode()) {
        return makeError(ErrorCode::Io,
                         Text::tr("%1 is not UTF-8 text. If it was typed with an old Vietnamese encoding (TCVN3, VNI), "
                                  "convert it to Unicode first.")
                             .arg(shown),
                         QStringLiteral("invalid UTF-8"));
    }
    qsizetype controls = 0;
    for (const QChar c : std::as_const(text)) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f') || u == 0x7F) {
            ++controls;
        }
    }
    if (controls > 0 && controls * 100 >= text.size()) {
        return makeError(ErrorCode::Io, Text::tr("%1 is not a text file (it contains binary data).").arg(shown),
                         QStringLiteral("%1 control characters").arg(controls));
    }
    return text;
}

Article articleFromPlainText(const QString &input)
{
    QString text = text::normalize(input);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));

    Article article;
    QStringList paragraphs;
    QString current;
    for (const QString &rawLine : text.split(QLatin1Char('\n'))) {
        const QString line = rawLine.simplified();
        if (article.title.isEmpty()) {
            article.title = line;
            continue;
        }
        if (line.isEmpty()) {
            if (!current.isEmpty()) {
                paragraphs.append(current);
                current.clear();
            }
            continue;
        }
        current += current.isEmpty() ? line : QLatin1Char(' ') + line;
    }
    if (!current.isEmpty()) {
        paragraphs.append(current);
    }

    static const QRegularExpression datelinePattern(QStringLiteral("^\\(([^()]{1,24})\\)\\s*"));
    if (!paragraphs.isEmpty()) {
        const QRegularExpressionMatch match = datelinePattern.match(paragraphs.constFirst());
        if (match.hasMatch()) {
            article.dateline = match.captured(1).trimmed();
            paragraphs.first() = paragraphs.constFirst().mid(match.capturedEnd());
            if (paragraphs.constFirst().isEmpty()) {
                paragraphs.removeFirst();
            }
        }
    }
    if (paragraphs.size() > 1 && looksLikeByline(paragraphs.constLast())) {
        article.byline = paragraphs.takeLast();
    }

    QStringList blocks;
    for (const QString &paragraph : std::as_const(paragraphs)) {
        blocks.append(QStringLiteral("<p>") + escapeText(paragraph) + QStringLiteral("</p>"));
    }
    // Through the one body pipeline like every other entry point: it drops what a body never holds
    // (control characters...), so the body is not changed again by the first load or save.
    article.body = html::normalizeBody(blocks.join(QLatin1Char('\n')));
    return article;
}

Article articleFromHtml(const QString &html, const std::function<QString(const QString &src)> &resolveImage)
{
    const HtmlArticle parsed = parseHtmlArticle(html, resolveImage);
    Article article;
    article.title = parsed.title;
    article.sapo = parsed.sapo;
    article.body = parsed.body;
    article.byline = parsed.byline;
    article.source = parsed.source;
    article.dateline = parsed.dateline;
    return article;
}

Result<Article> articleFromExportedJson(const QString &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!document.isObject()) {
        return makeError(
            ErrorCode::Invalid,
            Text::tr("%1 is not an article exported as JSON by ToaSoan.").arg(QDir::toNativeSeparators(fileName)),
            parseError.errorString());
    }
    const Article exported = toasoan::articleFromJson(document.object());
    // Only the content travels: ids, states, versions and dates belong to the workspace it came from.
    Article article;
    article.title = text::normalize(exported.title.simplified());
    article.slug = exported.slug;
    article.sapo = text::normalize(exported.sapo.simplified());
    article.body = html::normalizeBody(exported.body);
    article.tags = text::normalize(exported.tags);
    article.byline = text::normalize(exported.byline.simplified());
    article.source = text::normalize(exported.source.simplified());
    article.dateline = text::normalize(exported.dateline.simplified());
    article.featuredImageCaption = text::normalize(exported.featuredImageCaption);
    article.notes = text::normalize(exported.notes);
    return article;
}

namespace {

// readArticleFile(); an HTML file's text goes to `html` (when given) with the pictures it shows from its
// folder in `localImages`.
Result<Article> readTextArticle(const QString &path, QString *html, QStringList *localImages)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    TOASOAN_TRY(bytes, readUserFile(path, kMaxFileSize));
    TOASOAN_TRY(decoded, decodeTextFile(*bytes, path));

    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("json")) {
        auto article = articleFromExportedJson(*decoded, path);
        if (article && article->title.isEmpty()) {
            return makeError(ErrorCode::Invalid, Text::tr("%1 has no title.").arg(shown));
        }
        return article;
    }
    bool isHtml = suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml");
    if (suffix != QLatin1String("txt") && suffix != QLatin1String("text") && !isHtml) {
        static const QRegularExpression markup(QStringLiteral("<(html|body|p|h1|div)[\\s>]"),
                                               QRegularExpression::CaseInsensitiveOption);
        isHtml = decoded->contains(markup);
    }
    const auto collect = [localImages](const QString &src) {
        if (localImages && isLocalImageSource(src) && !localImages->contains(src)) {
            localImages->append(src);
        }
        return src;
    };
    Article article = isHtml ? articleFromHtml(*decoded, collect) : articleFromPlainText(*decoded);
    if (article.title.isEmpty()) {
        return makeError(ErrorCode::Invalid, Text::tr("%1 has no title: the first line (or the <title> or <h1> of an "
                                                      "HTML file) must hold the headline.")
                                                 .arg(shown));
    }
    if (isHtml && html) {
        *html = std::move(decoded).value();
    }
    return article;
}

} // namespace

Result<Article> readArticleFile(const QString &path)
{
    return readTextArticle(path, nullptr, nullptr);
}

Result<ImportedArticle> readImportFile(const QString &path)
{
    if (!isOfficeFileName(path)) {
        QString html;
        QStringList localImages;
        TOASOAN_TRY(article, readTextArticle(path, &html, &localImages));
        ImportedArticle imported;
        imported.article = std::move(article).value();
        if (!localImages.isEmpty()) {
            // Read now, so that a missing picture stops the batch before anything is stored.
            TOASOAN_TRY(images, readLocalImages(path, localImages, imported.missingImages));
            imported.images = std::move(images).value();
            imported.html = std::move(html);
        }
        return imported;
    }
    TOASOAN_TRY(bytes, readUserFile(path, kMaxOfficeFileSize));
    TOASOAN_TRY(imported, readOfficeDocument(*bytes, path));
    if (imported->article.title.isEmpty()) {
        return makeError(ErrorCode::Invalid,
                         Text::tr("%1 has no title: give the headline the Title or Heading 1 style.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    return imported;
}

} // namespace toasoan::io
