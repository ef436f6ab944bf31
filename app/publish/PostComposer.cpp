#include "app/publish/PostComposer.h"

#include "app/html/HtmlLexer.h"
#include "app/html/SitePolicy.h"
#include "app/html/UrlPolicy.h"
#include "app/text/Normalize.h"
#include "app/text/Slug.h"

#include <QRegularExpression>

namespace toasoan {

namespace {

void addImage(QList<ArticleImage> &images, const ArticleImage &image)
{
    for (ArticleImage &existing : images) {
        if (existing.mediaId == image.mediaId) {
            if (existing.caption.isEmpty()) {
                existing.caption = image.caption;
            }
            if (existing.alt.isEmpty()) {
                existing.alt = image.alt;
            }
            return;
        }
    }
    images.append(image);
}

} // namespace

QList<ArticleImage> PostComposer::imagesOf(const Article &article)
{
    QList<ArticleImage> images;
    if (article.featuredImageId != 0) {
        images.append(ArticleImage{article.featuredImageId, text::normalize(article.featuredImageCaption).simplified(),
                                   text::normalize(article.featuredImageCaption).simplified(), true});
    }
    // Inline images, with the caption of the figure they sit in.
    QList<ArticleImage> inFigure;
    bool inCaption = false;
    QString caption;
    int figureDepth = 0;
    for (const html::Token &t : html::tokenize(article.body)) {
        if (t.kind == html::Token::Kind::Start && t.name == QLatin1String("figure")) {
            ++figureDepth;
        } else if (t.kind == html::Token::Kind::End && t.name == QLatin1String("figure") && figureDepth > 0) {
            if (--figureDepth == 0) {
                for (ArticleImage image : std::as_const(inFigure)) {
                    image.caption = text::normalize(caption).simplified();
                    addImage(images, image);
                }
                inFigure.clear();
                caption.clear();
            }
        } else if (t.kind == html::Token::Kind::Start && t.name == QLatin1String("img")) {
            const qint64 id = html::mediaIdFromSource(t.attribute(QStringLiteral("src")).trimmed());
            if (id != 0) {
                const ArticleImage image{
                    id, text::normalize(t.attribute(QStringLiteral("alt"))).simplified(), {}, false};
                if (figureDepth > 0) {
                    inFigure.append(image);
                } else {
                    addImage(images, image);
                }
            }
        } else if (t.name == QLatin1String("figcaption")) {
            inCaption = t.kind == html::Token::Kind::Start;
        } else if (t.kind == html::Token::Kind::Text && inCaption) {
            caption += t.text;
        }
    }
    for (const ArticleImage &image : std::as_const(inFigure)) {
        addImage(images, image); // an unclosed figure
    }
    return images;
}

QString PostComposer::marker(const Article &article)
{
    return QStringLiteral("toasoan:") + article.uuid.toString(QUuid::WithoutBraces);
}

QString PostComposer::slug(const Article &article)
{
    const QString s = text::slugify(article.slug.isEmpty() ? article.title : article.slug);
    return s;
}

QString PostComposer::closingLine(const Article &article)
{
    const QString byline = text::normalize(article.byline).simplified();
    const QString source = text::normalize(article.source).simplified();
    if (byline.isEmpty() && source.isEmpty()) {
        return {};
    }
    QString line = QStringLiteral("<p style=\"text-align: right;\">");
    if (!byline.isEmpty()) {
        line += QStringLiteral("<strong>") + html::publishText(byline) + QStringLiteral("</strong>");
    }
    if (!source.isEmpty()) {
        // Published text is Vietnamese whatever the interface language: this is the site's wording.
        const QString label = QString::fromUtf8("Nguồn: ") + html::publishText(source);
        line += byline.isEmpty() ? label : QStringLiteral(" (") + label + QLatin1Char(')');
    }
    return line + QStringLiteral("</p>");
}

QString PostComposer::body(const Article &article, const QHash<qint64, RemoteMedia> &uploaded)
{
    QString out = html::publishBody(article.body, [&](qint64 id) -> std::optional<html::PublishedImage> {
        const auto it = uploaded.constFind(id);
        if (it == uploaded.cend() || !it->url.isValid()) {
            return std::nullopt;
        }
        return html::PublishedImage{it->url.toString(QUrl::FullyEncoded), QStringLiteral("wp-image-") + it->remoteId};
    });

    QString dateline = text::normalize(article.dateline).simplified();
    if (!dateline.isEmpty()) {
        if (!dateline.startsWith(QLatin1Char('('))) {
            dateline = QLatin1Char('(') + dateline + QLatin1Char(')');
        }
        const QString prefix = html::escapeText(dateline) + QLatin1Char(' ');
        const qsizetype firstParagraph = out.indexOf(QLatin1String("<p>"));
        if (firstParagraph >= 0 && QStringView(out).mid(firstParagraph + 3).startsWith(prefix.trimmed())) {
            // The author already typed it.
        } else if (firstParagraph >= 0) {
            out.insert(firstParagraph + 3, prefix);
        } else {
            out.prepend(QStringLiteral("<p>") + prefix.trimmed() + QStringLiteral("</p>"));
        }
    }
    out += closingLine(article);
    return withMarker(out, QStringLiteral("<!-- ") + marker(article) + QStringLiteral(" -->"));
}

QString PostComposer::withMarker(const QString &html, const QString &comment)
{
    // WordPress's wpautop wraps a comment standing between blocks in a paragraph of its own (an
    // empty <p> at the end of every post); inside the last element that holds text it stays a
    // bare comment. Not after a </li> or a </tr>: wpautop would open a stray <p> in the list.
    static const QRegularExpression textEnd(QStringLiteral("</(?:p|li|td|th|figcaption|h[1-6]|dt|dd|caption|pre)\\s*>"),
                                            QRegularExpression::CaseInsensitiveOption);
    qsizetype at = -1;
    for (auto it = textEnd.globalMatch(html); it.hasNext();) {
        at = it.next().capturedStart();
    }
    if (at < 0) {
        return html + comment; // nothing but images, or nothing at all
    }
    QString out = html;
    out.insert(at, comment);
    return out;
}

} // namespace toasoan
